using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Postgres;

/// <summary>The audit log's search by person ignores letter case for Vietnamese capitals (Đ, Ỗ, …) on both stores.</summary>
[Collection(PostgresTests.Name)]
public sealed class AuditSearchContractTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_PersonInCapitals_FindsTheirWrites(bool pg)
    {
        var store = await BothStores.OpenAsync(postgres, pg);
        Assert.True((await new Operations(store).Upload.RunAsync(AnLac, 2024, Mau2024, Sample("mau-2024", AnLac), "an-lac.xlsx", "Đỗ Thị Ửng", Ct)).Ok);

        var found = await store.Audit.SearchAsync(null, null, "ĐỖ THỊ ỬNG", null, null, 100, Ct);
        var lower = await store.Audit.SearchAsync(null, null, "đỗ thị ửng", null, null, 100, Ct);

        Assert.Contains("submission.upload", found.Select(a => a.Action));
        Assert.All(found, a => Assert.Equal("Đỗ Thị Ửng", a.Actor));
        Assert.Equal(found.Select(a => a.Id), lower.Select(a => a.Id));
    }
}
