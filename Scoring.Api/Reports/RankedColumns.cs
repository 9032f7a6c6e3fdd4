using OfficeOpenXml;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;

namespace Scoring.Api.Reports;

/// <summary>One column of a ranked table: its header, width, look, and what it shows for an agency.</summary>
internal sealed record RankedColumn(string Header, double Width, Action<ExcelRange, int?, ScoredAgency, string> Write, bool Centred = false, bool Bold = false,
    bool Wraps = false);

/// <summary>The columns of a ranked table for a version: the class column only when it has classes; the superior's part apart when it
/// has one, so that self, appraised and their difference are the agency's own part and the appraisal alone; last year's result and the
/// change when the run is compared with an earlier year.</summary>
internal static class RankedColumns
{
    public static IReadOnlyList<RankedColumn> For(CriteriaVersion version, int? lastYear = null)
    {
        var superior = version.Sections.Any(s => s.AwardedBySuperior);
        var classed = version.Classes.Count > 0;
        var columns = new List<RankedColumn>
        {
            new(DocumentLabels.Rank, 7, (c, rank, _, _) => Cells.Number(c, rank, ReportStyle.Count), Centred: true),
            new("Mã đơn vị", 20, (c, _, a, _) => Cells.Text(c, a.Code)),
            new("Tên đơn vị", 38, (c, _, a, _) => Cells.Text(c, a.Name), Wraps: true),
        };
        if (superior)
        {
            // The "90" and the "+10" of 90 + 10: the agency's part self-scored and appraised, then the superior's.
            columns.Add(new("Phần tiêu chí tự chấm", 11, (c, _, a, f) => Cells.Number(c, Scored(a.Self) ? a.Self.CriteriaPart : null, f)));
            columns.Add(new("Phần tiêu chí thẩm định", 11, (c, _, a, f) => Cells.Number(c, Appraised(a) ? a.Final.CriteriaPart : null, f)));
            columns.Add(new("Chênh lệch", 10, (c, _, a, f) => Cells.Number(c, Appraised(a) ? a.Final.CriteriaPart - a.Self.CriteriaPart : null, Signed(f))));
            columns.Add(new(DocumentLabels.SuperiorPart, 11, (c, _, a, f) => Cells.Number(c, Scored(a.Final) ? a.Final.SuperiorPart : null, f)));
        }
        else
        {
            columns.Add(new(DocumentLabels.Self, 11, (c, _, a, f) => Cells.Number(c, Scored(a.Self) ? a.Self.Total : null, f)));
            columns.Add(new(DocumentLabels.Appraised, 11, (c, _, a, f) => Cells.Number(c, Appraised(a) ? a.Final.Total : null, f)));
            columns.Add(new("Chênh lệch", 10, (c, _, a, f) => Cells.Number(c, Appraised(a) ? a.Final.Total - a.Self.Total : null, Signed(f))));
        }
        columns.Add(new(FinalHeader, 11, (c, _, a, f) => Cells.Number(c, Scored(a.Final) ? a.Final.Total : null, f), Bold: true));
        if (classed)
        {
            columns.Add(new(DocumentLabels.Class, 16, (c, _, a, _) => Cells.Text(c, ClassLabels.Of(a.Final)), Centred: true, Bold: true, Wraps: true));
        }
        if (lastYear is { } year)
        {
            columns.Add(new($"Năm trước ({year})", 30, (c, _, a, _) => Cells.Text(c, a.LastYear is { } l ? Before(l, year) : ""), Wraps: true));
            columns.Add(new("Thay đổi điểm", 10, (c, _, a, f) => Cells.Number(c, a.LastYear?.PointsChange, Signed(f))));
            columns.Add(new("Thay đổi vị thứ", 9, (c, _, a, _) => Cells.Number(c, a.LastYear?.RankChange, Signed(ReportStyle.Count)), Centred: true));
        }
        // The notes take what the other columns leave of the page's width.
        var notes = 48 + (classed ? 0 : 8) - (superior ? 11 : 0) - (lastYear is null ? 0 : 18);
        columns.Add(new(DocumentLabels.Notes, notes, (c, _, a, _) => Cells.Text(c, ReportText.Notes(a)), Wraps: true));
        return columns;
    }

    // Last year's result, then why there is no change (or against what it was computed) for an agency that is not the same.
    private static string Before(Scoring.Engine.History.Comparison c, int year) =>
        LastYearText.Note(c, year) is { } note ? $"{LastYearText.Before(c)}\n{note}".TrimStart('—', '\n') : LastYearText.Before(c);

    /// <summary>The 1-based column of the final points in a ranked sheet (the last-year columns come after it).</summary>
    public static int FinalColumn(CriteriaVersion version) => For(version).ToList().FindIndex(c => c.Header == FinalHeader) + 1;

    private const string FinalHeader = "Điểm cuối cùng";

    private static bool Scored(AgencyResult r) => r.Status != AgencyStatus.NotAssessed;

    private static bool Appraised(ScoredAgency a) => Scored(a.Final) && ReportText.IsAppraised(a.Final);

    private static string Signed(string format) => "+" + format + ";-" + format + ";" + format;
}
