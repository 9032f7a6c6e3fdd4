namespace Scoring.Engine.Criteria;

/// <summary>A section of the criteria tree; its points never exceed its maximum.</summary>
public sealed record Section(
    string Code,
    string Title,
    decimal Max,
    IReadOnlyList<string> AppliesTo,
    bool AwardedBySuperior,
    IReadOnlyList<Item> Items)
{
    /// <summary>Whether the section applies to a group (an empty list means every group).</summary>
    public bool AppliesToGroup(string group) => AppliesTo.Count == 0 || AppliesTo.Contains(group);
}
