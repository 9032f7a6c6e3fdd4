using Scoring.Engine.Criteria;

namespace Scoring.Engine.Evaluation;

/// <summary>An item's points and why: the inputs used, the rule and the formula in words; when appraised, the self-score it replaced and the reason.</summary>
public sealed record ItemResult(
    string Code,
    string Title,
    string Kind,
    ItemRole Role,
    string? SectionCode,
    bool Applicable,
    string? NotApplicableReason,
    IReadOnlyList<UsedInput> Inputs,
    decimal Max,
    decimal RawPoints,
    decimal Points,
    string RuleName,
    string Formula,
    string? Note,
    decimal? SelfPoints = null,
    string? AppraisalReason = null)
{
    /// <summary>Whether the appraisal team set this item's points.</summary>
    public bool IsAppraised => AppraisalReason is not null;
}
