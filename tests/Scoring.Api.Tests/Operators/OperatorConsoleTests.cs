using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using Scoring.Api.Host;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Operators;

/// <summary>The server as an operator starts it: what it prints, and what it refuses to start with (issue 14, part 8 and 9).</summary>
public sealed class OperatorConsoleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scoring-operator-").FullName;

    private string Db => Path.Combine(_folder, "data", "scoring.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Start_AddressInUse_SaysSoInVietnameseCreatesNothingPrintsNoCode()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        using var server = await ServerProcess.StartAsync(_folder, Db, port);

        Assert.False(server.Running);
        Assert.Equal(ServerRun.CannotBind, server.Process.ExitCode);
        var printed = string.Join('\n', server.Lines);
        Assert.Contains($"Không mở được địa chỉ http://127.0.0.1:{port}", printed);
        Assert.DoesNotContain("Mã đăng nhập", printed);
        Assert.DoesNotContain("Exception", printed);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task Start_ReadOnlyStore_ClearVietnameseErrorNoCodeNonZeroExit()
    {
        await Store.OpenAsync(Database.ForFile(Db), CancellationToken.None);
        SqliteConnection.ClearAllPools();
        ReadOnly(Db, true);
        try
        {
            using var server = await ServerProcess.StartAsync(_folder, Db);

            Assert.False(server.Running);
            Assert.Equal(ServerRun.CannotStart, server.Process.ExitCode);
            var printed = string.Join('\n', server.Lines);
            Assert.Contains($"Không khởi động được máy chủ: kho dữ liệu {Db}", printed);
            Assert.Matches("chỉ cho đọc|Không mở được kho dữ liệu", printed);
            Assert.DoesNotContain("Mã đăng nhập", printed);
            Assert.DoesNotContain("SQLite Error", printed);
        }
        finally
        {
            ReadOnly(Db, false);
        }
    }

    [Fact]
    public async Task Start_FirstStart_PrintsCodeStoreCriteriaAndAddressLastAndNoRequestLogs()
    {
        using var server = await ServerProcess.StartAsync(_folder, Db);
        Assert.True(server.Running, string.Join('\n', server.Lines));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.AdminToken);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/api/criteria", UriKind.Relative))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/api/khong-co", UriKind.Relative))).StatusCode);
        var after = await server.KillAsync();

        Assert.NotNull(server.AdminToken);
        Assert.Contains(server.Lines, l => l == $"Kho dữ liệu: {Db}");
        Assert.Contains(server.Lines, l => l.StartsWith("Tiêu chí (", StringComparison.Ordinal) && l.Contains("mau-2024") && l.Contains("mau-2026"));
        Assert.Contains(server.Lines, l => l.Contains("tokens issue", StringComparison.Ordinal));
        Assert.StartsWith(OperatorConsole.Running + ": " + server.Url, server.Lines[^1]);
        // Nothing printed per request, in the summary or after it: the code stays on screen.
        Assert.DoesNotContain("/api/criteria", string.Join('\n', server.Lines) + after);
        Assert.DoesNotContain("Request", after);
    }

    /// <summary>Makes a file unwritable, also for root (immutable attribute); undoes it.</summary>
    private static void ReadOnly(string file, bool on)
    {
        if (Environment.UserName == "root" || !OperatingSystem.IsLinux())
        {
            using var chattr = Process.Start("chattr", [on ? "+i" : "-i", file])!;
            chattr.WaitForExit();
            Assert.Equal(0, chattr.ExitCode);
        }
        else
        {
            File.SetUnixFileMode(file, on ? UnixFileMode.UserRead : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
