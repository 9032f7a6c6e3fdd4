using Scoring.Engine.Registry;
using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Scoring.Api.Tests.Spreadsheets;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Hostile;

/// <summary>The last hour before the deadline: many agencies uploading at once over loopback to the real server.</summary>
public class LoadTests
{
    private const int Clients = 50;
    private const int UploadsEach = 20;

    [Fact]
    public async Task Upload_50ClientsTimes20Workbooks_No5xxEveryAcknowledgedUploadStoredOnceIntegrityOk()
    {
        await using var server = await LiveServer.StartAsync();
        var criteria = Criteria.Shipped("mau-2024");
        var sample = Workbooks.Sample(criteria, "ubnd-huyen-an-lac");
        var agencies = Enumerable.Range(1, Clients).Select(i => new AgencyInfo($"ubnd-xa-{i:00}", $"UBND xã {i:00}", "quan-huyen")).ToList();
        await server.Store.Agencies.ImportAsync(agencies, "tai-thu", "test", CancellationToken.None);
        var token = await server.Store.Tokens.CreateAsync("Cán bộ thử tải", Roles.Staff, null, "test", CancellationToken.None);
        var bytes = agencies.ToDictionary(a => a.Code, a => Workbooks.Filled(criteria, sample with { AgencyCode = a.Code, AgencyName = a.Name }));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<(string Agency, string Location)>();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll(agencies.Select(a => Task.Run(async () =>
        {
            for (var n = 0; n < UploadsEach; n++)
            {
                using var content = new MultipartFormDataContent { { new ByteArrayContent(bytes[a.Code]), "file", $"{a.Code}-{n}.xlsx" } };
                using var response = await http.PostAsync(new Uri($"/api/submissions/mau-2024/2024/{a.Code}", UriKind.Relative), content);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((a.Code, response.Headers.Location?.ToString() ?? ""));
                }
                else
                {
                    failures.Add($"{a.Code} #{n}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        })));

        Assert.Empty(failures);
        Assert.Equal(Clients * UploadsEach, acknowledged.Count);
        Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.Location).Distinct().Count());
        await using var connection = await server.Store.Database.OpenAsync(CancellationToken.None);
        var perAgency = (await connection.QueryAsync<(string Agency, long Count, long MaxSeq)>(
            "SELECT s.agency_code, COUNT(*), MAX(r.seq) FROM revisions r JOIN submissions s ON s.id = r.submission_id GROUP BY s.agency_code")).ToList();
        Assert.Equal(Clients, perAgency.Count);
        Assert.All(perAgency, p => Assert.Equal((UploadsEach, UploadsEach), (p.Count, p.MaxSeq)));
        Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
    }
}
