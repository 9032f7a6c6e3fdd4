using System.Globalization;
using System.Xml.Linq;

namespace Scoring.Api.Reports;

/// <summary>The style indexes (cellXfs) of the cells of the "Chi tiết" sheet, read from the style row of its frame.</summary>
internal sealed record DetailStyles(int Text, int Wrapped, int QuotedText, int QuotedWrapped, int Number)
{
    /// <summary>The styles of the style row's cells, by <see cref="DetailWriter.StyleColumn"/>.</summary>
    public static DetailStyles Of(XElement styleRow)
    {
        var row = (string)styleRow.Attribute("r")!;
        var cells = styleRow.Elements().ToDictionary(c => (string)c.Attribute("r")!, c => (int?)c.Attribute("s") ?? 0, StringComparer.Ordinal);
        int Style(int column) => cells.TryGetValue($"{(char)('A' + column - 1)}{row}", out var s)
            ? s
            : throw new InvalidOperationException($"The frame of the detail sheet has no style cell in column {column.ToString(CultureInfo.InvariantCulture)}.");
        return new DetailStyles(Style(DetailWriter.StyleColumn.Text), Style(DetailWriter.StyleColumn.Wrapped), Style(DetailWriter.StyleColumn.QuotedText),
            Style(DetailWriter.StyleColumn.QuotedWrapped), Style(DetailWriter.StyleColumn.Number));
    }

    /// <summary>The style of a text cell.</summary>
    public int For(bool wrapped, bool quoted) => (wrapped, quoted) switch
    {
        (false, false) => Text,
        (true, false) => Wrapped,
        (false, true) => QuotedText,
        _ => QuotedWrapped,
    };
}
