using Scoring.Engine.Workflow;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Spreadsheets;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

public class SubmissionStoreTests
{
    /// <summary>The store a test uses: SQLite here; the PostgreSQL subclass runs every test of this class against PostgreSQL.</summary>
    protected virtual TempStore NewStore() => new();

    [Fact]
    public async Task Upload_TwoAtTheSameMoment_BothKeptAsRevisionsOneAndTwo()
    {
        using var temp = NewStore();
        await OpenWithAgenciesAsync(temp);
        // Two stores, so two connections and two transactions; neither has frozen the criteria yet.
        var (first, second) = (temp.Open(), temp.Open());
        var bytes = Sample("mau-2024", AnLac);
        var start = new TaskCompletionSource();
        var a = Task.Run(async () => { await start.Task; return await UploadAsync(first, AnLac, bytes, actor: "Người A"); });
        var b = Task.Run(async () => { await start.Task; return await UploadAsync(second, AnLac, bytes, actor: "Người B"); });
        start.SetResult();
        var results = await Task.WhenAll(a, b);

        Assert.All(results, r => Assert.True(r.Accepted));
        Assert.Equal([1, 2], results.Select(r => r.Seq).Order());
        var revisions = await first.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", Ct);
        Assert.Equal([1, 2], revisions.Select(r => r.Seq));
        Assert.Equal(["Người A", "Người B"], revisions.Select(r => r.UploadedBy).Order());
        Assert.Equal(SubmissionState.Submitted, Assert.Single(await first.Submissions.ListAsync(2024, "mau-2024", Ct)).State);
        Assert.Equal(2, (await first.Audit.ForAgencyAsync(AnLac, Ct)).Count(e => e.Action == "submission.upload"));
    }

