using Scoring.Rules.Compilation;

namespace Scoring.Api.Storage;

/// <summary>Frozen criteria versions: stored the first time they are used; stored runs never need the file again.</summary>
public interface ICriteriaStore
{
    /// <summary>Freezes a version (id, hash, canonical text) if it is new; refuses one whose id is stored with another hash.</summary>
    Task<FreezeOutcome> FreezeAsync(CompiledCriteria criteria, string actor, CancellationToken ct);

    /// <summary>The ids of every stored version.</summary>
    Task<IReadOnlyList<string>> IdsAsync(CancellationToken ct);

    /// <summary>A stored version, compiled from its stored canonical text, or null.</summary>
    Task<CompiledCriteria?> LoadAsync(string id, CancellationToken ct);
}

/// <summary>Whether a version could be frozen, and the Vietnamese message when not.</summary>
public sealed record FreezeOutcome(bool Ok, bool Stored, string? Problem);
