using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Submissions;
using Scoring.Api.Tests.Support;
using Scoring.Api.UseCases;
using Scoring.Engine.Evaluation;
using Scoring.Rules.Lint;
using Scoring.Rules.Tests.Support;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

/// <summary>The superior's part of "90 + 10" (mau-9010-2024, section F awarded by the superior): not in the agency's workbook or answers,
/// entered by staff with the appraisal, required before a run, and shown apart from the agency's own part.</summary>
public class SuperiorPartTests
{
    /// <summary>The store a test uses: SQLite here; the PostgreSQL subclass runs every test of this class against PostgreSQL.</summary>
    protected virtual TempStore NewStore() => new();

    private const string Version = "mau-9010-2024";
    private static readonly string[] Agencies = ["so-noi-vu", "so-tu-phap", "trung-tam-dich-vu-viec-lam"];
    private static readonly Scoring.Rules.Compilation.CompiledCriteria C = Criteria.Shipped(Version);

    [Fact]
    public void Workbook_AgencyHasNoRowForTheSuperiorsItemTheAppraisalWorkbookHasOne()
    {
        var submission = AnswersFile.Read(File.ReadAllText(Repo.Path("samples", "answers", Version, "so-noi-vu.yaml")), "so-noi-vu.yaml", C.Version).Submission!;

        var agency = Codes(WorkbookTemplate.Write(new TemplateRequest(C, "so-nganh", "so-noi-vu", "Sở Nội vụ")));
        var appraisal = Codes(WorkbookTemplate.Write(new TemplateRequest(C, "so-nganh", "so-noi-vu", "Sở Nội vụ", submission, Appraisal: true)));

        Assert.Contains("E.3", agency);
        Assert.DoesNotContain("F", agency);
        Assert.DoesNotContain("F.1", agency);
        Assert.Contains("F.1", appraisal);
    }

    [Fact]
    public void AnswersFile_AgencyTypesTheSuperiorsPoints_RefusedWithTheItemAndLine()
    {
        var text = File.ReadAllText(Repo.Path("samples", "answers", Version, "so-noi-vu.yaml")).Replace("  # F.1", "  F.1: 10\n  # F.1", StringComparison.Ordinal);

        var (_, problems) = AnswersFile.Read(text, "so-noi-vu.yaml", C.Version);

        var problem = Assert.Single(problems);
        Assert.Equal("F.1", problem.Code);
        Assert.Contains("dòng 22", problem.Where);
        Assert.Contains("do cấp trên đánh giá: đơn vị không tự chấm, bỏ câu trả lời này", problem.Message);
    }

    [Fact]
    public void Lint_SuperiorItemAsFormulaOrNeedingEvidence_ErrorsNamingTheItem()
    {
        var yaml = File.ReadAllText(Repo.Path("criteria", Version + ".yaml"))
            .Replace("        kind: judgment\n        step: 0.5\n\nbonus:", "        kind: formula\n        formula: \"diem_nong\"\n\nbonus:", StringComparison.Ordinal);

        var problems = CriteriaLinter.Lint(yaml, "x.yaml").Where(p => !p.IsWarning).ToList();

        var problem = Assert.Single(problems);
        Assert.Contains("Tiêu chí F.1 thuộc mục do cấp trên đánh giá (awarded-by: superior) nhưng là công thức", problem.Message);
    }

    [Fact]
    public async Task Run_SuperiorPointsMissing_RefusedNamingTheAgenciesThenEnteredByStaffAndShownApart()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        var ops = new Operations(store);
        foreach (var agency in Agencies)
        {
            Assert.True((await UploadAsync(store, agency, Sample(Version, agency), C)).Accepted);
        }
        await ops.Lock.RunAsync(2024, Version, "Sở Nội vụ", Ct);

        var refused = await ops.CreateRun.RunAsync(new RunOrder(2024, Version), "Phòng Nội vụ", Ct);

        Assert.False(refused.Ok);
        Assert.Contains("Chưa nhập điểm do cấp trên đánh giá của 3 đơn vị: Sở Nội vụ (F.1); Sở Tư pháp (F.1); Trung tâm Dịch vụ việc làm tỉnh (F.1).", refused.Message);
        Assert.Empty(await store.Runs.ListAsync(Ct));

        // The first entry is recorded even when it is 0: the agency has no self-score for it to equal.
        var zero = await ops.Appraise.RunAsync("so-tu-phap", 2024, C, "F.1", 0m, "Văn bản số 12/BCĐ", "Phòng Nội vụ", Ct);
        Assert.True(zero.Ok, zero.Message);
        Assert.Equal(OutcomeKind.Done, zero.Kind);
        foreach (var (agency, points) in new[] { ("so-noi-vu", 9m), ("so-tu-phap", 8m), ("trung-tam-dich-vu-viec-lam", 8.5m) })
        {
            Assert.True((await ops.Appraise.RunAsync(agency, 2024, C, "F.1", points, "Văn bản số 12/BCĐ của Ban Chỉ đạo", "Phòng Nội vụ", Ct)).Ok);
        }
        var audit = (await store.Audit.ForAgencyAsync("so-noi-vu", Ct)).Single(e => e.Action == "appraisal.set");
        Assert.Contains("(đơn vị không tự chấm, lần nộp 1): chưa có điểm của cấp trên → điểm do cấp trên đánh giá 9", audit.Detail);

