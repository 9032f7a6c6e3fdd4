using Scoring.Api.Tests.Support;
using Scoring.Api.UseCases;
using Scoring.Engine.Registry;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

/// <summary>An agency dissolved or founded in the reorganisation is tracked only in the years it exists (as runs already rank it).</summary>
public class AgencyActivityTests
{
    /// <summary>The store a test uses: SQLite here; the PostgreSQL subclass runs every test of this class against PostgreSQL.</summary>
    protected virtual TempStore NewStore() => new();

    [Fact]
    public void ActiveIn_FoundedAndDissolved_OnlyTheYearsItExists()
    {
        var merged = new AgencyInfo("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", "so-nganh", ActiveTo: new DateOnly(2025, 2, 28));
        var founded = new AgencyInfo("so-nnmt", "Sở Nông nghiệp và Môi trường", "so-nganh", ActiveFrom: new DateOnly(2025, 3, 1));
        Assert.Equal([true, true, false], new[] { 2024, 2025, 2026 }.Select(merged.ActiveIn));
        Assert.Equal([false, true, true], new[] { 2024, 2025, 2026 }.Select(founded.ActiveIn));
    }

    [Fact]
    public async Task Tracker_AgencyDissolvedBeforeTheYear_NotListedUnlessItSubmitted()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        await store.Agencies.ImportAsync([new AgencyInfo("so-lao-dong-tbxh", "Sở Lao động - Thương binh và Xã hội", "so-nganh", ActiveTo: new DateOnly(2025, 2, 28))],
            "sap-xep-2025.csv", "Quản trị", Ct);
        var ops = new Operations(store);
        static bool Lists(Tracker t, string code) => t.Groups.SelectMany(g => g.Rows).Any(r => r.Code == code);
        Assert.True(Lists(await ops.Tracker.RunAsync(Mau2024.Version, 2024, Ct), "so-lao-dong-tbxh"));
        Assert.False(Lists(await ops.Tracker.RunAsync(Mau2024.Version, 2026, Ct), "so-lao-dong-tbxh"));
        Assert.True(Lists(await ops.Tracker.RunAsync(Mau2024.Version, 2026, Ct), "so-noi-vu"));
    }
}

/// <summary>Every test of <see cref="AgencyActivityTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class AgencyActivityTestsOnPostgres(Postgres.PostgresFixture postgres) : AgencyActivityTests
{
    protected override TempStore NewStore() => new(postgres.NewDatabase());
}
