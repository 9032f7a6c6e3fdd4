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

    /// <summary>Whether a section the superior level scores applies to the agency (the "+10" of 90 + 10).</summary>
    public bool HasSuperiorPart => Sections.Any(s => s.AwardedBySuperior);

    /// <summary>The subtotals of the sections scored on the criteria (the agency's answers, as appraised), before any rescaling.</summary>
    public decimal CriteriaPart => Sections.Where(s => !s.AwardedBySuperior).Sum(s => s.Points);

    /// <summary>The subtotals of the sections the superior level scores, before any rescaling.</summary>
    public decimal SuperiorPart => Sections.Where(s => s.AwardedBySuperior).Sum(s => s.Points);

    /// <summary>The items the superior level scores whose points are not entered yet.</summary>
    public IEnumerable<ItemResult> AwaitingSuperior => Items.Where(i => i.AwaitsSuperior);

    /// <summary>The rules that fired to make this result (not part of its canonical JSON).</summary>
    public FiredRules Fired { get; init; } = FiredRules.None;
}
