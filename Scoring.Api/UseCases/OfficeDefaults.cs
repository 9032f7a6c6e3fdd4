namespace Scoring.Api.UseCases;

/// <summary>What the publish form offers before anyone types: the issuing body (one line per level), the place written before a document's
/// date, and the signer's title and name, from configuration (<c>Scoring:Office:Issuer</c>, <c>Place</c>, <c>SignerTitle</c>, <c>SignerName</c>).
/// Only what is published is printed: a run keeps the decision it was published with.</summary>
public sealed record OfficeDefaults(string? Issuer, string? Place, string? SignerTitle, string? SignerName)
{
    /// <summary>No defaults.</summary>
    public static OfficeDefaults None { get; } = new(null, null, null, null);
}
