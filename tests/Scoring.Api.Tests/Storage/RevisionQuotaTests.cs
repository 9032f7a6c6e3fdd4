using System.Net;
using Dapper;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Scoring.Api.Tests.Support;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

/// <summary>Storage an agency's uploads may take is bounded: a bounded number of uploads and bytes per agency and year; a file that is not
/// a workbook keeps its hash, size, name and reason but not its bytes; a very long file name is cut.</summary>
public sealed class RevisionQuotaTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<HttpResponseMessage> PostAsync(byte[] bytes, string name) => ApiClient.UploadBytesAsync(_factory.ClientAs(Roles.Staff), AnLac, bytes, name);

    [Fact]
    public async Task Upload_RandomBytes_RejectedAndOnlyHashSizeNameAndReasonKept()
    {
        _factory.ImportSampleAgencies();
        var noise = new byte[200_000];
        new Random(7).NextBytes(noise);

        var response = await PostAsync(noise, "bao-cao.xlsx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        await using var connection = await _factory.Store.Database.OpenAsync(CancellationToken.None);
        var row = await connection.QuerySingleAsync<(long Length, long Size, string Sha)>("SELECT LENGTH(bytes), size, sha256 FROM revisions");
        Assert.Equal((0L, 200_000L), (row.Length, row.Size));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(noise)), row.Sha);
        var download = await _factory.ClientAs(Roles.Staff).GetAsync(ApiClient.Url($"/api/submissions/mau-2024/2024/{AnLac}/revisions/1"));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Contains("không phải sổ Excel nên chỉ lưu tên, kích thước", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Upload_FileNameOf5000Characters_CutTo255KeepingTheExtension()
    {
        _factory.ImportSampleAgencies();

        var response = await PostAsync(Sample("mau-2024", AnLac), new string('a', 5_000) + ".xlsx");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = Assert.Single(await _factory.Store.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", CancellationToken.None));
        Assert.Equal(255, stored.FileName.Length);
        Assert.EndsWith("….xlsx", stored.FileName, StringComparison.Ordinal);
        Assert.True(response.Headers.ToString().Length < 2_000, "A response header carries the whole name.");
    }

    [Fact]
    public async Task Upload_BeyondTheQuota_RefusedInVietnameseAndNothingStored()
    {
        using var temp = new TempStore();
        var store = await OpenWithAgenciesAsync(temp);
        var ops = new Operations(store, new RevisionQuota(3, 100L * 1024 * 1024));
        var bytes = Sample("mau-2024", AnLac);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await ops.Upload.RunAsync(AnLac, 2024, Mau2024, bytes, $"lan-{i}.xlsx", "Cán bộ đơn vị", Ct)).Ok);
        }

        var fourth = await ops.Upload.RunAsync(AnLac, 2024, Mau2024, bytes, "lan-4.xlsx", "Cán bộ đơn vị", Ct);

        Assert.Equal(OutcomeKind.Conflict, fourth.Kind);
        Assert.StartsWith("Đã lưu 3 lần nộp của bài nộp năm 2024", fourth.Message, StringComparison.Ordinal);
        Assert.Contains("(tối đa 3 lần): không lưu thêm", fourth.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await store.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", Ct)).Count);

        var bytesQuota = new Operations(store, new RevisionQuota(50, bytes.Length * 3L + 10));
        var byBytes = await bytesQuota.Upload.RunAsync(AnLac, 2024, Mau2024, bytes, "lan-5.xlsx", "Cán bộ đơn vị", Ct);
        Assert.Equal(OutcomeKind.Conflict, byBytes.Kind);
        Assert.Contains("MB (tối đa", byBytes.Message, StringComparison.Ordinal);
    }
}
