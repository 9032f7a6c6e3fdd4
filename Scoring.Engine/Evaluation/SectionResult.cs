namespace Scoring.Engine.Evaluation;

/// <summary>A section's subtotal: the sum of its items, capped at its maximum, rounded if the version says so.</summary>
public sealed record SectionResult(
    string Code,
    string Title,
    decimal Max,
    decimal ApplicableMax,
    decimal Sum,
    decimal Points,
    bool AwardedBySuperior,
    string? Note);
