using Scoring.Api.Host;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Hostile;

/// <summary>The server process killed (SIGKILL) in the middle of uploads and of a run, then restarted on the same store.</summary>
public sealed class CrashTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scoring-crash-").FullName;
    private string Db => Path.Combine(_folder, "scoring.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Kill_DuringUploadsAndRun_AcknowledgedUploadsKeptNothingHalfWrittenNextRunsAgree()
    {
        var (server, url, admin) = await StartAsync();
        using var http = Client(url, admin!);
        using (var list = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(Repo.Path("samples", "agencies.csv"))), "file", "agencies.csv" } })
        {
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsync(new Uri("/api/agencies/import", UriKind.Relative), list)).StatusCode);
        }
        var acknowledged = new List<string>();
        var sample = File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", "ubnd-huyen-an-lac.xlsx"));
        var uploads = Task.Run(async () =>
        {
            for (var n = 0; ; n++)
            {
                try
                {
                    using var content = new MultipartFormDataContent { { new ByteArrayContent(sample), "file", $"an-lac-{n}.xlsx" } };
                    using var response = await http.PostAsync(new Uri("/api/submissions/mau-2024/2024/ubnd-huyen-an-lac", UriKind.Relative), content);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        lock (acknowledged)
                        {
                            acknowledged.Add(response.Headers.Location!.ToString());
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the server is gone
                }
            }
        });
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            lock (acknowledged)
            {
                if (acknowledged.Count >= 8)
                {
                    break;
                }
            }
            await Task.Delay(20);
        }
        Assert.True(acknowledged.Count >= 8, "The server acknowledged fewer than 8 uploads in a minute.");
        server.Kill(entireProcessTree: true);
        await uploads;
        await server.WaitForExitAsync();

        (server, url, _) = await StartAsync();
        using var again = Client(url, admin!);
        foreach (var location in acknowledged)
        {
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(new Uri(location, UriKind.Relative))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await again.PostAsync(new Uri("/api/submissions/mau-2024/2024/lock", UriKind.Relative), null)).StatusCode);
        var run = again.PostAsync(new Uri("/api/runs", UriKind.Relative), Json("""{"year":2024,"criteria":"mau-2024","knowingly":true}"""));
        await Task.Delay(30);
        server.Kill(entireProcessTree: true);
        try
        {
            await run;
        }
        catch (HttpRequestException)
        {
            // killed before it answered
        }
        await server.WaitForExitAsync();

        (server, url, _) = await StartAsync();
        using var third = Client(url, admin!);
        var hashes = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var created = await third.PostAsync(new Uri("/api/runs", UriKind.Relative), Json("""{"year":2024,"criteria":"mau-2024","knowingly":true}"""));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            hashes.Add(System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("resultsHash").GetString()!);
        }
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
        Assert.Equal(hashes[0], hashes[1]);

        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={Db}");
        await connection.OpenAsync();
        Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        var revisions = (await connection.QueryAsync<(long Seq, byte[] Bytes, string Sha)>(
            "SELECT r.seq, r.bytes, r.sha256 FROM revisions r JOIN submissions s ON s.id = r.submission_id WHERE s.agency_code = 'ubnd-huyen-an-lac' ORDER BY r.seq")).ToList();
        Assert.True(revisions.Count >= acknowledged.Count);
        Assert.Equal(Enumerable.Range(1, revisions.Count).Select(i => (long)i), revisions.Select(r => r.Seq));
        Assert.All(revisions, r => Assert.Equal(r.Sha, Convert.ToHexStringLower(SHA256.HashData(r.Bytes))));
        var partial = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM runs r WHERE (SELECT COUNT(*) FROM run_results x WHERE x.run_id = r.id) <> (SELECT COUNT(*) FROM run_inputs i WHERE i.run_id = r.id) OR NOT EXISTS (SELECT 1 FROM run_results x WHERE x.run_id = r.id)");
        Assert.Equal(0, partial);
    }

    private static HttpClient Client(string url, string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>Starts the server as its own process on a free port; returns it, its address and (on a first start) the admin token.</summary>
    private async Task<(Process Process, string Url, string? AdminToken)> StartAsync()
    {
        var server = await ServerProcess.StartAsync(_folder, Db);
        Assert.True(server.Running, string.Join('\n', server.Lines));
        return (server.Process, server.Url, server.AdminToken);
    }
}
