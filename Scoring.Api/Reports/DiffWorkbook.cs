using OfficeOpenXml;
using Scoring.Api.Storage;
using Scoring.Engine.Runs;
using Scoring.Engine.Text;

namespace Scoring.Api.Reports;

/// <summary>A run re-scored under another version, as Excel for auditors: the summary, then per agency (by name) old and new total,
/// class and rank; per item what changed.</summary>
public static class DiffWorkbook
{
    /// <summary>The workbook; <paramref name="groupName"/> gives a group's name for its code.</summary>
    public static byte[] Write(RunHeader run, string otherId, IReadOnlyList<AgencyDiff> diffs, Func<string, string> groupName)
    {
        using var package = new ExcelPackage();
        var ws = package.Workbook.Worksheets.Add("So sánh");
        ReportStyle.Title(ws, 1, $"SO SÁNH LƯỢT XẾP LOẠI SỐ {run.Id} THEO BỘ TIÊU CHÍ {otherId}",
            $"Năm {run.Year}: bộ tiêu chí {run.CriteriaId} (đã dùng) và {otherId} (chấm lại)");
        var summary = DiffSummary.Of(diffs);
        string[][] info =
        [
            ["Số đơn vị so sánh", Count(summary.Agencies)],
            ["Đổi xếp loại", Count(summary.ClassChanged)],
            ["Đổi vị thứ", Count(summary.RankChanged)],
            ["Đổi tổng điểm", Count(summary.TotalChanged)],
            ["Thay đổi lớn nhất", summary.LargestMoves.Count == 0 ? "không có" : string.Join("; ", summary.LargestMoves.Select(Move))],
        ];
        for (var i = 0; i < info.Length; i++)
        {
            Cells.Text(ws.Cells[4 + i, 1], info[i][0]);
            Cells.Text(ws.Cells[4 + i, 2], info[i][1]);
            ws.Cells[4 + i, 1].Style.Font.Bold = true;
        }
        const int header = 10;
        double[] widths = [24, 36, 22, 10, 10, 10, 20, 20, 9, 9, 50];
        ReportStyle.Header(ws, header, ["Mã đơn vị", "Tên đơn vị", "Khối", "Tổng cũ", "Tổng mới", "Chênh lệch", "Xếp loại cũ", "Xếp loại mới", "Vị thứ cũ", "Vị thứ mới", "Ghi chú"]);
        var row = header;
        foreach (var d in diffs)
        {
            row++;
            Cells.Text(ws.Cells[row, 1], d.AgencyCode);
            Cells.Text(ws.Cells[row, 2], d.AgencyName);
            Cells.Text(ws.Cells[row, 3], groupName(d.Group));
            Cells.Number(ws.Cells[row, 4], d.OldTotal, ReportStyle.ItemPoints);
            Cells.Number(ws.Cells[row, 5], d.NewTotal, ReportStyle.ItemPoints);
            Cells.Number(ws.Cells[row, 6], d.NewTotal - d.OldTotal, "+0.00##;-0.00##;0");
            Cells.Text(ws.Cells[row, 7], d.OldClass);
            Cells.Text(ws.Cells[row, 8], d.NewClass);
            ws.Cells[row, 9].Value = d.OldRank;
            ws.Cells[row, 10].Value = d.NewRank;
            Cells.Text(ws.Cells[row, 11], string.Join("; ", d.Notes));
        }
        ReportStyle.Widths(ws, widths);
        ReportStyle.Wrap(ws, header + 1, row, widths, 2, 11);
        ReportStyle.FreezeAndFilter(ws, header, row, widths.Length);
        ReportStyle.Print(ws, header);
        Items(package.Workbook.Worksheets.Add("Chi tiết thay đổi"), diffs);
        // The same run and versions give the same bytes, whoever asks and when: the package is stamped with the run's creation.
        var at = DateTimeOffset.Parse(run.CreatedAt, System.Globalization.CultureInfo.InvariantCulture);
        package.Workbook.Properties.Created = at.UtcDateTime;
        package.Workbook.Properties.Modified = at.UtcDateTime;
        return StableZip.Normalize(package.GetAsByteArray(), at);
    }

    /// <summary>One large move in words: "Sở Nội vụ: 90 → 84,5 (−5,5), Tốt → Khá".</summary>
    public static string Move(AgencyDiff d) =>
        $"{d.AgencyName ?? d.AgencyCode}: {Vi(d.OldTotal)} → {Vi(d.NewTotal)}"
        + (d.OldTotal is { } o && d.NewTotal is { } n && o != n ? $" ({(n > o ? "+" : "−")}{Num.Vi(Math.Abs(n - o))})" : "")
        + (d.OldClass != d.NewClass ? $", {d.OldClass ?? "—"} → {d.NewClass ?? "—"}" : "")
        + (d.OldRank != d.NewRank ? $", vị thứ {d.OldRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"} → {d.NewRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}" : "");

    private static void Items(ExcelWorksheet items, IReadOnlyList<AgencyDiff> diffs)
    {
        double[] widths = [24, 36, 12, 12, 10, 10, 40];
        ReportStyle.Header(items, 1, ["Mã đơn vị", "Tên đơn vị", "Tiêu chí cũ", "Tiêu chí mới", "Điểm cũ", "Điểm mới", "Ghi chú"]);
        var row = 1;
        foreach (var d in diffs)
        {
            foreach (var i in d.Items)
            {
                row++;
                Cells.Text(items.Cells[row, 1], d.AgencyCode);
                Cells.Text(items.Cells[row, 2], d.AgencyName);
                Cells.Text(items.Cells[row, 3], i.OldCode);
                Cells.Text(items.Cells[row, 4], i.NewCode);
                Cells.Number(items.Cells[row, 5], i.OldPoints, ReportStyle.ItemPoints);
                Cells.Number(items.Cells[row, 6], i.NewPoints, ReportStyle.ItemPoints);
                Cells.Text(items.Cells[row, 7], i.Note);
            }
        }
        ReportStyle.Widths(items, widths);
        ReportStyle.Wrap(items, 2, row, widths, 2, 7);
        ReportStyle.FreezeAndFilter(items, 1, row, widths.Length);
        ReportStyle.Print(items, 1);
    }

    private static string Vi(decimal? d) => d is { } x ? Num.Vi(x) : "—";

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