    [Fact]
    public async Task Upload_RejectedAfterAccepted_KeptWithErrorsAndNothingElseChanged()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        var good = await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));
        var bad = Workbooks.Edit(Sample("mau-2024", AnLac), s => s.Cells[Workbooks.Row(s, "II.1"), TemplateLayout.Points].Value = 9);

        var rejected = await UploadAsync(store, AnLac, bad);

        Assert.False(rejected.Accepted);
        Assert.Equal(2, rejected.Seq);
        var problem = Assert.Single(rejected.Problems);
        Assert.Equal("II.1", problem.Code);
        Assert.Contains("ô F", problem.Where);
        var revisions = await store.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", Ct);
        Assert.Equal([true, false], revisions.Select(r => r.Accepted));
        Assert.Equal(rejected.Problems, ProblemJson.Read(revisions[1].ErrorsJson));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bad)), revisions[1].Sha256);
        Assert.Equal(bad, (await store.Submissions.RevisionBytesAsync(rejected.RevisionId, Ct))!.Value.Bytes);
        var info = Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct));
        Assert.Equal((SubmissionState.Submitted, (long?)good.RevisionId), (info.State, info.LatestAcceptedRevision));
        Assert.Equal(["submission.upload", "submission.reject"], (await store.Audit.ForAgencyAsync(AnLac, Ct)).Where(e => e.Action.StartsWith("submission.", StringComparison.Ordinal)).Select(e => e.Action));
    }

    [Fact]
    public async Task Upload_FirstUploadRejected_DraftCreatedWithTheRevision()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);

        var result = await UploadAsync(store, "so-lao-dong-tbxh", Sample("mau-2024", "so-lao-dong-tbxh"));

        Assert.False(result.Accepted);
        Assert.Contains(result.Problems, p => p.Code == "II.1");
        var info = Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct));
        Assert.Equal((SubmissionState.Draft, (long?)null), (info.State, info.LatestAcceptedRevision));
        Assert.Empty(await store.Submissions.RunInputsAsync(2024, "mau-2024", Ct));
    }

    [Fact]
    public async Task Upload_Again_NewRevisionAndTheStoreRefusesToOverwriteOrDelete()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        var first = await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));
        temp.Clock.Now = temp.Clock.Now.AddHours(2);

        var second = await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));

        Assert.NotEqual(first.RevisionId, second.RevisionId);
        var revisions = await store.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", Ct);
        Assert.Equal(2, revisions.Count);
        Assert.NotEqual(revisions[0].UploadedAt, revisions[1].UploadedAt);
        await using var c = await temp.Database.OpenAsync(Ct);
        var update = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => c.ExecuteAsync("UPDATE revisions SET file_name = 'x' WHERE id = @Id", new { Id = first.RevisionId }));
        Assert.Contains("never overwritten", update.Message);
        var delete = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => c.ExecuteAsync("DELETE FROM revisions"));
        Assert.Contains("never deleted", delete.Message);
    }

    [Fact]
    public async Task Withdraw_ThenUploadBeforeLock_SubmittedAgainAndLocked()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));

        Assert.Equal(new StateChange(true, SubmissionState.Withdrawn, null), await store.WithdrawAsync(AnLac, 2024, "mau-2024", "Cán bộ đơn vị", Ct));
        var again = await store.WithdrawAsync(AnLac, 2024, "mau-2024", "Cán bộ đơn vị", Ct);
        Assert.False(again.Ok);
        Assert.Contains("Đã rút", again.Problem);
        Assert.True((await UploadAsync(store, AnLac, Sample("mau-2024", AnLac))).Accepted);
        Assert.Equal(SubmissionState.Submitted, Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct)).State);
        Assert.Equal(1, await store.LockAsync(2024, "mau-2024", "Sở Nội vụ", Ct));

        var late = await store.WithdrawAsync(AnLac, 2024, "mau-2024", "Cán bộ đơn vị", Ct);
        Assert.False(late.Ok);
        Assert.Contains("không rút được bài nộp sau khi khóa", late.Problem);
        Assert.Equal(SubmissionState.Locked, Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct)).State);
    }

    [Fact]
    public async Task Lock_WithdrawnAndDraft_StayAndAreMissingFromTheRun()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));
        await UploadAsync(store, "so-noi-vu", Sample("mau-2024", "so-noi-vu"));
        await UploadAsync(store, "so-lao-dong-tbxh", Sample("mau-2024", "so-lao-dong-tbxh"));
        await store.WithdrawAsync("so-noi-vu", 2024, "mau-2024", "Sở Nội vụ", Ct);

        Assert.Equal(1, await store.LockAsync(2024, "mau-2024", "Sở Nội vụ", Ct));

        var states = (await store.Submissions.ListAsync(2024, "mau-2024", Ct)).ToDictionary(s => s.AgencyCode, s => s.State);
        Assert.Equal(SubmissionState.Locked, states[AnLac]);
        Assert.Equal(SubmissionState.Withdrawn, states["so-noi-vu"]);
        Assert.Equal(SubmissionState.Draft, states["so-lao-dong-tbxh"]);
        Assert.Equal([AnLac], (await store.Submissions.RunInputsAsync(2024, "mau-2024", Ct)).Select(i => i.AgencyCode));
    }

    [Fact]
    public async Task Upload_AfterLock_RefusedSayingWhoLockedAndNothingStored()
    {
        using var temp = NewStore();
        var store = await LockedAnLacAsync(temp);

        var result = await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));

        Assert.False(result.Accepted);
        Assert.Equal((0L, 0), (result.RevisionId, result.Seq));
        Assert.StartsWith("Đã khóa nộp bài năm 2024 (bộ tiêu chí mau-2024) bởi Sở Nội vụ lúc 09:00 ngày 15/11/2024", Assert.Single(result.Problems).Message);
        var revisions = await store.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", Ct);
        Assert.Single(revisions);
        var info = Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct));
        Assert.Equal((SubmissionState.Locked, (long?)revisions[0].Id), (info.State, info.LatestAcceptedRevision));
    }

    [Fact]
    public async Task Upload_AppraisalWorkbook_RefusedHere()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);

        var result = await UploadAsync(store, "so-y-te", Sample("mau-2024", "so-y-te"));

        Assert.False(result.Accepted);
        Assert.Contains("Tệp là bảng thẩm định", result.Problems[0].Message);
    }

    [Fact]
    public async Task Upload_WorkbookOfAnotherAgency_RejectedNamingCellC4()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);

        var result = await UploadAsync(store, "so-tai-chinh", Sample("mau-2024", "so-noi-vu"));

        Assert.False(result.Accepted);
        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("ô C4", problem.Where);
        Assert.Contains("\"so-noi-vu\"", problem.Message);
    }

    [Fact]
    public async Task Upload_AgencyNotInRegistry_RefusedWithoutStoringAnything()
    {
        using var temp = NewStore();
        var store = temp.Open();

        var result = await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));

        Assert.Equal((false, 0L, 0), (result.Accepted, result.RevisionId, result.Seq));
        Assert.Contains("không có trong danh sách đơn vị", Assert.Single(result.Problems).Message);
        Assert.Empty(await store.Submissions.ListAsync(2024, "mau-2024", Ct));
    }
}

/// <summary>Every test of <see cref="SubmissionStoreTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class SubmissionStoreTestsOnPostgres(Postgres.PostgresFixture postgres) : SubmissionStoreTests
{
    protected override TempStore NewStore() => new(postgres.NewDatabase());
}
