using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Scoring.Api.Storage;

/// <summary>Runs a write in one transaction that holds the store's write lock from its start (SQLite: BEGIN IMMEDIATE; PostgreSQL: a
/// transaction-scoped advisory lock, so writers of every server take turns exactly as SQLite's single writer does), retried a few times on a
/// lock or uniqueness conflict with a concurrent writer; commits only when the work succeeds.</summary>
public static class WriteTransaction
{
    /// <summary>How many times a conflicting write is tried in all.</summary>
    public const int Attempts = 5;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int ConstraintUnique = 2067;
    private const int ConstraintPrimaryKey = 1555;

    /// <summary>The store's one write lock in PostgreSQL: the advisory lock every write transaction takes (any fixed number, the store's own).</summary>
    public const long PostgresWriteLock = 0x5C0A1E6;

    /// <summary>Opens a connection, begins an immediate transaction, runs <paramref name="work"/> and commits;
    /// on SQLITE_BUSY, SQLITE_LOCKED or a UNIQUE conflict it rolls back and tries again, up to <see cref="Attempts"/> times.</summary>
    /// <exception cref="DbException">The last conflict, when every attempt failed, or any other database error.</exception>
    public static async Task<T> RunAsync<T>(Database database, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await database.WriteGate.WaitAsync(ct).ConfigureAwait(false);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                return await AttemptAsync(database, work, ct).ConfigureAwait(false);
            }
            // A write that already waited the whole busy timeout for another writer is not tried again: the caller answers "busy" in seconds.
            catch (SqliteException e) when (attempt < Attempts && IsConflict(e) && !(e.SqliteExtendedErrorCode == SqliteBusy
                && System.Diagnostics.Stopwatch.GetElapsedTime(started) >= database.BusyTimeout))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt * attempt), ct).ConfigureAwait(false);
            }
            catch (PostgresException e) when (attempt < Attempts && e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure
                or PostgresErrorCodes.DeadlockDetected)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt * attempt), ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One attempt, holding the process's write gate (released whatever happens).</summary>
    private static async Task<T> AttemptAsync<T>(Database database, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct)
    {
        try
        {
            await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
            if (connection is not SqliteConnection sqlite)
            {
                await using var pgTx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                // A writer waits for another at most the busy timeout, then fails as busy (lock_not_available): an answer in seconds, not a hang.
                var wait = ((long)database.BusyTimeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await connection.ExecuteAsync(new CommandDefinition($"SET LOCAL lock_timeout = '{wait}ms'; SELECT pg_advisory_xact_lock(@Key)",
                    new { Key = PostgresWriteLock }, pgTx, cancellationToken: ct)).ConfigureAwait(false);
                var done = await work(connection, pgTx).ConfigureAwait(false);
                await pgTx.CommitAsync(ct).ConfigureAwait(false);
                return done;
            }
            try
            {
                // Deferred transactions that read and then write can fail at once with SQLITE_BUSY_SNAPSHOT in WAL mode
                // (no busy wait); taking the write lock at BEGIN makes a concurrent writer wait its turn instead.
                await using var tx = sqlite.BeginTransaction(deferred: false);
                var result = await work(connection, tx).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                return result;
            }
            catch
            {
                EndOpenTransaction(sqlite);
                throw;
            }
        }
        finally
        {
            database.WriteGate.Release();
        }
    }

    /// <summary>A COMMIT that fails (busy under contention) can leave SQLite's transaction open while the wrapper counts it as done;
    /// the connection would go back to the pool inside a transaction and the next BEGIN on it would fail. Roll it back here.</summary>
    private static void EndOpenTransaction(SqliteConnection connection)
    {
        if (connection.State == System.Data.ConnectionState.Open && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            using var rollback = connection.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            try
            {
                rollback.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Nothing more can be done for this connection; the original error is what the caller needs.
            }
        }
    }

    private static bool IsConflict(SqliteException e) =>
        e.SqliteErrorCode is SqliteBusy or SqliteLocked
        || (e.SqliteErrorCode == SqliteConstraint && e.SqliteExtendedErrorCode is ConstraintUnique or ConstraintPrimaryKey);
}
