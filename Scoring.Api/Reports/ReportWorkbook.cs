using OfficeOpenXml;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;

namespace Scoring.Api.Reports;

/// <summary>
/// Writes the Excel report of a classification run: a summary with a chart, one ranked sheet per group, every item
/// of every agency, the rejected files and what the report was made from. Everything shown comes from the inputs
/// (the time and author too), so the same inputs give the same cell contents.
/// </summary>
public static class ReportWorkbook
{
    /// <summary>The summary sheet: agencies per class and group.</summary>
    public const string SummarySheetName = "Tổng hợp";

    /// <summary>The sheet with every item of every agency.</summary>
    public const string DetailSheetName = "Chi tiết";

    /// <summary>The sheet of files that could not be scored (only when there are some).</summary>
    public const string RejectedSheetName = "Tệp bị từ chối";

    /// <summary>The sheet saying what the report was made from, by whom and when.</summary>
    public const string InfoSheetName = "Thông tin";

    /// <summary>The row of the column headers in the summary and ranked sheets (a title and the criteria line are above it).</summary>
    public const int TableHeaderRow = 3;

    /// <summary>Writes the report and returns the .xlsx bytes.</summary>
    public static byte[] Write(ReportInfo info, IReadOnlyList<ScoredAgency> agencies, IReadOnlyList<RejectedFile> rejected) =>
        Write(info, Ranked(info.Version, agencies), rejected);

    /// <summary>Writes the report of agencies already in ranked order with their ranks (a stored run's, never ranked again).</summary>
    public static byte[] WriteRanked(ReportInfo info, IReadOnlyList<(int? Rank, ScoredAgency Agency)> ranked, IReadOnlyList<RejectedFile> rejected) =>
        Write(info, [.. ranked.Select(r => new ReportRow(r.Rank, r.Agency))], rejected);

    // A sheet in the one font of every document an office files (set on the whole sheet before any cell is written, so cells inherit it).
    private static ExcelWorksheet Sheet(ExcelWorkbook book, string name)
    {
        var ws = book.Worksheets.Add(name);
        ws.Cells.Style.Font.Name = DocumentLook.Font;
        return ws;
    }

    /// <summary>The annex alone, as a PDF to attach to the decision: the same words as the workbook's first sheet.</summary>
    public static byte[] AnnexPdf(ReportInfo info, IReadOnlyList<(int? Rank, ScoredAgency Agency)> ranked) =>
        Reports.AnnexPdf.Write(AnnexDocument.Of(info, Groups(info.Version, [.. ranked.Select(r => new ReportRow(r.Rank, r.Agency))])), info.MadeBy, info.MadeAt);

    // The package is built in two steps: EPPlus writes every sheet but the rows of the detail sheet, and is let go; then those rows
    // (one per agency per item, 600,000 for 10,000 agencies) are streamed into the package.
    private static byte[] Write(ReportInfo info, IReadOnlyList<ReportRow> rows, IReadOnlyList<RejectedFile> rejected)
    {
        var (frame, detail) = Frame(info, rows, rejected);
        return StableZip.NormalizeOwn(DetailPart.Write(frame, detail), info.MadeAt);
    }

    private static (byte[] Package, DetailSheet Detail) Frame(ReportInfo info, IReadOnlyList<ReportRow> rows, IReadOnlyList<RejectedFile> rejected)
    {
        var version = info.Version;
        var agencies = rows.Select(r => r.Agency).ToList();
        var groups = Groups(version, rows);
        using var package = new ExcelPackage();
        var book = package.Workbook;
        var p = book.Properties;
        p.Title = $"Kết quả chấm điểm, xếp loại công tác dân vận{info.TitleSuffix.ToLowerInvariant()} ({version.Id})";
        p.Subject = version.Identity.Title;
        p.Author = info.MadeBy;
        p.LastModifiedBy = info.MadeBy;
        p.Created = info.MadeAt.UtcDateTime;
        p.Modified = info.MadeAt.UtcDateTime;
        var names = new SheetNames();
        foreach (var fixedName in new[] { AnnexSheet.Name, SummarySheetName, DetailSheetName, RejectedSheetName, InfoSheetName })
        {
            names.Reserve(fixedName);
        }
        // First, what gets filed: the annex of the decision.
        AnnexSheet.Write(Sheet(book, AnnexSheet.Name), AnnexDocument.Of(info, groups));
        var summary = Sheet(book, SummarySheetName);
        var rankedSheets = new List<(string Group, string Sheet, int Ranked)>();
        SummaryWriter.Write(summary, version, groups, info.TitleSuffix);
        foreach (var (group, groupRows) in groups.Where(g => g.Rows.Count > 0))
        {
            var sheet = names.Make(group.Name, group.Code);
            RankedWriter.Write(Sheet(book, sheet), version, group, groupRows, info.TitleSuffix, info.Run?.LastYear);
            rankedSheets.Add((group.Name, sheet, groupRows.TakeWhile(r => r.Rank is not null).Count()));
        }
        SummaryWriter.RankChart(summary, groups.Count, rankedSheets, RankedColumns.FinalColumn(version));
        var detail = DetailWriter.Prepare(Sheet(book, DetailSheetName), rows);
        if (rejected.Count > 0)
        {
            RejectedWriter.Write(Sheet(book, RejectedSheetName), rejected);
        }
        InfoWriter.Write(Sheet(book, InfoSheetName), info, agencies.Count, rejected.Count);
        return (package.GetAsByteArray(), detail);
    }

    /// <summary>The agencies in the order and with the ranks <see cref="Ranker"/> gives their final results.</summary>
    internal static IReadOnlyList<ReportRow> Ranked(CriteriaVersion version, IReadOnlyList<ScoredAgency> agencies)
    {
        // Results are matched back to agencies by reference: two agencies may have equal results.
        var byResult = new Dictionary<AgencyResult, Queue<ScoredAgency>>(ReferenceEqualityComparer.Instance);
        foreach (var a in agencies)
        {
            if (!byResult.TryGetValue(a.Final, out var queue))
            {
                byResult[a.Final] = queue = new Queue<ScoredAgency>();
            }
            queue.Enqueue(a);
        }
        return [.. Ranker.Rank(version, agencies.Select(a => a.Final)).Select(r => new ReportRow(r.Rank, byResult[r.Result].Dequeue()))];
    }

    // The version's groups in order (all of them, for the summary), then any other group an agency names, by code.
    private static List<(Group Group, IReadOnlyList<ReportRow> Rows)> Groups(CriteriaVersion version, IReadOnlyList<ReportRow> rows)
    {
        var known = version.Groups.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var others = rows.Select(r => r.Agency.Final.Group).Where(g => !known.Contains(g)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select(code => new Group(code, code));
        return [.. version.Groups.Concat(others)
            .Select(g => (g, (IReadOnlyList<ReportRow>)[.. rows.Where(r => r.Agency.Final.Group == g.Code)]))];
    }
}
