using Dapper;
using Npgsql;

namespace Scoring.Api.Storage;

/// <summary>Creates and upgrades a PostgreSQL store with the PostgreSQL form of the one list of migrations (<see cref="Migrator.Postgres"/>),
/// each once, in its own transaction; servers starting together take turns (an advisory lock held while migrating).</summary>
public static class PostgresMigrator
{
    // Any fixed number: the lock is the store's own, taken by whoever migrates it.
    private const long MigrationLock = 0x5C0A1E5;

    /// <summary>Applies every migration the database has not had yet; returns how many ran.</summary>
    public static async Task<int> MigrateAsync(string connectionString, TimeProvider clock, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@Key)", new { Key = MigrationLock }, cancellationToken: ct)).ConfigureAwait(false);
        try
        {
            return await Migrator.ApplyAsync(connection, Migrator.Postgres, () => Database.Stamp(clock), ct).ConfigureAwait(false);
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@Key)", new { Key = MigrationLock }, cancellationToken: CancellationToken.None))
                .ConfigureAwait(false);
        }
    }
}
