using Scoring.Engine.Workflow;
using OfficeOpenXml;
using Scoring.Engine.Ranking;

namespace Scoring.Api.Reports;

/// <summary>Writes the "Thông tin" sheet: the criteria, the hashes, who made the report and when, the counts and
/// the engine version, so a reader can trace and replay it.</summary>
internal static class InfoWriter
{
    private static readonly double[] Widths = [48, 90];

    /// <summary>Writes the sheet.</summary>
    public static void Write(ExcelWorksheet ws, ReportInfo info, int scored, int rejected)
    {
        var id = info.Version.Identity;
        ReportStyle.Title(ws, 1, "THÔNG TIN BÁO CÁO");
        (string Label, string? Value)[] rows =
        [
            ("Lượt xếp loại", info.Run is { } run ? $"Số {run.Id}, năm {run.Year}, {(run.Draft ? RunState.Draft.Label() + " (chưa công bố)" : RunState.Published.Label())}" : "Không (chấm trực tiếp từ tệp)"),
            ("Mã bộ tiêu chí", id.Id),
            ("Tên bộ tiêu chí", id.Title),
            ("Số quyết định ban hành", id.DecisionNumber),
            ("Ngày quyết định", id.DecisionDate is { } d ? ReportText.Date(d) : null),
            ("Bản mẫu", id.IsSample ? "Có (không phải văn bản chính thức)" : "Không"),
            ("Mã băm SHA-256 của bộ tiêu chí", info.CriteriaHash),
            ("Mã băm SHA-256 của dữ liệu đầu vào", info.InputsHash),
            ("Người lập", info.MadeBy),
            ("Thời điểm lập", ReportText.Moment(info.MadeAt)),
            ("Số đơn vị đã chấm điểm", scored.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Số tệp bị từ chối", rejected.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Phiên bản phần mềm chấm điểm (Scoring.Engine)", typeof(Ranker).Assembly.GetName().Version?.ToString() ?? ""),
        ];
        var row = 2;
        foreach (var (label, value) in rows)
        {
            row++;
            Cells.Text(ws.Cells[row, 1], label);
            Cells.Text(ws.Cells[row, 2], value);
        }
        ws.Cells[3, 1, row, 1].Style.Font.Bold = true;
        ReportStyle.Borders(ws.Cells[3, 1, row, 2]);
        ReportStyle.Widths(ws, Widths);
        ReportStyle.Wrap(ws, 3, row, Widths, 2);
        ReportStyle.Print(ws, 0);
    }
}
