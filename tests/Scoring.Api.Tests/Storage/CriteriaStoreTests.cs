using Scoring.Api.UseCases;
using Scoring.Rules.Compilation;
using Scoring.Rules.Format;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Storage;

public class CriteriaStoreTests
{
    /// <summary>The store a test uses: SQLite here; the PostgreSQL subclass runs every test of this class against PostgreSQL.</summary>
    protected virtual TempStore NewStore() => new();

    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Freeze_FirstUseThenAgain_StoredOnceAndLoadsWithoutTheFile()
    {
        using var temp = NewStore();
        var versions = new Operations(temp.Open()).Criteria;
        var c = Criteria.Shipped("mau-2024");
        Assert.Equal(new FreezeOutcome(true, true, null), await versions.FreezeAsync(c, "staff", Ct));
        Assert.Equal(new FreezeOutcome(true, false, null), await versions.FreezeAsync(c, "staff", Ct));
        var loaded = await versions.LoadAsync("mau-2024", Ct);
        Assert.NotNull(loaded);
        Assert.Equal(c.Hash, loaded.Hash);
        Assert.Equal(CanonicalForm.Write(c.Version), CanonicalForm.Write(loaded.Version));
    }

    [Fact]
    public async Task Freeze_SameIdOtherContent_RefusedWithAdviceToMakeANewVersion()
    {
        using var temp = NewStore();
        var versions = new Operations(temp.Open()).Criteria;
        var c = Criteria.Shipped("mau-2024");
        await versions.FreezeAsync(c, "staff", Ct);
        var edited = RuleCompiler.Compile(c.Version with { Identity = c.Version.Identity with { Title = c.Version.Identity.Title + " (sửa)" } });
        var outcome = await versions.FreezeAsync(edited, "staff", Ct);
        Assert.False(outcome.Ok);
        Assert.Contains("Bộ tiêu chí \"mau-2024\" đã được dùng với nội dung khác", outcome.Problem);
        Assert.Contains("phiên bản mới với mã mới", outcome.Problem);
    }
}

/// <summary>Every test of <see cref="CriteriaStoreTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class CriteriaStoreTestsOnPostgres(Postgres.PostgresFixture postgres) : CriteriaStoreTests
{
    protected override TempStore NewStore() => new(postgres.NewDatabase());
}
