using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Scoring.Api.Tests.Postgres;

/// <summary>A throwaway PostgreSQL cluster in a temporary folder: initdb, then the server on a free loopback port (pg_ctl), as the postgres
/// user when the tests run as root (PostgreSQL refuses to run as root); stopped and removed on dispose. No Docker, no system service.
/// The programs come from Debian's postgresql package, which the test command installs when missing (scripts/ensure-postgresql.sh).</summary>
public sealed class PostgresCluster : IDisposable
{
    private const string User = "scoring";
    private readonly string _folder;
    private readonly string _bin;
    private readonly bool _asPostgres;

    private PostgresCluster(string folder, string bin, bool asPostgres, int port)
    {
        (_folder, _bin, _asPostgres, Port) = (folder, bin, asPostgres, port);
    }

    /// <summary>The port the server listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>A connection string to a database of the cluster.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Pooling=true;Include Error Detail=true";

    /// <summary>Creates and starts a cluster: for tests without syncing to disk; <paramref name="durable"/> (for benchmarks beside SQLite's
    /// synchronous=FULL) with PostgreSQL's defaults (fsync, synchronous commit).</summary>
    public static PostgresCluster Start(bool durable = false)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL is missing: the test command installs it (scripts/ensure-postgresql.sh, run by `dotnet test`); it could not here (needs root and apt-get).");
        }
        var folder = Directory.CreateTempSubdirectory("scoring-pg-").FullName;
        var root = Environment.UserName == "root";
        if (root)
        {
            // The cluster's folder is the postgres user's.
            Run("chown", ["-R", "postgres:postgres", folder], asPostgres: false);
        }
        var data = Path.Combine(folder, "data");
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], root);
        var port = FreePort();
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c max_connections=200"
            + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start"], root);
        return new PostgresCluster(folder, bin, root, port);
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase(string name)
    {
        Run(Path.Combine(_bin, "createdb"), ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", User, name], _asPostgres);
        return ConnectionString(name);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], _asPostgres);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
            catch (UnauthorizedAccessException)
            {
                // Left for the OS to clean.
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private static void Run(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var psi = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var a in (string[])["-u", "postgres", "--", program])
            {
                psi.ArgumentList.Add(a);
            }
        }
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish in 120 s.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}
