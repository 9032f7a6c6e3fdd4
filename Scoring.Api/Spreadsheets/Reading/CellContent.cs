using System.Globalization;
using System.Xml;

namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>What a cell element (<c>c</c>) holds: its stored value, its formula (and the index of a shared one), or an inline text.</summary>
internal sealed record CellContent(string? Value, string? Formula, int? SharedIndex, string? Inline)
{
    /// <summary>Reads the cell element the reader is on, leaving the reader after it.</summary>
    public static CellContent Read(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new CellContent(null, null, null, null);
        }
        string? value = null, formula = null, inline = null;
        int? shared = null;
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.EOF)
            {
                throw new XmlException("A cell is not closed.");
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            switch (reader.LocalName)
            {
                case "v":
                    value = reader.ReadElementContentAsString();
                    break;
                case "f":
                    var kind = reader.GetAttribute("t");
                    if (kind == "shared" && int.TryParse(reader.GetAttribute("si"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
                    {
                        shared = index;
                    }
                    formula = reader.ReadElementContentAsString();
                    break;
                case "is":
                    inline = SharedStrings.TextOf(reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        reader.Read();
        return new CellContent(value, formula, shared, inline);
    }
}
