using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Postgres;

/// <summary>The upload quota (issue 14) holds the same on both stores: a bounded number of uploads and bytes per agency and year, a file
/// that is not a workbook kept as its hash, size and name only, and nothing stored by a refused upload.</summary>
[Collection(PostgresTests.Name)]
public sealed class QuotaContractTests(PostgresFixture postgres)
{
    private Task<Store> OpenAsync(bool pg) => BothStores.OpenAsync(postgres, pg);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Upload_BeyondTheCountOrTheBytes_RefusedAndNothingStored(bool pg)
    {
        var store = await OpenAsync(pg);
        var bytes = Sample("mau-2024", AnLac);
        var ops = new Operations(store, new RevisionQuota(3, 100L * 1024 * 1024));
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await ops.Upload.RunAsync(AnLac, 2024, Mau2024, bytes, $"lan-{i}.xlsx", "Cán bộ đơn vị", Ct)).Ok);
        }

        var byCount = await ops.Upload.RunAsync(AnLac, 2024, Mau2024, bytes, "lan-4.xlsx", "Cán bộ đơn vị", Ct);
        var byBytes = await new Operations(store, new RevisionQuota(50, bytes.Length * 3L + 10)).Upload.RunAsync(AnLac, 2024, Mau2024, bytes, "lan-5.xlsx", "Cán bộ đơn vị", Ct);

        Assert.Equal((OutcomeKind.Conflict, OutcomeKind.Conflict), (byCount.Kind, byBytes.Kind));
        Assert.Contains("(tối đa 3 lần): không lưu thêm", byCount.Message, StringComparison.Ordinal);
        Assert.Contains("MB (tối đa", byBytes.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await store.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", Ct)).Count);
        Assert.Equal(3, (await store.Audit.ForAgencyAsync(AnLac, Ct)).Count(a => a.Action == "submission.upload"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Upload_NotAWorkbook_RejectedWithItsHashSizeAndNameOnly(bool pg)
    {
        var store = await OpenAsync(pg);
        var noise = new byte[50_000];
        new Random(7).NextBytes(noise);

        var outcome = await new Operations(store).Upload.RunAsync(AnLac, 2024, Mau2024, noise, "bao-cao.xlsx", "Cán bộ đơn vị", Ct);

        Assert.Equal(OutcomeKind.Rejected, outcome.Kind);
        var stored = Assert.Single(await store.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", Ct));
        Assert.Equal(("bao-cao.xlsx", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(noise))), (stored.FileName, stored.Sha256));
        Assert.Empty((await store.Submissions.RevisionBytesAsync(stored.Id, Ct))!.Value.Bytes);
    }
}
