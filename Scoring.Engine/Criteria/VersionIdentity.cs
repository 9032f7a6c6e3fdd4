namespace Scoring.Engine.Criteria;

/// <summary>Who issued a criteria version and when it applies.</summary>
public sealed record VersionIdentity(
    string Id,
    string Title,
    string? Jurisdiction,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string? Replaces,
    bool IsSample);
