using Scoring.Engine.Kinds;

namespace Scoring.Engine.Criteria;

/// <summary>A leaf of the criteria (or a bonus or deduction item) that gets points by its kind. <c>AwardedBySuperior</c>: the item is in a
/// section the superior level scores (<c>awarded-by: superior</c>); the agency does not answer it, staff enter its points with the appraisal.</summary>
public sealed record Item(
    string Code,
    string Title,
    decimal Max,
    ItemKind Kind,
    ItemRole Role,
    string? SectionCode,
    IReadOnlyList<string> AppliesTo,
    bool MayBeNotApplicable,
    bool EvidenceRequired,
    IReadOnlyList<string>? Replaces = null,
    bool AwardedBySuperior = false)
{

    /// <summary>Codes of items in the version this one replaces that this item takes over (for comparing versions).</summary>
    public IReadOnlyList<string> ReplacedCodes => Replaces ?? [];

    /// <summary>The rule name this item compiles to; it traces back to the item code.</summary>
    public string RuleName => Role switch
    {
        ItemRole.Bonus => "bonus:" + Code,
        ItemRole.Deduction => "deduction:" + Code,
        _ => "item:" + Code,
    };

    /// <summary>Whether the item applies to a group (an empty list means every group).</summary>
    public bool AppliesToGroup(string group) => AppliesTo.Count == 0 || AppliesTo.Contains(group);
}

/// <summary>Where an item's points go.</summary>
public enum ItemRole
{
    /// <summary>Part of the criteria tree.</summary>
    Tree,
    /// <summary>Bonus points outside the tree.</summary>
    Bonus,
    /// <summary>Deducted points outside the tree.</summary>
    Deduction,
}