        var created = await ops.CreateRun.RunAsync(new RunOrder(2024, Version), "Phòng Nội vụ", Ct);

        Assert.True(created.Ok, created.Message);
        Assert.Empty(created.Value!.Warnings ?? []);
        var results = (await store.Runs.ResultsAsync(created.Value.Id, Ct)).ToDictionary(r => r.AgencyCode);
        // The hand-computed golden totals (samples/answers/mau-9010-2024/*.expected.md).
        Assert.Equal(("96", "Tốt"), (results["so-noi-vu"].Total, results["so-noi-vu"].ClassName));
        Assert.Equal("80", results["trung-tam-dich-vu-viec-lam"].Total);

        var year = await ops.AgencyYear.RunAsync("so-noi-vu", 2024, C, Ct);
        // Self and appraised both carry the superior's 9: they differ only by the appraisal (none here); the agency's own part is 84.
        Assert.Equal((84m, 9m, 93m), (year.Self!.CriteriaPart, year.Self.SuperiorPart, year.Final!.TreeTotal));
        Assert.Equal(year.Self.Total, year.Final.Total);
        var f1 = year.Final.Items.Single(i => i.Code == "F.1");
        Assert.False(f1.HasSelfScore);

        var report = (await ops.Report.RunAsync(created.Value.Id, Ct)).Value!;
        using var package = new ExcelPackage(new MemoryStream(report.Bytes));
        var ranked = package.Workbook.Worksheets.First(w => Cell(w, "Phần tiêu chí tự chấm") is not null);
        var header = Cell(ranked, "Phần tiêu chí tự chấm")!;
        var noiVu = Enumerable.Range(header.Start.Row + 1, 10).First(r => ranked.Cells[r, 2].Text == "so-noi-vu");
        object? At(string title) => ranked.Cells[noiVu, Cell(ranked, title)!.Start.Column].Value;
        Assert.Equal(84.0, Convert.ToDouble(At("Phần tiêu chí tự chấm"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(At("Phần tiêu chí thẩm định"));
        Assert.Null(At("Chênh lệch"));
        Assert.Equal(9.0, Convert.ToDouble(At("Phần do cấp trên đánh giá"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(96.0, Convert.ToDouble(At("Điểm cuối cùng"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AppraisalWorkbook_StaffTypeTheSuperiorsPoints_RecordedAndCounted()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        var ops = new Operations(store);
        Assert.True((await UploadAsync(store, "so-tu-phap", Sample(Version, "so-tu-phap"), C)).Accepted);
        await ops.Lock.RunAsync(2024, Version, "Sở Nội vụ", Ct);
        var stored = (await store.Submissions.RunInputsAsync(2024, Version, Ct)).Single().Submission;
        var workbook = AppraisalWorkbook(C, stored, ("F.1", 8m, "Văn bản số 12/BCĐ của Ban Chỉ đạo"));

        var outcome = await ops.AppraiseWorkbook.RunAsync("so-tu-phap", 2024, C, workbook, "tham-dinh.xlsx", "Phòng Nội vụ", Ct);

        Assert.True(outcome.Ok, outcome.Message + string.Join("; ", outcome.Problems));
        Assert.Equal(1, outcome.Value!.Recorded);
        var year = await ops.AgencyYear.RunAsync("so-tu-phap", 2024, C, Ct);
        Assert.Equal((8m, 76.72m), (year.Final!.SuperiorPart, year.Final.Total)); // the golden total of so-tu-phap
        Assert.Empty(year.Final.AwaitingSuperior);
    }

    private static List<string> Codes(byte[] workbook)
    {
        using var package = new ExcelPackage(new MemoryStream(workbook));
        var sheet = package.Workbook.Worksheets[TemplateLayout.ScoreSheet];
        return [.. Enumerable.Range(TemplateLayout.HeaderRow + 1, sheet.Dimension.End.Row).Select(r => sheet.Cells[r, TemplateLayout.Code].Text).Where(t => t.Length > 0)];
    }

    private static ExcelRangeBase? Cell(ExcelWorksheet sheet, string text) => sheet.Cells.FirstOrDefault(c => c.Text == text);
}

/// <summary>Every test of <see cref="SuperiorPartTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class SuperiorPartTestsOnPostgres(Postgres.PostgresFixture postgres) : SuperiorPartTests
{
    protected override TempStore NewStore() => new(postgres.NewDatabase());
}
