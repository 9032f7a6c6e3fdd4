using OfficeOpenXml;
using Scoring.Api.Reports;
using Scoring.Api.Tests.Golden;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>Report inputs made by scoring the shipped samples, and helpers to read written workbooks back.</summary>
internal static class ReportSamples
{
    /// <summary>The appraisal used by the tests: item I.5 set to 0.5 points.</summary>
    public const string AppraisedItem = "I.5";

    public const string AppraisalReason = "Thiếu văn bản";

    public const string MadeBy = "Nguyễn Thị Lan (Sở Nội vụ)";

    public static DateTimeOffset MadeAt { get; } = new(2024, 12, 20, 14, 5, 0, TimeSpan.FromHours(7));

    /// <summary>Every sample agency of a version, self-scored; the listed agencies are also appraised (I.5 = 0.5)
    /// when the version has I.5 (only mau-2024 has it).</summary>
    public static IReadOnlyList<ScoredAgency> All(CompiledCriteria criteria, params string[] appraised)
    {
        var canAppraise = criteria.Version.FindItem(AppraisedItem) is not null;
        return [.. GoldenSample.Agencies(criteria.Version.Id).Select(a => One(criteria, a, canAppraise && appraised.Contains(a) ? AppraisalReason : null))];
    }

    /// <summary>One sample agency, self-scored and, with a reason, appraised on I.5 (0.5 points) for its final result.</summary>
    public static ScoredAgency One(CompiledCriteria criteria, string agency, string? appraisalReason, string? name = null)
    {
        var submission = GoldenSample.Read(criteria, agency);
        if (name is not null)
        {
            submission = submission with { AgencyName = name };
        }
        var self = Score(criteria, submission);
        var final = appraisalReason is null ? self : Score(criteria, submission with
        {
            Appraisals = new Dictionary<string, Appraisal> { [AppraisedItem] = new(0.5m, appraisalReason) },
        });
        return new ScoredAgency(submission.AgencyCode, submission.AgencyName ?? submission.AgencyCode, self, final,
            $"samples/answers/{criteria.Version.Id}/{agency}.yaml");
    }

    private static AgencyResult Score(CompiledCriteria criteria, Submission submission)
    {
        var outcome = criteria.Scorer.Score(submission);
        Assert.True(outcome.IsScored, string.Join(Environment.NewLine, outcome.Problems));
        return outcome.Result!;
    }

    public static ReportInfo Info(CompiledCriteria criteria) => new(criteria.Version, criteria.Hash, new string('a', 64), MadeBy, MadeAt);

    public static ExcelPackage Open(byte[] bytes) => new(new MemoryStream(bytes));

    public static ExcelWorksheet Sheet(ExcelPackage package, string name)
    {
        var ws = package.Workbook.Worksheets[name];
        Assert.True(ws is not null, $"no sheet \"{name}\"; sheets: {string.Join(", ", package.Workbook.Worksheets.Select(w => w.Name))}");
        return ws;
    }

    /// <summary>Every non-empty cell of every sheet as "sheet!address = value | formula | style flags", in order.</summary>
    public static List<string> Dump(byte[] bytes)
    {
        using var package = Open(bytes);
        var cells = new List<string>();
        foreach (var ws in package.Workbook.Worksheets)
        {
            cells.Add($"sheet {ws.Name}");
            if (ws.Dimension is null)
            {
                continue;
            }
            for (var r = 1; r <= ws.Dimension.End.Row; r++)
            {
                for (var c = 1; c <= ws.Dimension.End.Column; c++)
                {
                    var cell = ws.Cells[r, c];
                    if (cell.Value is not null || !string.IsNullOrEmpty(cell.Formula))
                    {
                        cells.Add($"{ws.Name}!{cell.Address} = {cell.Value} ({cell.Value?.GetType().Name}) | {cell.Formula} | {cell.Style.Numberformat.Format} {cell.Style.QuotePrefix}");
                    }
                }
            }
        }
        return cells;
    }

    /// <summary>A number cell's value as decimal (EPPlus reads numbers back as double), or null when empty.</summary>
    public static decimal? Number(ExcelRange cell) => cell.Value is null ? null : (decimal)Assert.IsType<double>(cell.Value);
}
