using Scoring.Api.Storage;

namespace Scoring.Api.UseCases;

/// <summary>The first answer to each request made with an Idempotency-Key, per (who, key): found again for a retry, kept once.</summary>
public sealed class KeptAnswers(Store store)
{
    /// <summary>The answer kept for a key, or null.</summary>
    public Task<StoredAnswer?> FindAsync(string actor, string key, CancellationToken ct) => store.Idempotency.FindAsync(actor, key, ct);

    /// <summary>Holds a key across every server of the store until disposed (see <see cref="IdempotencyStore.HoldAsync"/>).</summary>
    public Task<IAsyncDisposable> HoldAsync(string actor, string key, CancellationToken ct) => store.Idempotency.HoldAsync(actor, key, ct);

    /// <summary>Keeps the first answer for a key (a later one for the same key is ignored).</summary>
    public Task KeepAsync(string actor, string key, StoredAnswer answer, CancellationToken ct) => store.Idempotency.SaveAsync(actor, key, answer, ct);
}
