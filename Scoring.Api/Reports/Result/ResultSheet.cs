using OfficeOpenXml;
using OfficeOpenXml.Style;
using C = Scoring.Api.Reports.ResultColumn;

namespace Scoring.Api.Reports;

/// <summary>Writes the "Kết quả" sheet from the result's words (<see cref="ResultDocument"/>): the title and the lines under it, then the
/// table, each row styled by its kind, points with their number format.</summary>
internal static class ResultSheet
{
    /// <summary>Writes the sheet.</summary>
    public static void Write(ExcelWorksheet ws, ResultDocument result)
    {
        var row = 1;
        ReportStyle.Title(ws, row, result.Title);
        foreach (var line in result.Lines)
        {
            Cells.Text(ws.Cells[++row, 1], line);
        }
        var header = row + 2;
        var columns = ResultDocument.Columns.Count;
        ReportStyle.Header(ws, header, ResultDocument.Columns);
        row = header;
        foreach (var r in result.Rows)
        {
            row++;
            for (var c = 0; c < columns; c++)
            {
                var cell = ws.Cells[row, c + 1];
                var value = r.Cells[c];
                if (value.Numeric)
                {
                    Cells.Number(cell, value.Points, value.Format.Excel);
                }
                else
                {
                    Cells.Text(cell, value.Text);
                }
                if (value.Fill is { } fill)
                {
                    ReportStyle.Fill(cell, fill);
                }
            }
            Style(ws, row, r.Kind, columns);
        }
        var widths = ResultDocument.Widths;
        ReportStyle.Widths(ws, widths);
        if (row > header)
        {
            ReportStyle.Borders(ws.Cells[header + 1, 1, row, columns]);
            ws.Cells[header + 1, C.Max + 1, row, C.Final + 1].Style.HorizontalAlignment = ExcelHorizontalAlignment.Right;
            ws.Cells[header + 1, C.Reason + 1, row, C.Reason + 1].Style.HorizontalAlignment = ExcelHorizontalAlignment.Left;
        }
        ReportStyle.Wrap(ws, header + 1, row, widths, C.Title + 1, C.Kind + 1, C.Inputs + 1, C.Reason + 1, C.Formula + 1, C.Note + 1);
        ReportStyle.Print(ws, header);
    }

    private static void Style(ExcelWorksheet ws, int row, ResultRowKind kind, int columns)
    {
        var cells = ws.Cells[row, 1, row, columns];
        switch (kind)
        {
            case ResultRowKind.Group:
                cells.Style.Font.Bold = true;
                ReportStyle.Fill(cells, ResultDocument.GroupFill);
                break;
            case ResultRowKind.Grand:
                cells.Style.Font.Bold = true;
                break;
            case ResultRowKind.Class:
                cells.Style.Font.Bold = true;
                // A class such as "Hoàn thành xuất sắc nhiệm vụ" wraps in its narrow column instead of being cut off.
                cells.Style.WrapText = true;
                ws.Row(row).Height = 3 * 15;
                break;
        }
    }
}
