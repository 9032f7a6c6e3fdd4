using OfficeOpenXml;
using Scoring.Api.Runs;
using Scoring.Api.Storage;
using Scoring.Engine.Runs;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Reports;

/// <summary>Replay and diff results as Excel, for auditors.</summary>
public static class AuditWorkbooks
{
    /// <summary>The replay of a run: its identity, the two hashes, "khớp" or every difference.</summary>
    public static byte[] Replay(RunHeader run, ReplayReport report)
    {
        using var package = new ExcelPackage();
        var ws = package.Workbook.Worksheets.Add("Kiểm tra lại");
        ReportStyle.Title(ws, 1, $"KIỂM TRA LẠI LƯỢT XẾP LOẠI SỐ {run.Id}", $"Năm {run.Year}, bộ tiêu chí {run.CriteriaId} (mã băm {run.CriteriaHash}), trạng thái: {run.State.Label()}");
        string[][] info =
        [
            ["Mã băm kết quả đã lưu", report.StoredHash],
            ["Mã băm kết quả tính lại", report.ComputedHash],
            ["Kết luận", report.Matches ? "Khớp: tính lại cho đúng kết quả đã lưu" : $"Không khớp: {report.Differences.Count} khác biệt"],
        ];
        for (var i = 0; i < info.Length; i++)
        {
            Cells.Text(ws.Cells[4 + i, 1], info[i][0]);
            Cells.Text(ws.Cells[4 + i, 2], info[i][1]);
            ws.Cells[4 + i, 1].Style.Font.Bold = true;
        }
        const int header = 8;
        ReportStyle.Header(ws, header, ["Mã đơn vị", "Tên đơn vị", "Nội dung", "Đã lưu", "Tính lại"]);
        var row = header;
        foreach (var d in report.Differences)
        {
            row++;
            Cells.Text(ws.Cells[row, 1], d.AgencyCode);
            Cells.Text(ws.Cells[row, 2], d.AgencyName);
            Cells.Text(ws.Cells[row, 3], d.What);
            Cells.Text(ws.Cells[row, 4], d.Stored);
            Cells.Text(ws.Cells[row, 5], d.Computed);
        }
        ReportStyle.Widths(ws, [28, 36, 20, 30, 30]);
        ReportStyle.Print(ws, header);
        return package.GetAsByteArray();
    }
}
