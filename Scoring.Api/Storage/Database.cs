using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Scoring.Api.Storage;

/// <summary>The embedded SQLite store: opens connections with foreign keys on and a busy timeout; the clock is passed in.</summary>
public sealed class Database
{
    /// <summary>The default store file, relative to the working directory.</summary>
    public const string DefaultPath = "data/scoring.db";

    /// <summary>How long a write waits for another writer by default (the command line; the server sets its own, shorter).</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Uses a connection string, a clock and how long a write waits for another writer.</summary>
    public Database(string connectionString, TimeProvider clock, TimeSpan? busyTimeout = null)
    {
        ConnectionString = connectionString;
        Clock = clock;
        BusyTimeout = busyTimeout ?? DefaultBusyTimeout;
    }

    /// <summary>How long a write waits for the write lock held by another writer before it fails as busy.</summary>
    public TimeSpan BusyTimeout { get; }

    /// <summary>One write transaction at a time from this process, in arrival order: writers of one process queue here instead of
    /// polling SQLite's lock (which is not fair: under load a writer can wait past the busy timeout while others go first), so the busy
    /// timeout measures only another process holding the store.</summary>
    internal SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>The connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>The clock every write reads its time from.</summary>
    public TimeProvider Clock { get; }

    /// <summary>A store in a file (its folder is created).</summary>
    public static Database ForFile(string path, TimeProvider? clock = null, TimeSpan? busyTimeout = null)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // The driver retries a busy command itself until its timeout: the same wait as SQLite's busy timeout, not a longer one.
        var wait = busyTimeout ?? DefaultBusyTimeout;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)),
        };
        return new Database(builder.ToString(), clock ?? TimeProvider.System, wait);
    }

    /// <summary>Opens a connection with foreign keys on and a busy timeout.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds};";
        await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Now, as stored: ISO 8601 UTC.</summary>
    public string Now() => Stamp(Clock);

    /// <summary>A clock's now, as every store keeps times: ISO 8601 UTC with seven decimals.</summary>
    public static string Stamp(TimeProvider clock) => clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
