using Scoring.Api.Storage;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

public class AppraisalWorkbookTests
{
    private static async Task<(Store Store, Engine.Submissions.Submission Stored)> ArrangeAsync(TempStore temp)
    {
        var store = await LockedAnLacAsync(temp);
        return (store, Assert.Single(await store.Submissions.RunInputsAsync(2024, "mau-2024", Ct)).Submission);
    }

    private static Task<IReadOnlyList<StateChange>> ApplyAsync(Store store, byte[] workbook, string agency = AnLac) =>
        store.Submissions.AppraiseWorkbookAsync(agency, 2024, Mau2024, workbook, "tham-dinh.xlsx", "Tổ thẩm định", Ct);

    [Fact]
    public async Task AppraiseWorkbook_ValidChanges_AllRecordedAndAgainNothingNew()
    {
        using var temp = new TempStore();
        var (store, stored) = await ArrangeAsync(temp);
        var workbook = AppraisalWorkbook(Mau2024, stored, ("II.1", 3m, "Thiếu báo cáo"), ("IV.3", 4.5m, "Đối thoại chưa đủ"));

        var changes = await ApplyAsync(store, workbook);

        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal(new StateChange(true, SubmissionStates.Appraised, null), c));
        var chain = await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct);
        Assert.Equal([("II.1", (decimal?)3m), ("IV.3", 4.5m)], chain.Select(a => (a.ItemCode, a.Points)));
        Assert.Contains("từ bảng thẩm định tham-dinh.xlsx", (await store.Audit.ForAgencyAsync(AnLac, Ct))[^1].Detail);
        Assert.Empty(await ApplyAsync(store, workbook));
        Assert.Equal(2, (await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct)).Count);
    }

    [Fact]
    public async Task AppraiseWorkbook_OneChangeOutOfRange_NothingRecordedEveryProblemListed()
    {
        using var temp = new TempStore();
        var (store, stored) = await ArrangeAsync(temp);
        var workbook = AppraisalWorkbook(Mau2024, stored, ("II.1", 3m, "Thiếu báo cáo"), ("IV.3", 7m, "Quá điểm"), ("IV.4", 2m, ""));

        var changes = await ApplyAsync(store, workbook);

        Assert.All(changes, c => Assert.False(c.Ok));
        Assert.Contains(changes, c => c.Problem!.Contains("mục IV.3", StringComparison.Ordinal) && c.Problem.Contains("cần từ 0 đến 6", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Problem!.Contains("mục IV.4", StringComparison.Ordinal) && c.Problem.Contains("Thiếu lý do", StringComparison.Ordinal));
        Assert.Empty(await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct));
        Assert.Equal(SubmissionStates.Locked, Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct)).State);
    }

    [Fact]
    public async Task AppraiseWorkbook_MadeFromOtherAnswers_NothingRecorded()
    {
        using var temp = new TempStore();
        var (store, stored) = await ArrangeAsync(temp);
        var other = stored with { Answers = new Dictionary<string, Engine.Submissions.Answer>(stored.Answers) { ["II.1"] = new(2m) } };

        var changes = await ApplyAsync(store, AppraisalWorkbook(Mau2024, other, ("I.5", 1m, "Thiếu kế hoạch")));

        Assert.Contains("câu trả lời khác với lần nộp được nhận gần nhất (lần 1)", Assert.Single(changes).Problem);
        Assert.Empty(await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct));
    }

    [Fact]
    public async Task AppraiseWorkbook_SelfScoringWorkbookOrAnotherAgency_Refused()
    {
        using var temp = new TempStore();
        var (store, stored) = await ArrangeAsync(temp);

        var self = await ApplyAsync(store, Sample("mau-2024", AnLac));
        var other = await ApplyAsync(store, AppraisalWorkbook(Mau2024, stored, ("II.1", 3m, "x")), "ubnd-quan-bac-son");

        Assert.Contains("không phải bảng thẩm định", Assert.Single(self).Problem);
        Assert.Contains("ô C4", Assert.Single(other).Problem);
        Assert.Empty(await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct));
    }
}
