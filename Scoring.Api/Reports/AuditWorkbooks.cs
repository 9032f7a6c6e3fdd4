using OfficeOpenXml;
using Scoring.Api.Runs;
using Scoring.Api.Storage;
using Scoring.Engine.Runs;

namespace Scoring.Api.Reports;

/// <summary>Replay and diff results as Excel, for auditors.</summary>
public static class AuditWorkbooks
{
    /// <summary>The replay of a run: its identity, the two hashes, "khớp" or every difference.</summary>
    public static byte[] Replay(RunHeader run, ReplayReport report)
    {
        using var package = new ExcelPackage();
        var ws = package.Workbook.Worksheets.Add("Kiểm tra lại");
        ReportStyle.Title(ws, 1, $"KIỂM TRA LẠI LƯỢT XẾP LOẠI SỐ {run.Id}", $"Năm {run.Year}, bộ tiêu chí {run.CriteriaId} (mã băm {run.CriteriaHash}), trạng thái {run.State}");
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
        ReportStyle.Header(ws, header, ["Mã đơn vị", "Nội dung", "Đã lưu", "Tính lại"]);
        var row = header;
        foreach (var d in report.Differences)
        {
            row++;
            Cells.Text(ws.Cells[row, 1], d.AgencyCode);
            Cells.Text(ws.Cells[row, 2], d.What);
            Cells.Text(ws.Cells[row, 3], d.Stored);
            Cells.Text(ws.Cells[row, 4], d.Computed);
        }
        ReportStyle.Widths(ws, [28, 70, 30, 30]);
        ReportStyle.Print(ws, header);
        return package.GetAsByteArray();
    }

    /// <summary>A run re-scored under another version: per agency old and new total, class and rank; per item what changed.</summary>
    public static byte[] Diff(RunHeader run, string otherId, IReadOnlyList<AgencyDiff> diffs)
    {
        using var package = new ExcelPackage();
        var ws = package.Workbook.Worksheets.Add("So sánh");
        ReportStyle.Title(ws, 1, $"SO SÁNH LƯỢT XẾP LOẠI SỐ {run.Id} THEO BỘ TIÊU CHÍ {otherId}", $"Năm {run.Year}: bộ tiêu chí {run.CriteriaId} (đã dùng) và {otherId} (chấm lại)");
        const int header = 3;
        ReportStyle.Header(ws, header, ["Mã đơn vị", "Khối", "Tổng cũ", "Tổng mới", "Xếp loại cũ", "Xếp loại mới", "Vị thứ cũ", "Vị thứ mới", "Ghi chú"]);
        var row = header;
        foreach (var d in diffs)
        {
            row++;
            Cells.Text(ws.Cells[row, 1], d.AgencyCode);
            Cells.Text(ws.Cells[row, 2], d.Group);
            Cells.Number(ws.Cells[row, 3], d.OldTotal, "0.00");
            Cells.Number(ws.Cells[row, 4], d.NewTotal, "0.00");
            Cells.Text(ws.Cells[row, 5], d.OldClass);
            Cells.Text(ws.Cells[row, 6], d.NewClass);
            ws.Cells[row, 7].Value = d.OldRank;
            ws.Cells[row, 8].Value = d.NewRank;
            Cells.Text(ws.Cells[row, 9], string.Join("; ", d.Notes));
        }
        ReportStyle.Widths(ws, [28, 18, 10, 10, 22, 22, 9, 9, 60]);
        ReportStyle.FreezeAndFilter(ws, header, row, 9);
        ReportStyle.Print(ws, header);
        var items = package.Workbook.Worksheets.Add("Chi tiết thay đổi");
        ReportStyle.Header(items, 1, ["Mã đơn vị", "Tiêu chí cũ", "Tiêu chí mới", "Điểm cũ", "Điểm mới", "Ghi chú"]);
        row = 1;
        foreach (var d in diffs)
        {
            foreach (var i in d.Items)
            {
                row++;
                Cells.Text(items.Cells[row, 1], d.AgencyCode);
                Cells.Text(items.Cells[row, 2], i.OldCode);
                Cells.Text(items.Cells[row, 3], i.NewCode);
                Cells.Number(items.Cells[row, 4], i.OldPoints, ReportStyle.ItemPoints);
                Cells.Number(items.Cells[row, 5], i.NewPoints, ReportStyle.ItemPoints);
                Cells.Text(items.Cells[row, 6], i.Note);
            }
        }
        ReportStyle.Widths(items, [28, 12, 12, 10, 10, 40]);
        ReportStyle.FreezeAndFilter(items, 1, row, 6);
        ReportStyle.Print(items, 1);
        return package.GetAsByteArray();
    }
}
