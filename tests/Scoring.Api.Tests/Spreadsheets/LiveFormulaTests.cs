using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Rules.Compilation;
using Scoring.Rules.Format;
using Scoring.Rules.Tests.Generators;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>The live formulas of the self-scoring workbook agree with the engine: a generated workbook filled with valid answers, calculated
/// by the spreadsheet engine, shows the points the engine computes for every item and section, and its total.</summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 40)]
public class LiveFormulaTests
{
    [Property]
    public Property Workbook_ShippedVersionGeneratedAnswers_CalculatedItemsSectionsAndTotalEqualTheEngine(Case c) => Agree(c);

    [Property]
    public Property Workbook_GeneratedVersionGeneratedAnswers_CalculatedItemsSectionsAndTotalEqualTheEngine() => Prop.ForAll(
        VersionGen.Yaml().Select(y => RuleCompiler.Compile(CriteriaReader.Read(y, "gen.yaml").Version!))
            .SelectMany(v => SubmissionGen.For(v).Select(s => new Case(v, s))).ToArbitrary(),
        Agree);

    private static Property Agree(Case c)
    {
        // The workbook previews the agency's own score: no appraisal, and no row for the part the superior level scores (0 until entered).
        var result = c.Criteria.Scorer.Evaluate(c.Submission with { Appraisals = null });
        if (result.Status == Engine.Evaluation.AgencyStatus.NotAssessed)
        {
            // "Not assessed" is said on upload, not typed into the workbook: there is nothing for the formulas to show.
            return true.ToProperty();
        }
        using var package = new ExcelPackage(new MemoryStream(Workbooks.Filled(c.Criteria, c.Submission)));
        package.Workbook.Calculate();
        var sheet = package.Workbook.Worksheets[TemplateLayout.ScoreSheet];
        var figures = result.Items.Where(i => i.Applicable && !i.AwardedBySuperior).Select(i => (i.Code, Engine: i.Points, Sheet: Points(sheet, Workbooks.Row(sheet, i.Code))))
            .Concat(result.Sections.Where(x => !x.AwardedBySuperior).Select(x => (x.Code, Engine: x.Points, Sheet: Points(sheet, Workbooks.Row(sheet, x.Code)))))
            .Append((Code: "tổng điểm", Engine: result.Total, Sheet: Points(sheet, TotalRow(sheet))));
        var mismatches = figures
            // The spreadsheet computes in binary floating point: figures agree to six decimals (they are shown to two).
            .Where(x => x.Sheet != Math.Round(x.Engine, 6))
            .Select(x => $"{c.Criteria.Version.Id} {c.Submission.AgencyCode} {x.Code}: bảng tính {x.Sheet}, phần mềm {x.Engine}")
            .ToList();
        return (mismatches.Count == 0).Label(string.Join("\n", mismatches));
    }

    private static decimal? Points(ExcelWorksheet sheet, int row) => Number(sheet.Cells[row, TemplateLayout.Points].Value);

    private static int TotalRow(ExcelWorksheet sheet) =>
        Enumerable.Range(1, sheet.Dimension.End.Row).Last(r => sheet.Cells[r, TemplateLayout.Title].Text.StartsWith("TỔNG ĐIỂM TỰ CHẤM", StringComparison.Ordinal));

    private static decimal? Number(object? value) => value switch
    {
        double d => Math.Round((decimal)d, 6),
        decimal m => m,
        // A bonus or deduction left empty is 0 points, as the engine reads it.
        null => 0m,
        _ => decimal.TryParse(value.ToString(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var x) ? x : null,
    };
}
