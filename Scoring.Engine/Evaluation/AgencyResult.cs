using Scoring.Engine.Criteria;

namespace Scoring.Engine.Evaluation;

/// <summary>An agency's full, explained result under one criteria version.</summary>
public sealed record AgencyResult(
    string VersionId,
    string AgencyCode,
    string? AgencyName,
    string Group,
    AgencyStatus Status,
    string? StatusReason,
    IReadOnlyList<ItemResult> Items,
    IReadOnlyList<SectionResult> Sections,
    BlockResult Bonus,
    BlockResult Deductions,
    decimal TreeTotal,
    decimal ApplicableMax,
    decimal RescaledTotal,
    decimal TotalBeforeRounding,
    decimal Total,
    ClassBand? Band,
    string? ClassName,
    IReadOnlyList<AppliedCondition> Conditions)
{
    /// <summary>Whether the agency takes part in ranking.</summary>
    public bool IsRanked => Status == AgencyStatus.Classified;

    /// <summary>The rules that fired to make this result (not part of its canonical JSON).</summary>
    public FiredRules Fired { get; init; } = FiredRules.None;
}
