using Scoring.Engine.Workflow;
using Scoring.Api.Storage;
using Scoring.Rules.Tests.Support;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

public class AppraisalStoreTests
{
    /// <summary>The store a test uses: SQLite here; the PostgreSQL subclass runs every test of this class against PostgreSQL.</summary>
    protected virtual TempStore NewStore() => new();

    private static Task<StateChange> AppraiseAsync(Store store, string item, decimal? points, string reason, string agency = AnLac) =>
        store.AppraiseAsync(agency, 2024, Mau2024, item, points, reason, "Tổ thẩm định", Ct);

    [Fact]
    public async Task Appraise_TwiceThenClear_ChainKeepsEveryValueAndReason()
    {
        using var temp = NewStore();
        var store = await LockedAnLacAsync(temp);

        Assert.Equal(new StateChange(true, SubmissionState.Appraised, null), await AppraiseAsync(store, "II.1", 3m, "Thiếu báo cáo kết quả tuyên truyền"));
        Assert.True((await AppraiseAsync(store, "II.1", 3.5m, "Đã bổ sung báo cáo")).Ok);
        Assert.True((await AppraiseAsync(store, "II.1", null, "Trở lại điểm tự chấm sau khi thống nhất")).Ok);

        var chain = await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct);
        Assert.Equal([3m, 3.5m, null], chain.Select(a => a.Points));
        Assert.Equal([null, 3m, 3.5m], chain.Select(a => a.PreviousPoints));
        Assert.Equal([null, chain[0].Id, chain[1].Id], chain.Select(a => a.PreviousId));
        Assert.Equal("Thiếu báo cáo kết quả tuyên truyền", chain[0].Reason);
        Assert.All(chain, a => Assert.Equal("Tổ thẩm định", a.AppraisedBy));
        var input = Assert.Single(await store.Submissions.RunInputsAsync(2024, "mau-2024", Ct));
        Assert.Empty(input.AppraisalIds);
        Assert.Null(input.Submission.Appraisals);
        Assert.Equal(SubmissionState.Appraised, Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct)).State);
        var audit = (await store.Audit.ForAgencyAsync(AnLac, Ct)).Where(e => e.Action.StartsWith("appraisal.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["appraisal.set", "appraisal.set", "appraisal.clear"], audit.Select(e => e.Action));
        Assert.Contains("điểm tự chấm 4,75", audit[1].Detail);
        Assert.Contains("điểm thẩm định 3 → điểm thẩm định 3,5", audit[1].Detail);
    }

    [Theory]
    [InlineData("IX.9", "1", "x", "không có trong bộ tiêu chí mau-2024")]
    [InlineData("IV.2", "1", "x", "không áp dụng cho khối UBND quận, huyện")]
    [InlineData("II.1", "5.25", "x", "nằm ngoài khoảng cho phép: cần từ 0 đến 5")]
    [InlineData("II.1", "-1", "x", "nằm ngoài khoảng cho phép")]
    [InlineData("II.1", "3", "  ", "Thiếu lý do thẩm định tiêu chí II.1")]
    [InlineData("II.1", null, "x", "chưa có điểm thẩm định: không có gì để xóa")]
    public async Task Appraise_InvalidChange_RefusedAndNothingStored(string item, string? points, string reason, string expected)
    {
        using var temp = NewStore();
        var store = await LockedAnLacAsync(temp);

        var result = await AppraiseAsync(store, item, points is null ? null : decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture), reason);

        Assert.Equal((false, SubmissionState.Locked), (result.Ok, result.State));
        Assert.Contains(expected, result.Problem);
        Assert.Empty(await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct));
        Assert.DoesNotContain(await store.Audit.ForAgencyAsync(AnLac, Ct), e => e.Action.StartsWith("appraisal.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Appraise_BeforeLock_Refused()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));

        var result = await AppraiseAsync(store, "II.1", 3m, "x");

        Assert.False(result.Ok);
        Assert.Contains("chỉ thẩm định bài nộp đã khóa", result.Problem);
    }

    [Fact]
    public async Task Appraise_ItemAnsweredNotApplicable_Refused()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        var c = Criteria.Shipped("mau-9010-2024");
        await UploadAsync(store, "so-tu-phap", Sample("mau-9010-2024", "so-tu-phap"), c);
        await store.LockAsync(2024, "mau-9010-2024", "Sở Nội vụ", Ct);

        var result = await store.AppraiseAsync("so-tu-phap", 2024, c, "C.3", 4m, "Có đơn thư", "Tổ thẩm định", Ct);

        Assert.False(result.Ok);
        Assert.Contains("đã trả lời \"không áp dụng\" cho tiêu chí C.3", result.Problem);
    }

    [Fact]
    public async Task RunInputs_AfterReuploadAndAppraisal_LatestAcceptedRevisionAndCurrentAppraisals()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));
        var latest = await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));
        await UploadAsync(store, AnLac, Sample("mau-2024", "so-lao-dong-tbxh"));
        await store.LockAsync(2024, "mau-2024", "Sở Nội vụ", Ct);
        await AppraiseAsync(store, "II.1", 4m, "Lần đầu");
        await AppraiseAsync(store, "II.1", 2m, "Chưa có báo cáo kết quả");
        await AppraiseAsync(store, "IV.3", 3m, "Chưa tổ chức đối thoại ở cấp xã");

        var input = Assert.Single(await store.Submissions.RunInputsAsync(2024, "mau-2024", Ct));

        Assert.Equal(latest.RevisionId, input.RevisionId);
        var current = (await store.Submissions.AppraisalsAsync(AnLac, 2024, "mau-2024", Ct)).Skip(1).Select(a => a.Id);
        Assert.Equal(current, input.AppraisalIds);
        Assert.Equal(new Engine.Submissions.Appraisal(2m, "Chưa có báo cáo kết quả"), input.Submission.Appraisals!["II.1"]);
        var rebuilt = await store.Submissions.RebuildAsync(input.RevisionId, input.AppraisalIds, Ct);
        Assert.Equal(SubmissionJson.Write(input.Submission), SubmissionJson.Write(rebuilt));
        Assert.Equal(input.Submission.Appraisals, rebuilt.Appraisals);
        var self = Mau2024.Scorer.Evaluate(input.Submission with { Appraisals = null });
        var appraised = Mau2024.Scorer.Evaluate(input.Submission);
        var item = appraised.Items.Single(i => i.Code == "II.1");
        Assert.Equal((2m, (decimal?)4.75m, "Chưa có báo cáo kết quả"), (item.Points, item.SelfPoints, item.AppraisalReason));
        Assert.True(appraised.Total < self.Total);
    }

    [Fact]
    public async Task Rebuild_AppraisalOfAnotherSubmission_Throws()
    {
        using var temp = NewStore();
        var store = await LockedAnLacAsync(temp);
        await AppraiseAsync(store, "II.1", 4m, "x");
        var input = Assert.Single(await store.Submissions.RunInputsAsync(2024, "mau-2024", Ct));

        await Assert.ThrowsAsync<StoreIntegrityException>(() => store.Submissions.RebuildAsync(input.RevisionId, [input.AppraisalIds[0], 999], Ct));
    }
}

/// <summary>Every test of <see cref="AppraisalStoreTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class AppraisalStoreTestsOnPostgres(Postgres.PostgresFixture postgres) : AppraisalStoreTests
{
    protected override TempStore NewStore() => new(postgres.NewDatabase());
}
