using OfficeOpenXml;
using Scoring.Api.Reports;
using Scoring.Engine.Criteria;

namespace Scoring.Api.Spreadsheets;

/// <summary>The appraisal workbook's list of the evidence files the agency attached: per item, the file, its type and size, its SHA-256 (to
/// find the very file again), who attached it and when.</summary>
internal static class EvidenceSheetWriter
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "Tài liệu kiểm chứng";

    private static readonly string[] Columns = ["Mã tiêu chí", "Tiêu chí", "Tệp", "Loại", "Dung lượng", "Mã SHA-256", "Người đính kèm", "Thời điểm"];
    private static readonly double[] Widths = [10, 40, 30, 16, 12, 24, 24, 18];

    /// <summary>Writes the list.</summary>
    public static void Write(ExcelWorksheet ws, CriteriaVersion version, IReadOnlyList<EvidenceListRow> evidence)
    {
        ws.Cells.Style.Font.Name = DocumentLook.Font;
        ws.Cells.Style.Font.Size = DocumentLook.BodySize;
        ReportStyle.Header(ws, 1, Columns);
        var row = 1;
        foreach (var e in evidence)
        {
            row++;
            Cells.Text(ws.Cells[row, 1], e.Item);
            Cells.Text(ws.Cells[row, 2], version.FindItem(e.Item)?.Title);
            Cells.Text(ws.Cells[row, 3], e.FileName);
            Cells.Text(ws.Cells[row, 4], e.Kind);
            Cells.Text(ws.Cells[row, 5], e.Size);
            Cells.Text(ws.Cells[row, 6], e.Sha256);
            Cells.Text(ws.Cells[row, 7], e.AttachedBy);
            Cells.Text(ws.Cells[row, 8], e.AttachedAt);
        }
        ReportStyle.Borders(ws.Cells[1, 1, row, Columns.Length]);
        ReportStyle.Widths(ws, Widths);
        ReportStyle.Wrap(ws, 2, row, Widths, 2, 3, 6, 7);
        ReportStyle.Print(ws, 1);
    }
}
