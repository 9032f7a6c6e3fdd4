using System.Text;
using System.Xml;

namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>The workbook's table of texts (sharedStrings.xml), which text cells name by index, and the text of one string item.</summary>
internal static class SharedStrings
{
    /// <summary>Every string item, in order.</summary>
    public static List<string> Read(XmlReader reader)
    {
        var strings = new List<string>();
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(TextOf(reader));
            }
            else
            {
                reader.Read();
            }
        }
        return strings;
    }

    /// <summary>The text of a string item (<c>si</c>, or a cell's inline <c>is</c>) the reader is on: its text, or its formatted runs' texts
    /// joined, without the phonetic guide; the reader is left after the item.</summary>
    public static string TextOf(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }
        var depth = reader.Depth;
        var text = new StringBuilder();
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.EOF)
            {
                throw new XmlException("A string item is not closed.");
            }
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                text.Append(reader.ReadElementContentAsString());
            }
            else
            {
                reader.Read();
            }
        }
        reader.Read();
        return XmlText.Decode(text.ToString());
    }
}
