using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Scoring.Api.Reports;

/// <summary>A package's shared string table, to which streamed cells add their text: each text once, indexes after the ones already
/// there.</summary>
internal sealed partial class SharedStrings
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace X = Main;
    private static readonly XNamespace Xml = "http://www.w3.org/XML/1998/namespace";

    private readonly XDocument _table;
    private readonly int _existing;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _added = [];
    private long _references;

    /// <summary>The table as the package holds it; its plain texts are found again rather than added twice.</summary>
    public SharedStrings(XDocument table)
    {
        _table = table;
        var n = 0;
        foreach (var si in table.Root!.Elements(X + "si"))
        {
            // A text with an escape in it (_xHHHH_) is stored escaped: it is not looked up, only kept.
            if (si.Elements().SingleOrDefault() is { } t && t.Name == X + "t" && !t.Value.Contains("_x", StringComparison.Ordinal))
            {
                _index.TryAdd(t.Value, n);
            }
            n++;
        }
        _existing = n;
    }

    /// <summary>The index of a text in the table (added when new).</summary>
    public int Index(string text)
    {
        _references++;
        if (!_index.TryGetValue(text, out var index))
        {
            index = _existing + _added.Count;
            _index.Add(text, index);
            _added.Add(text);
        }
        return index;
    }

    /// <summary>Writes the table with the added texts.</summary>
    public void Save(Stream to)
    {
        var root = _table.Root!;
        root.Add(_added.Select(text => new XElement(X + "si", Text(text))));
        var count = (long?)root.Attribute("count") ?? _existing;
        root.SetAttributeValue("count", count + _references);
        root.SetAttributeValue("uniqueCount", _existing + _added.Count);
        using var writer = new StreamWriter(to, new UTF8Encoding(false), 1 << 16);
        _table.Save(writer, SaveOptions.DisableFormatting);
    }

    // A spreadsheet reads _xHHHH_ as an escaped character, so a text that holds one literally escapes its underscore.
    private static XElement Text(string text)
    {
        var t = new XElement(X + "t", Escape().Replace(text, "_x005F$1"));
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            t.Add(new XAttribute(Xml + "space", "preserve"));
        }
        return t;
    }

    [GeneratedRegex("(_x[0-9A-Fa-f]{4}_)")]
    private static partial Regex Escape();
}
