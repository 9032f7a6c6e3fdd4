using System.Collections.Concurrent;
using Dapper;
using Scoring.Rules.Compilation;
using Scoring.Rules.Format;

namespace Scoring.Api.Storage;

/// <summary>Frozen criteria versions in SQLite (table criteria_versions; triggers refuse any update or delete).</summary>
public sealed class SqliteCriteriaStore(Database database, CompiledCriteriaCache cache) : ICriteriaStore
{
    // Stored versions never change, so once known they are answered from memory: no query, no re-reading or re-hashing per request.
    private readonly ConcurrentDictionary<string, string> _frozen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CompiledCriteria> _loaded = new(StringComparer.Ordinal);

    private const string Find = "SELECT id, hash, canonical FROM criteria_versions WHERE id = @Id";

    private const string Insert = """
        INSERT INTO criteria_versions (id, hash, canonical, title, stored_at, stored_by) VALUES (@Id, @Hash, @Canonical, @Title, @At, @Actor)
        """;

    /// <inheritdoc/>
    public async Task<FreezeOutcome> FreezeAsync(CompiledCriteria criteria, string actor, CancellationToken ct)
    {
        var version = criteria.Version;
        if (_frozen.TryGetValue(version.Id, out var known) && known == criteria.Hash)
        {
            return new FreezeOutcome(true, false, null);
        }
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var stored = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Find, new { version.Id }, tx, cancellationToken: ct)).ConfigureAwait(false);
        if (stored is not null)
        {
            if (stored.Hash == criteria.Hash)
            {
                _frozen[version.Id] = stored.Hash;
                return new FreezeOutcome(true, false, null);
            }
            return stored.Hash == criteria.Hash
                ? new FreezeOutcome(true, false, null)
                : new FreezeOutcome(false, false,
                    $"Bộ tiêu chí \"{version.Id}\" đã được dùng với nội dung khác (mã băm {stored.Hash[..12]}), tệp hiện tại có mã băm {criteria.Hash[..12]}. "
                    + $"Không sửa bộ tiêu chí đã dùng: hãy lưu nội dung mới thành phiên bản mới với mã mới (ví dụ \"{version.Id}-sua-doi\") và ghi replaces: {version.Id}.");
        }
        var at = database.Now();
        await connection.ExecuteAsync(new CommandDefinition(Insert,
            new { version.Id, criteria.Hash, Canonical = CanonicalForm.Write(version), version.Identity.Title, At = at, Actor = actor }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await AuditLog.WriteAsync(connection, tx, at, actor, "criteria.freeze", null, null, $"{version.Id} {criteria.Hash}", ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        _frozen[version.Id] = criteria.Hash;
        return new FreezeOutcome(true, true, null);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> IdsAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return [.. await connection.QueryAsync<string>(new CommandDefinition("SELECT id FROM criteria_versions ORDER BY id", cancellationToken: ct)).ConfigureAwait(false)];
    }

    /// <inheritdoc/>
    public async Task<CompiledCriteria?> LoadAsync(string id, CancellationToken ct)
    {
        if (_loaded.TryGetValue(id, out var known))
        {
            return known;
        }
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Find, new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }
        var read = CriteriaReader.Read(row.Canonical, $"(kho dữ liệu) {id}");
        if (!read.IsValid)
        {
            throw new StoreIntegrityException($"Stored criteria do not read back. Id={id}, Problems={string.Join("; ", read.Problems)}");
        }
        var compiled = cache.Get(read.Version!);
        if (compiled.Hash != row.Hash)
        {
            throw new StoreIntegrityException($"Stored criteria hash mismatch. Id={id}, Stored={row.Hash}, Computed={compiled.Hash}");
        }
        _frozen[id] = row.Hash;
        return _loaded.GetOrAdd(id, compiled);
    }

    private sealed record Row(string Id, string Hash, string Canonical);
}
