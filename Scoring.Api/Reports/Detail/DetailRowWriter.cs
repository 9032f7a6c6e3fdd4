using System.Globalization;
using System.Text;

namespace Scoring.Api.Reports;

/// <summary>Writes rows of the "Chi tiết" sheet as SpreadsheetML, straight to the part's stream: every cell bordered (its style from the
/// frame), text through the shared strings, points as numbers, each row as high as its wrapped text.</summary>
internal sealed class DetailRowWriter(Stream to, DetailStyles styles, SharedStrings strings) : IDisposable
{
    private readonly StreamWriter _out = new(to, new UTF8Encoding(false), 1 << 16);
    // The sheet's columns that hold text (1-based), in the order of the text caches.
    private static readonly int[] Columns = [1, 2, 3, 4, 9];

    private readonly char[] _number = new char[64];
    private readonly Dictionary<string, TextCell>[] _texts = [.. Columns.Select(_ => new Dictionary<string, TextCell>(StringComparer.Ordinal))];

    /// <summary>Writes XML as it is.</summary>
    public void Raw(ReadOnlySpan<char> xml) => _out.Write(xml);

    /// <summary>Writes one row.</summary>
    public void Row(int row, DetailLine line)
    {
        var code = Cell(0, line.Code);
        var name = Cell(1, line.Name);
        var item = Cell(2, line.ItemCode);
        var title = Cell(3, line.Title);
        var reason = Cell(4, line.Reason);
        var lines = Math.Max(name.Lines, Math.Max(title.Lines, reason.Lines));
        _out.Write("<row r=\"");
        Int(row);
        if (lines > 1)
        {
            _out.Write("\" ht=\"");
            Number(lines * (decimal)ReportStyle.LineHeight);
            _out.Write("\" customHeight=\"1");
        }
        _out.Write("\">");
        Text('A', row, code, wrapped: false);
        Text('B', row, name, wrapped: true);
        Text('C', row, item, wrapped: false);
        Text('D', row, title, wrapped: true);
        Points('E', row, line.Max);
        Points('F', row, line.Self);
        Points('G', row, line.Appraised);
        Points('H', row, line.Final);
        Text('I', row, reason, wrapped: true);
        _out.Write("</row>");
    }

    /// <inheritdoc/>
    public void Dispose() => _out.Dispose();

    // A text of a text column, once per distinct text and column: its shared string, whether it needs the quote prefix, and how many
    // lines it wraps to. The same titles and names come back on every row.
    private TextCell Cell(int slot, string? raw)
    {
        if (raw is null)
        {
            return TextCell.Empty;
        }
        if (!_texts[slot].TryGetValue(raw, out var cell))
        {
            var text = Cells.Clean(raw);
            var lines = Columns[slot] is var column && DetailWriter.Wrapped.Contains(column) ? ReportStyle.Lines(text, DetailWriter.Widths[column - 1]) : 1;
            cell = new TextCell(strings.Index(text), Cells.LooksLikeFormula(text), lines);
            _texts[slot].Add(raw, cell);
        }
        return cell;
    }

    private void Text(char column, int row, TextCell text, bool wrapped)
    {
        Open(column, row, styles.For(wrapped, text.Quoted));
        if (text.Index < 0)
        {
            _out.Write("/>");
            return;
        }
        _out.Write(" t=\"s\"><v>");
        Int(text.Index);
        _out.Write("</v></c>");
    }

    private void Points(char column, int row, decimal? value)
    {
        Open(column, row, styles.Number);
        if (value is not { } v)
        {
            _out.Write("/>");
            return;
        }
        _out.Write("><v>");
        Number(v);
        _out.Write("</v></c>");
    }

    private void Open(char column, int row, int style)
    {
        _out.Write("<c r=\"");
        _out.Write(column);
        Int(row);
        _out.Write("\" s=\"");
        Int(style);
        _out.Write('"');
    }

    private void Int(int value)
    {
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        _out.Write(_number, 0, written);
    }

    private void Number(decimal value)
    {
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        _out.Write(_number, 0, written);
    }

    private readonly record struct TextCell(int Index, bool Quoted, int Lines)
    {
        public static readonly TextCell Empty = new(-1, false, 1);
    }
}
