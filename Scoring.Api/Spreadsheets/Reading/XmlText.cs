using System.Globalization;
using System.Text;

namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>Text as Office Open XML stores it: a character XML cannot hold is written <c>_xHHHH_</c>, and a literal <c>_xHHHH_</c> has its
/// underscore escaped as <c>_x005F_</c>.</summary>
internal static class XmlText
{
    /// <summary>The text with every escape replaced by its character.</summary>
    public static string Decode(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (Escape(text, i) is { } c)
            {
                result.Append(c);
                i += 7;
            }
            else
            {
                result.Append(text[i]);
                i++;
            }
        }
        return result.ToString();
    }

    /// <summary>The character of an escape <c>_xHHHH_</c> starting at <paramref name="at"/>, or null when there is none.</summary>
    private static char? Escape(string text, int at)
    {
        if (at + 7 > text.Length || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_')
        {
            return null;
        }
        return int.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ? (char)code : null;
    }
}
