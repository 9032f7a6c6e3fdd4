using System.Collections.Concurrent;
using Scoring.Api.Storage;
using Scoring.Rules.Compilation;
using Scoring.Rules.Format;

namespace Scoring.Api.UseCases;

/// <summary>What freezing a version did, and the Vietnamese message when it was refused.</summary>
public sealed record FreezeOutcome(bool Ok, bool Stored, string? Problem);

/// <summary>Criteria versions frozen at first use and loaded by id: a version whose id is stored with another hash is refused; a stored
/// version is read back from its canonical text and compiled once by hash (shared by every operation in the process), then answered from
/// memory without re-reading or re-hashing.</summary>
public sealed class FrozenCriteria(Store store)
{
    // Compiled versions are keyed by their content hash, so one process-wide cache is always right.
    private static readonly CompiledCriteriaCache SharedCache = new();

    private readonly ConcurrentDictionary<string, string> _frozen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CompiledCriteria> _loaded = new(StringComparer.Ordinal);

    /// <summary>The compile cache the catalog shares.</summary>
    public CompiledCriteriaCache Cache => SharedCache;

    /// <summary>Freezes a version (id, hash, canonical text) if it is new; refuses one whose id is stored with another hash.</summary>
    public async Task<FreezeOutcome> FreezeAsync(CompiledCriteria criteria, string actor, CancellationToken ct)
    {
        var version = criteria.Version;
        if (_frozen.TryGetValue(version.Id, out var known) && known == criteria.Hash)
        {
            return new FreezeOutcome(true, false, null);
        }
        // Almost always the version is stored already: a read answers it without taking the write lock.
        if (await store.Criteria.FindAsync(version.Id, ct).ConfigureAwait(false) is { } row && row.Hash == criteria.Hash)
        {
            _frozen[version.Id] = criteria.Hash;
            return new FreezeOutcome(true, false, null);
        }
        var outcome = await store.WriteAsync(async w =>
        {
            if (await store.Criteria.FindAsync(w, version.Id).ConfigureAwait(false) is { } stored)
            {
                return stored.Hash == criteria.Hash
                    ? new FreezeOutcome(true, false, null)
                    : new FreezeOutcome(false, false,
                        $"Bộ tiêu chí \"{version.Id}\" đã được dùng với nội dung khác (mã băm {stored.Hash[..12]}), tệp hiện tại có mã băm {criteria.Hash[..12]}. "
                        + $"Không sửa bộ tiêu chí đã dùng: hãy lưu nội dung mới thành phiên bản mới với mã mới (ví dụ \"{version.Id}-sua-doi\") và ghi replaces: {version.Id}.");
            }
            await store.Criteria.InsertAsync(w, new StoredCriteria(version.Id, criteria.Hash, CanonicalForm.Write(version)), version.Identity.Title, actor).ConfigureAwait(false);
            await w.AuditAsync(actor, "criteria.freeze", null, null, $"{version.Id} {criteria.Hash}").ConfigureAwait(false);
            return new FreezeOutcome(true, true, null);
        }, ct).ConfigureAwait(false);
        if (outcome.Ok)
        {
            _frozen[version.Id] = criteria.Hash;
        }
        return outcome;
    }

    /// <summary>A stored version, compiled from its stored canonical text, or null.</summary>
    /// <exception cref="StoreIntegrityException">The stored text no longer reads back, or its hash differs from the stored one.</exception>
    public async Task<CompiledCriteria?> LoadAsync(string id, CancellationToken ct)
    {
        if (_loaded.TryGetValue(id, out var known))
        {
            return known;
        }
        if (await store.Criteria.FindAsync(id, ct).ConfigureAwait(false) is not { } row)
        {
            return null;
        }
        var read = CriteriaReader.Read(row.Canonical, $"(kho dữ liệu) {id}");
        if (!read.IsValid)
        {
            throw new StoreIntegrityException($"Stored criteria do not read back. Id={id}, Problems={string.Join("; ", read.Problems)}");
        }
        var compiled = SharedCache.Get(read.Version!);
        if (compiled.Hash != row.Hash)
        {
            throw new StoreIntegrityException($"Stored criteria hash mismatch. Id={id}, Stored={row.Hash}, Computed={compiled.Hash}");
        }
        _frozen[id] = row.Hash;
        return _loaded.GetOrAdd(id, compiled);
    }

    /// <summary>The ids of every stored version.</summary>
    public Task<IReadOnlyList<string>> IdsAsync(CancellationToken ct) => store.Criteria.IdsAsync(ct);
}
