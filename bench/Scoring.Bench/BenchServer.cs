using System.Diagnostics;
using System.Net;
using Scoring.Api.Host;

namespace Scoring.Bench;

/// <summary>The server as deployed, for the HTTP rows: its own process (dotnet Scoring.Api.dll, with the server GC its project sets) on a free
/// loopback port, over a given store and criteria folder; killed when disposed.</summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private readonly Process _process;

    private BenchServer(Process process, string url) => (_process, Url) = (process, url);

    /// <summary>The server's address.</summary>
    public string Url { get; }

    /// <summary>Starts the server and returns once it says it is running.</summary>
    public static async Task<BenchServer> StartAsync(string folder, string db, string criteria, params string[] settings)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var process = Process.Start(new ProcessStartInfo("dotnet", [typeof(ServerHost).Assembly.Location, "--urls", url,
            $"--ConnectionStrings:Scoring=Data Source={db}", $"--Scoring:CriteriaPath={criteria}", .. settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        })!;
        while (await process.StandardOutput.ReadLineAsync() is { } line && !line.Contains(OperatorConsole.Running, StringComparison.Ordinal))
        {
        }
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return new BenchServer(process, url);
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
