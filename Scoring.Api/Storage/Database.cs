using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Scoring.Api.Storage;

/// <summary>Which database holds the store.</summary>
public enum StoreProvider
{
    /// <summary>The embedded SQLite file (the default, for one office).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (a province or a ministry, more than one application server).</summary>
    Postgres,
}

/// <summary>The store's database: the embedded SQLite file (connections with foreign keys on and a busy timeout) or a PostgreSQL server;
/// the clock is passed in.</summary>
public sealed class Database
{
    /// <summary>The default store file, relative to the working directory.</summary>
    public const string DefaultPath = "data/scoring.db";

    /// <summary>How long a write waits for another writer by default (the command line; the server sets its own, shorter).</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Uses a connection string, a clock and how long a write waits for another writer.</summary>
    public Database(string connectionString, TimeProvider clock, TimeSpan? busyTimeout = null, StoreProvider provider = StoreProvider.Sqlite)
    {
        ConnectionString = connectionString;
        Clock = clock;
        BusyTimeout = busyTimeout ?? DefaultBusyTimeout;
        Provider = provider;
    }

    /// <summary>Which database this is.</summary>
    public StoreProvider Provider { get; }

    /// <summary>A store on a PostgreSQL server (an Npgsql connection string).</summary>
    /// <remarks>Unless the connection string says otherwise, statements the store runs again and again are prepared on the server after
    /// their second use (Npgsql's automatic preparation): PostgreSQL then skips parsing and planning them on every upload and page.</remarks>
    public static Database ForPostgres(string connectionString, TimeProvider? clock = null, TimeSpan? busyTimeout = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
        }
        return new(builder.ConnectionString, clock ?? TimeProvider.System, busyTimeout, StoreProvider.Postgres);
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

    /// <summary>Opens a connection: SQLite with foreign keys on and a busy timeout, or PostgreSQL.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (Provider == StoreProvider.Postgres)
        {
            var pg = new NpgsqlConnection(ConnectionString);
            await pg.OpenAsync(ct).ConfigureAwait(false);
            return pg;
        }
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        // SQLite's own lower() folds only A to Z: "Đỗ" would not match "đỗ" (PostgreSQL folds every letter). The store's searches use this one.
        connection.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds};";
        await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return connection;
    }

    /// <summary>A query's "IN @Ids" (Dapper expands the list for SQLite) as PostgreSQL takes a list: "= ANY(@Ids)", the array as one parameter.</summary>
    public string Lists(string sql) => Provider == StoreProvider.Postgres ? sql.Replace(" IN @Ids", " = ANY(@Ids)", StringComparison.Ordinal) : sql;

    /// <summary>A read transaction that sees one snapshot for all its queries (SQLite: a deferred transaction; PostgreSQL: repeatable read).</summary>
    public static DbTransaction ReadSnapshot(DbConnection connection) => connection is SqliteConnection sqlite
        ? sqlite.BeginTransaction(deferred: true)
        : connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);

    /// <summary>Now, as stored: ISO 8601 UTC.</summary>
    public string Now() => Stamp(Clock);

    /// <summary>A clock's now, as every store keeps times: ISO 8601 UTC with seven decimals.</summary>
    public static string Stamp(TimeProvider clock) => clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
