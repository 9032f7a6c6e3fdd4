using System.Net;
using System.Net.Http.Headers;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Xunit;

namespace Scoring.Api.Tests.Hostile;

/// <summary>Hostile files through POST /api/submissions/mau-2024/2024/{agency}: a Vietnamese 4xx, the server stays up, and no accepted revision appears.</summary>
public sealed class HostileUploadApiTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public HostileUploadApiTests() => _factory.ImportSampleAgencies();

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string> Files => ["truncated", "declared-bomb", "real-bomb", "million-rows", "shared-strings", "billion-laughs", "password", "other-version", "not-zip"];

    private static byte[] Build(string kind) => kind switch
    {
        "truncated" => HostileFiles.Truncated,
        "declared-bomb" => HostileFiles.DeclaredBomb(),
        "real-bomb" => HostileFiles.RealBomb(),
        "million-rows" => HostileFiles.WithSheet(HostileFiles.MillionRows),
        "shared-strings" => HostileFiles.Replace(HostileFiles.Sample, "xl/sharedStrings.xml", HostileFiles.HugeSharedStrings),
        "billion-laughs" => HostileFiles.WithSheet(HostileFiles.BillionLaughs),
        "password" => HostileFiles.Password(),
        "other-version" => HostileFiles.OtherVersion,
        _ => "=cmd|' /C calc'!A0\n"u8.ToArray(),
    };

    private static MultipartFormDataContent Upload(byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "doc-hai.xlsx" } };
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Upload_HostileFile_VietnameseClientErrorAndNoAcceptedRevision(string kind)
    {
        var client = _factory.ClientAs(Roles.Agency, HostileFiles.Agency);

        var response = await client.PostAsync(ApiClient.Url($"/api/submissions/mau-2024/2024/{HostileFiles.Agency}"), Upload(Build(kind)));

        var status = (int)response.StatusCode;
        Assert.InRange(status, 400, 499);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tệp", body);
        var revisions = await _factory.Store.Submissions.RevisionsAsync(HostileFiles.Agency, 2024, "mau-2024", CancellationToken.None);
        Assert.True(revisions.Count <= 1);
        Assert.DoesNotContain(revisions, r => r.Accepted);
        // The server still answers, and a good workbook is still taken.
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(client, HostileFiles.Agency)).StatusCode);
    }
}
