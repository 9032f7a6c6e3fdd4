using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using Scoring.Api.Tests.Spreadsheets;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Hostile;

/// <summary>The server's memory stays bounded while hostile workbooks are uploaded concurrently over HTTP (issue 14): before the package was
/// rebuilt from the checked entries, one 1.5 MB upload with a part hidden in the local headers took the server from 260 MB to 3.1 GB, and
/// three at once ended in OutOfMemoryException. Measured as the peak resident set of the server's own process.</summary>
public sealed class HostileMemoryTests : IDisposable
{
    private const string AnLac = "ubnd-huyen-an-lac";
    private const long BoundBytes = 1024L * 1024 * 1024;
    private readonly string _folder = Directory.CreateTempSubdirectory("scoring-memory-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Upload_HostileWorkbooks16AtATime_EveryOneAnsweredNo5xxPeakMemoryUnder1GiB()
    {
        using var server = await ServerProcess.StartAsync(_folder, Path.Combine(_folder, "scoring.db"));
        Assert.True(server.Running, string.Join('\n', server.Lines));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromMinutes(3) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.AdminToken);
        using (var list = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(Repo.Path("samples", "agencies.csv"))), "file", "agencies.csv" } })
        {
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsync(new Uri("/api/agencies/import", UriKind.Relative), list)).StatusCode);
        }
        // 300 MB of zeros behind the central directory's back, a zip bomb, a billion laughs, a million rows: each small on the wire.
        var hidden = HiddenEntries.WithLocalOnlyEntry(HostileFiles.Sample, "xl/media/image9.bin", new byte[300 * 1024 * 1024]);
        byte[][] files = [hidden, HostileFiles.RealBomb(), HostileFiles.DeclaredBomb(), HostileFiles.WithSheet(HostileFiles.BillionLaughs),
            HostileFiles.WithSheet(HostileFiles.MillionRows), HostileFiles.WithSheet(HostileFiles.HugeSharedStrings)];
        var before = PeakBytes(server.Process.Id);

        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < 3; round++)
        {
            statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
            {
                using var content = new MultipartFormDataContent { { new ByteArrayContent(files[i % files.Length]), "file", $"doc-hai-{round}-{i}.xlsx" } };
                using var response = await http.PostAsync(new Uri($"/api/submissions/mau-2024/2024/{AnLac}", UriKind.Relative), content);
                return response.StatusCode;
            })));
        }

        var peak = PeakBytes(server.Process.Id);
        Assert.Equal(48, statuses.Count);
        Assert.All(statuses, s => Assert.True((int)s < 500, $"{s}"));
        Assert.Contains(HttpStatusCode.Created, statuses); // the hidden part is never read: the workbook itself is fine
        Assert.True(peak < BoundBytes, $"The server's peak resident memory was {peak / (1024 * 1024)} MiB (before the uploads {before / (1024 * 1024)} MiB).");
    }

    /// <summary>The process's peak resident set (VmHWM), in bytes.</summary>
    private static long PeakBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
