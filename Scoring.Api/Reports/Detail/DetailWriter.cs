using OfficeOpenXml;
using OfficeOpenXml.Style;

namespace Scoring.Api.Reports;

/// <summary>Lays out the "Chi tiết" sheet: every item of every agency, self-scored, appraised and final, with the reason (the appraisal
/// reason, else the item's note or why it does not apply). The sheet can hold 600,000 rows, so only its frame is built here (header,
/// widths, filter, print settings, and one cell of each style its rows use); <see cref="DetailPart"/> streams the rows into the package
/// afterwards.</summary>
internal static class DetailWriter
{
    private static readonly string[] Columns =
        ["Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tiêu chí", "Tối đa", "Tự chấm", "Thẩm định", "Cuối cùng", "Lý do"];

    /// <summary>The widths of the columns, in characters.</summary>
    public static readonly double[] Widths = [20, 30, 9, 60, 8, 9, 10, 10, 42];

    /// <summary>The columns whose text wraps (1-based).</summary>
    public static readonly int[] Wrapped = [2, 4, 9];

    /// <summary>The row of the column headers.</summary>
    public const int HeaderRow = 1;

    /// <summary>The row that holds one cell of each style (replaced by the streamed rows).</summary>
    public const int StyleRow = HeaderRow + 1;

    /// <summary>Up to this many agencies each starts a new printed page (Excel keeps at most 1,026 manual breaks a sheet; a larger run
    /// prints continuously).</summary>
    public const int MaxPageBreaks = 1000;

    /// <summary>The style cells of <see cref="StyleRow"/>, by column.</summary>
    public static class StyleColumn
    {
        /// <summary>Text.</summary>
        public const int Text = 1;

        /// <summary>Wrapped text.</summary>
        public const int Wrapped = 2;

        /// <summary>Text that a spreadsheet would take for a formula (quote prefix).</summary>
        public const int QuotedText = 3;

        /// <summary>Wrapped text with the quote prefix.</summary>
        public const int QuotedWrapped = 4;

        /// <summary>Points.</summary>
        public const int Number = 5;
    }

    /// <summary>Builds the frame of the sheet for these rows and says how to stream them.</summary>
    public static DetailSheet Prepare(ExcelWorksheet ws, IReadOnlyList<ReportRow> rows)
    {
        ReportStyle.Header(ws, HeaderRow, Columns);
        var last = HeaderRow + DetailLine.Count(rows);
        var style = ws.Cells[StyleRow, 1, StyleRow, StyleColumn.Number];
        ReportStyle.Borders(style);
        style.Style.VerticalAlignment = ExcelVerticalAlignment.Top;
        ws.Cells[StyleRow, StyleColumn.Wrapped].Style.WrapText = true;
        ws.Cells[StyleRow, StyleColumn.QuotedWrapped].Style.WrapText = true;
        ws.Cells[StyleRow, StyleColumn.QuotedText].Style.QuotePrefix = true;
        ws.Cells[StyleRow, StyleColumn.QuotedWrapped].Style.QuotePrefix = true;
        ws.Cells[StyleRow, StyleColumn.Number].Style.Numberformat.Format = ReportStyle.ItemPoints;
        ReportStyle.Widths(ws, Widths);
        ReportStyle.FreezeAndFilter(ws, HeaderRow, last, Columns.Length);
        ReportStyle.Print(ws, HeaderRow);
        return new DetailSheet(ws.Name, rows, Breaks: rows.Count <= MaxPageBreaks);
    }
}

/// <summary>The "Chi tiết" sheet to stream: its name, its rows, and whether each agency starts a new printed page.</summary>
internal sealed record DetailSheet(string Name, IReadOnlyList<ReportRow> Rows, bool Breaks);
