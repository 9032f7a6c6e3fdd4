using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Scoring.Api.Storage;

/// <summary>The embedded SQLite store: opens connections with foreign keys on and a busy timeout; the clock is passed in.</summary>
public sealed class Database
{
    /// <summary>The default store file, relative to the working directory.</summary>
    public const string DefaultPath = "data/scoring.db";

    /// <summary>Uses a connection string and a clock.</summary>
    public Database(string connectionString, TimeProvider clock)
    {
        ConnectionString = connectionString;
        Clock = clock;
    }

    /// <summary>The connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>The clock every write reads its time from.</summary>
    public TimeProvider Clock { get; }

    /// <summary>A store in a file (its folder is created).</summary>
    public static Database ForFile(string path, TimeProvider? clock = null)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 };
        return new Database(builder.ToString(), clock ?? TimeProvider.System);
    }

    /// <summary>Opens a connection with foreign keys on and a busy timeout.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";
        await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Now, as stored: ISO 8601 UTC.</summary>
    public string Now() => Clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
