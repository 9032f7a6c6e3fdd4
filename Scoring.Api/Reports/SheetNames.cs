using System.Text;

namespace Scoring.Api.Reports;

/// <summary>Makes worksheet names Excel accepts: at most 31 characters, none of []:*?/\ or control characters,
/// no apostrophe at either end, not empty, and unique in the workbook (Excel compares them ignoring case).</summary>
internal sealed class SheetNames
{
    /// <summary>The longest worksheet name Excel accepts.</summary>
    public const int MaxLength = 31;

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase) { "History" };

    /// <summary>Takes a name the caller already knows is safe (a fixed sheet name).</summary>
    public string Reserve(string name)
    {
        _taken.Add(name);
        return name;
    }

    /// <summary>A safe, unique name as close as possible to the wanted one; the name is then taken.</summary>
    public string Make(string wanted, string fallback)
    {
        var baseName = Clean(wanted);
        if (baseName.Length == 0)
        {
            baseName = Clean(fallback);
        }
        if (baseName.Length == 0)
        {
            baseName = "Trang";
        }
        var name = baseName;
        for (var n = 2; _taken.Contains(name); n++)
        {
            var suffix = $" ({n})";
            name = Cut(baseName, MaxLength - suffix.Length).TrimEnd() + suffix;
        }
        _taken.Add(name);
        return name;
    }

    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '-' : c);
        }
        return Cut(sb.ToString().Trim().Trim('\''), MaxLength).Trim().Trim('\'');
    }

    // Cuts to a length without splitting a surrogate pair.
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }
        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..end];
    }
}
