using Scoring.Api.UseCases;
using Scoring.Rules.Compilation;
using Scoring.Rules.Format;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Storage;

public class CriteriaStoreTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Freeze_FirstUseThenAgain_StoredOnceAndLoadsWithoutTheFile()
    {
        using var temp = new TempStore();
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
        using var temp = new TempStore();
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
