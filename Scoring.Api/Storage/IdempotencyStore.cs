using Dapper;

namespace Scoring.Api.Storage;

/// <summary>A stored answer to a request made with an Idempotency-Key: what was asked (its hash) and what was answered.</summary>
public sealed record StoredAnswer(string RequestHash, int Status, string? ContentType, string? Location, byte[] Body);

/// <summary>The first answer per (actor, Idempotency-Key), so a retried request gets it back without a second write.</summary>
public sealed class IdempotencyStore(Database database)
{
    /// <summary>Holds (actor, key) across every server of a PostgreSQL store until disposed: a session advisory lock on the pair's hash, so
    /// the same request sent to two servers at once runs once. One SQLite file has one server; the caller's in-process gate is enough.</summary>
    public async Task<IAsyncDisposable> HoldAsync(string actor, string key, CancellationToken ct)
    {
        if (database.Provider != StoreProvider.Postgres)
        {
            return Nothing.Instance;
        }
        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(hashtextextended(@Pair, 0))", new { Pair = actor + "\n" + key },
                cancellationToken: ct)).ConfigureAwait(false);
            return new Held(connection, actor + "\n" + key);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Held(System.Data.Common.DbConnection connection, string pair) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(hashtextextended(@Pair, 0))", new { Pair = pair }).ConfigureAwait(false);
            }
            finally
            {
                // Closing the session would release the lock anyway.
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private const string Find = """
        SELECT request_hash AS RequestHash, status, content_type AS ContentType, location, body FROM idempotency_keys WHERE actor = @Actor AND key = @Key
        """;

    private const string Insert = """
        INSERT INTO idempotency_keys (actor, key, request_hash, status, content_type, location, body, created_at)
        VALUES (@Actor, @Key, @RequestHash, @Status, @ContentType, @Location, @Body, @At) ON CONFLICT DO NOTHING
        """;

    /// <summary>The answer stored for a key, or null.</summary>
    public async Task<StoredAnswer?> FindAsync(string actor, string key, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Find, new { Actor = actor, Key = key }, cancellationToken: ct)).ConfigureAwait(false);
        return row is null ? null : new StoredAnswer(row.RequestHash, (int)row.Status, row.ContentType, row.Location, row.Body);
    }

    /// <summary>Keeps the first answer for a key (a later one for the same key is ignored).</summary>
    public Task SaveAsync(string actor, string key, StoredAnswer answer, CancellationToken ct) =>
        WriteTransaction.RunAsync(database, (c, tx) => c.ExecuteAsync(new CommandDefinition(Insert, new
        {
            Actor = actor, Key = key, answer.RequestHash, answer.Status, answer.ContentType, answer.Location, answer.Body, At = database.Now(),
        }, tx, cancellationToken: ct)), ct);

    private sealed record Row
    {
        public string RequestHash { get; init; } = "";
        public long Status { get; init; }
        public string? ContentType { get; init; }
        public string? Location { get; init; }
        public byte[] Body { get; init; } = [];
    }
}
