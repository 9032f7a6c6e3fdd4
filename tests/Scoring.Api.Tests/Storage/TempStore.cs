using Microsoft.Data.Sqlite;
using Scoring.Api.Storage;

namespace Scoring.Api.Tests.Storage;

/// <summary>A store of its own for one test, with a fixed clock: an SQLite file in a temporary folder (deleted afterwards), or, given a
/// PostgreSQL connection string, a fresh database of the test run's PostgreSQL cluster.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore(string? postgres = null)
    {
        Folder = Directory.CreateTempSubdirectory("scoring-store-").FullName;
        Clock = new FixedClock(new DateTimeOffset(2024, 11, 15, 9, 0, 0, TimeSpan.FromHours(7)));
        Database = postgres is null ? Database.ForFile(Path.Combine(Folder, "scoring.db"), Clock) : Database.ForPostgres(postgres, Clock);
    }

    public string Folder { get; }

    public FixedClock Clock { get; }

    public Database Database { get; }

    public Store Open() => Store.OpenAsync(Database, CancellationToken.None).GetAwaiter().GetResult();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>A clock that says what the test tells it.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
