namespace Scoring.Api.Storage;

/// <summary>The store as the shell uses it: one database, migrated, with its repositories and the one way to write.</summary>
public sealed class Store
{
    private Store(Database database)
    {
        Database = database;
        Criteria = new CriteriaStore(database);
        Agencies = new AgencyStore(database);
        Audit = new AuditLog(database);
        Submissions = new SubmissionStore(database);
        Runs = new RunStore(database);
        Tokens = new TokenStore(database);
        Sessions = new SessionStore(database);
        Idempotency = new IdempotencyStore(database);
        Evidence = new EvidenceStore(database);
    }

    /// <summary>Evidence files attached to submissions' items.</summary>
    public EvidenceStore Evidence { get; }

    /// <summary>First answers of requests made with an Idempotency-Key.</summary>
    public IdempotencyStore Idempotency { get; }

    /// <summary>Sign-in tokens.</summary>
    public TokenStore Tokens { get; }

    /// <summary>Sign-in sessions (the pages' cookie).</summary>
    public SessionStore Sessions { get; }

    /// <summary>Classification runs.</summary>
    public IRunStore Runs { get; }

    /// <summary>The database.</summary>
    public Database Database { get; }

    /// <summary>Frozen criteria versions.</summary>
    public ICriteriaStore Criteria { get; }

    /// <summary>The agency registry.</summary>
    public IAgencyStore Agencies { get; }

    /// <summary>Submissions, their revisions and appraisal.</summary>
    public ISubmissionStore Submissions { get; }

    /// <summary>The audit log.</summary>
    public AuditLog Audit { get; }

    /// <summary>Runs <paramref name="work"/> in one write transaction (write lock taken at the start, retried on a conflict, committed
    /// only when it returns): the one way every write reaches the database.</summary>
    public Task<T> WriteAsync<T>(Func<StoreWrite, Task<T>> work, CancellationToken ct) =>
        WriteTransaction.RunAsync(Database, (c, tx) => work(new StoreWrite(c, tx, Database.Now(), ct)), ct);

    /// <summary>Fails (SQLITE_READONLY, CANTOPEN, ...) unless the store can be written: takes the write lock and rewrites the schema
    /// version unchanged, then rolls back. A server checks this at start-up, so a read-only store is a clear error, not a surprise later.</summary>
    public async Task CheckWritableAsync(CancellationToken ct)
    {
        await using var connection = await Database.OpenAsync(ct).ConfigureAwait(false);
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            // A PostgreSQL standby or a read-only role refuses a write; an audit row written and rolled back proves one is possible.
            await using var pgTx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await AuditLog.WriteAsync(connection, pgTx, Database.Now(), "kiểm tra", "store.check", null, null, "", ct).ConfigureAwait(false);
            await pgTx.RollbackAsync(ct).ConfigureAwait(false);
            return;
        }
        await using var tx = sqlite.BeginTransaction(deferred: false);
        await using var probe = sqlite.CreateCommand();
        probe.Transaction = tx;
        probe.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt64(await probe.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        probe.CommandText = $"PRAGMA user_version = {version}";
        await probe.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await tx.RollbackAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Opens a store, creating and migrating it as needed.</summary>
    public static async Task<Store> OpenAsync(Database database, CancellationToken ct)
    {
        if (database.Provider == StoreProvider.Postgres)
        {
            await PostgresMigrator.MigrateAsync(database.ConnectionString, database.Clock, ct).ConfigureAwait(false);
            return new Store(database);
        }
        await Migrator.MigrateAsync(database, ct).ConfigureAwait(false);
        return new Store(database);
    }
}
