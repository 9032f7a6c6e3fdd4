namespace Scoring.Api.Storage;

/// <summary>Frozen criteria versions as rows: stored the first time they are used, never changed.</summary>
public interface ICriteriaStore
{
    /// <summary>A stored version, or null.</summary>
    Task<StoredCriteria?> FindAsync(string id, CancellationToken ct);

    /// <summary>A stored version inside a write, or null.</summary>
    Task<StoredCriteria?> FindAsync(StoreWrite w, string id);

    /// <summary>Stores a version inside a write.</summary>
    Task InsertAsync(StoreWrite w, StoredCriteria criteria, string title, string actor);

    /// <summary>The ids of every stored version.</summary>
    Task<IReadOnlyList<string>> IdsAsync(CancellationToken ct);
}
