using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;
using Scoring.Api.Storage;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

public class AppraisalWorkbookTests
{
    /// <summary>The store a test uses: SQLite here; the PostgreSQL subclass runs every test of this class against PostgreSQL.</summary>
    protected virtual TempStore NewStore() => new();

    private static async Task<(Store Store, Engine.Submissions.Submission Stored)> ArrangeAsync(TempStore temp)
    {
        var store = await LockedAnLacAsync(temp);
        return (store, Assert.Single(await store.Submissions.RunInputsAsync(2024, "mau-2024", Ct)).Submission);
    }

    private static Task<Outcome<AppraisalReceipt>> ApplyAsync(Store store, byte[] workbook, string agency = AnLac) =>
        new Operations(store).AppraiseWorkbook.RunAsync(agency, 2024, Mau2024, workbook, "tham-dinh.xlsx", "Tổ thẩm định", Ct);

    private static List<string> Lines(Outcome<AppraisalReceipt> o) => [.. o.Problems.Select(p => p.ToString())];

    [Fact]
    public async Task AppraiseWorkbook_ValidChanges_AllRecordedAndAgainNothingNew()
    {
        using var temp = NewStore();
        var (store, stored) = await ArrangeAsync(temp);
        var workbook = AppraisalWorkbook(Mau2024, stored, ("II.1", 3m, "Thiếu báo cáo"), ("IV.3", 4.5m, "Đối thoại chưa đủ"));

        var changes = await ApplyAsync(store, workbook);

        Assert.Equal((OutcomeKind.Done, 2), (changes.Kind, changes.Value!.Recorded));
        Assert.Equal(SubmissionState.Appraised, Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct)).State);
        var chain = await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct);
        Assert.Equal([("II.1", (decimal?)3m), ("IV.3", 4.5m)], chain.Select(a => (a.ItemCode, a.Points)));
        Assert.Contains("từ bảng thẩm định tham-dinh.xlsx", (await store.Audit.ForAgencyAsync(AnLac, Ct))[^1].Detail);
        var again = await ApplyAsync(store, workbook);
        Assert.Equal((OutcomeKind.Unchanged, 0, 2), (again.Kind, again.Value!.Recorded, again.Value.Unchanged));
        Assert.Equal(2, (await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct)).Count);
    }

    [Fact]
    public async Task AppraiseWorkbook_OneChangeOutOfRange_NothingRecordedEveryProblemListed()
    {
        using var temp = NewStore();
        var (store, stored) = await ArrangeAsync(temp);
        var workbook = AppraisalWorkbook(Mau2024, stored, ("II.1", 3m, "Thiếu báo cáo"), ("IV.3", 7m, "Quá điểm"), ("IV.4", 2m, ""));

        var changes = await ApplyAsync(store, workbook);

        Assert.Equal(OutcomeKind.Rejected, changes.Kind);
        Assert.Contains(Lines(changes), c => c.Contains("mục IV.3", StringComparison.Ordinal) && c.Contains("cần từ 0 đến 6", StringComparison.Ordinal));
        Assert.Contains(Lines(changes), c => c.Contains("mục IV.4", StringComparison.Ordinal) && c.Contains("Thiếu lý do", StringComparison.Ordinal));
        Assert.Empty(await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct));
        Assert.Equal(SubmissionState.Locked, Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct)).State);
    }

    [Fact]
    public async Task AppraiseWorkbook_MadeFromOtherAnswers_NothingRecorded()
    {
        using var temp = NewStore();
        var (store, stored) = await ArrangeAsync(temp);
        var other = stored with { Answers = new Dictionary<string, Engine.Submissions.Answer>(stored.Answers) { ["II.1"] = new(2m) } };

        var changes = await ApplyAsync(store, AppraisalWorkbook(Mau2024, other, ("I.5", 1m, "Thiếu kế hoạch")));

        Assert.Contains("câu trả lời khác với lần nộp được nhận gần nhất (lần 1)", Assert.Single(Lines(changes)));
        Assert.Empty(await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct));
    }

    [Fact]
    public async Task AppraiseWorkbook_SelfScoringWorkbookOrAnotherAgency_Refused()
    {
        using var temp = NewStore();
        var (store, stored) = await ArrangeAsync(temp);

        var self = await ApplyAsync(store, Sample("mau-2024", AnLac));
        var other = await ApplyAsync(store, AppraisalWorkbook(Mau2024, stored, ("II.1", 3m, "x")), "ubnd-quan-bac-son");

        Assert.Contains(Lines(self), l => l.Contains("không phải bảng thẩm định", StringComparison.Ordinal));
        Assert.Contains("ô C4", Assert.Single(Lines(other)));
        Assert.Empty(await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct));
    }
}

/// <summary>Every test of <see cref="AppraisalWorkbookTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class AppraisalWorkbookTestsOnPostgres(Postgres.PostgresFixture postgres) : AppraisalWorkbookTests
{
    protected override TempStore NewStore() => new(postgres.NewDatabase());
}
