using Dapper;

namespace Scoring.Api.Storage;

/// <summary>A frozen criteria version as stored: its id, the SHA-256 of its canonical form, and that canonical text.</summary>
public sealed record StoredCriteria(string Id, string Hash, string Canonical);

/// <summary>Frozen criteria versions in the store (SQLite or PostgreSQL), as rows (table criteria_versions; triggers refuse any update or delete).</summary>
public sealed class CriteriaStore(Database database) : ICriteriaStore
{
    private const string Find = "SELECT id, hash, canonical FROM criteria_versions WHERE id = @Id";

    private const string Insert = """
        INSERT INTO criteria_versions (id, hash, canonical, title, stored_at, stored_by) VALUES (@Id, @Hash, @Canonical, @Title, @At, @Actor)
        """;

    /// <inheritdoc/>
    public async Task<StoredCriteria?> FindAsync(string id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<StoredCriteria>(new CommandDefinition(Find, new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<StoredCriteria?> FindAsync(StoreWrite w, string id) =>
        w.Connection.QuerySingleOrDefaultAsync<StoredCriteria>(new CommandDefinition(Find, new { Id = id }, w.Transaction, cancellationToken: w.Ct));

    /// <inheritdoc/>
    public Task InsertAsync(StoreWrite w, StoredCriteria criteria, string title, string actor) =>
        w.Connection.ExecuteAsync(new CommandDefinition(Insert,
            new { criteria.Id, criteria.Hash, criteria.Canonical, Title = title, w.At, Actor = actor }, w.Transaction, cancellationToken: w.Ct));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> IdsAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return [.. await connection.QueryAsync<string>(new CommandDefinition("SELECT id FROM criteria_versions ORDER BY id", cancellationToken: ct)).ConfigureAwait(false)];
    }
}
