using System.Diagnostics;
using System.Net;
using System.Text;
using Scoring.Api.Host;

namespace Scoring.Api.Tests.Support;

/// <summary>The server started as its own process, as an operator starts it (dotnet Scoring.Api.dll), in a working folder, with what it
/// printed: the lines up to the "running" line, or all of them when it exits first.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly StringBuilder _rest = new();
    private Task? _reading;

    private ServerProcess(Process process, string url)
    {
        Process = process;
        Url = url;
    }

    public Process Process { get; }

    public string Url { get; }

    /// <summary>The lines printed before the server said it was running (or before it exited).</summary>
    public List<string> Lines { get; } = [];

    /// <summary>Whether it said it was running (false: it exited first).</summary>
    public bool Running { get; private set; }

    /// <summary>The administrator code printed on a first start, if it was.</summary>
    public string? AdminToken => Lines.FirstOrDefault(l => l.Contains("hãy lưu lại): ", StringComparison.Ordinal)) is { } line ? line[(line.LastIndexOf(' ') + 1)..] : null;

    /// <summary>Starts the server on <paramref name="port"/> (a free one when null) with the store at <paramref name="db"/>; waits until it runs or exits.</summary>
    public static async Task<ServerProcess> StartAsync(string folder, string db, int? port = null, params string[] settings)
    {
        var url = $"http://127.0.0.1:{port ?? FreePort()}";
        var dll = typeof(ServerHost).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url, $"--ConnectionStrings:Scoring=Data Source={db}",
            $"--Scoring:CriteriaPath={Repo.Path("criteria")}", .. settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        var server = new ServerProcess(Process.Start(start)!, url);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var line = await server.Process.StandardOutput.ReadLineAsync();
            if (line is null)
            {
                server.Lines.Add(await server.Process.StandardError.ReadToEndAsync());
                await server.Process.WaitForExitAsync();
                return server;
            }
            server.Lines.Add(line);
            if (line.Contains(OperatorConsole.Running, StringComparison.Ordinal))
            {
                server.Running = true;
                server._reading = Task.WhenAll(Collect(server.Process.StandardOutput, server._rest), Collect(server.Process.StandardError, server._rest));
                return server;
            }
        }
        server.Process.Kill(entireProcessTree: true);
        throw new TimeoutException("The server did not start: " + string.Join('\n', server.Lines));
    }

    /// <summary>Kills it and returns what it printed after it said it was running.</summary>
    public async Task<string> KillAsync()
    {
        Process.Kill(entireProcessTree: true);
        await Process.WaitForExitAsync();
        if (_reading is not null)
        {
            await _reading;
        }
        lock (_rest)
        {
            return _rest.ToString();
        }
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }
        Process.Dispose();
    }

    private static async Task Collect(StreamReader reader, StringBuilder into)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (into)
            {
                into.AppendLine(line);
            }
        }
    }
}
