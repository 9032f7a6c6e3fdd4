using Scoring.Engine.Workflow;
using Scoring.Api.Storage;
using Scoring.Rules.Tests.Support;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

public class UploadDeadlineTests
{
    /// <summary>The store a test uses: SQLite here; the PostgreSQL subclass runs every test of this class against PostgreSQL.</summary>
    protected virtual TempStore NewStore() => new();

    [Fact]
    public async Task Upload_LastMinuteBeforeTheDeadline_OnTime()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        temp.Clock.Now = new DateTimeOffset(2024, 11, 30, 23, 59, 0, TimeSpan.FromHours(7));

        var result = await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));

        Assert.Equal((true, false), (result.Accepted, result.Late));
    }

    [Fact]
    public async Task Upload_AfterDeadlineUnderFlag_AcceptedAndFlaggedLate()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        // 30/11 17:30 UTC is already 01/12 in Vietnam: the deadline is a Vietnamese date.
        temp.Clock.Now = new DateTimeOffset(2024, 11, 30, 17, 30, 0, TimeSpan.Zero);

        var result = await UploadAsync(store, AnLac, Sample("mau-2024", AnLac));

        Assert.Equal((true, true), (result.Accepted, result.Late));
        Assert.Empty(result.Problems);
        Assert.True(Assert.Single(await store.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", Ct)).Late);
        var info = Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct));
        Assert.Equal((SubmissionState.Submitted, true), (info.State, info.Late));
        Assert.Contains("nộp muộn", (await store.Audit.ForAgencyAsync(AnLac, Ct))[^1].Detail);
    }

    [Fact]
    public async Task Upload_AfterDeadlineUnderRefuse_StoredRejectedNamingTheDeadline()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        temp.Clock.Now = new DateTimeOffset(2023, 12, 1, 8, 0, 0, TimeSpan.FromHours(7));

        var result = await UploadAsync(store, AnLac, Sample("mau-2023", AnLac), Criteria.Shipped("mau-2023"), year: 2023);

        Assert.Equal((false, true, 1), (result.Accepted, result.Late, result.Seq));
        Assert.Contains("hạn nộp là trước ngày 01/12/2023", Assert.Single(result.Problems).Message);
        var info = Assert.Single(await store.Submissions.ListAsync(2023, "mau-2023", Ct));
        Assert.Equal((SubmissionState.Draft, (long?)null), (info.State, info.LatestAcceptedRevision));
    }

    [Fact]
    public async Task Upload_OnTheDeadlineDayUnderRefuse_Refused()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        temp.Clock.Now = new DateTimeOffset(2024, 11, 30, 0, 0, 0, TimeSpan.FromHours(7));

        var result = await UploadAsync(store, "so-noi-vu", Sample("mau-9010-2024", "so-noi-vu"), Criteria.Shipped("mau-9010-2024"));

        Assert.False(result.Accepted);
        Assert.Contains("30/11/2024", Assert.Single(result.Problems).Message);
        temp.Clock.Now = temp.Clock.Now.AddSeconds(-1);
        Assert.True((await UploadAsync(store, "so-noi-vu", Sample("mau-9010-2024", "so-noi-vu"), Criteria.Shipped("mau-9010-2024"))).Accepted);
    }
}

/// <summary>Every test of <see cref="UploadDeadlineTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class UploadDeadlineTestsOnPostgres(Postgres.PostgresFixture postgres) : UploadDeadlineTests
{
    protected override TempStore NewStore() => new(postgres.NewDatabase());
}
