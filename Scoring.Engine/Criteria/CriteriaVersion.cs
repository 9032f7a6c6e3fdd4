namespace Scoring.Engine.Criteria;

/// <summary>One version of the scoring criteria, as issued by one decision: the whole tree, bands and policies.</summary>
public sealed record CriteriaVersion(
    VersionIdentity Identity,
    decimal Scale,
    IReadOnlyList<Group> Groups,
    IReadOnlyList<InputDeclaration> Inputs,
    IReadOnlyList<Section> Sections,
    PointBlock Bonus,
    PointBlock Deductions,
    IReadOnlyList<ClassBand> Classes,
    IReadOnlyList<ConditionRule> Caps,
    IReadOnlyList<ConditionRule> Eligibility,
    RoundingPolicy Rounding,
    RescalingPolicy Rescaling,
    RankingPolicy Ranking)
{
    /// <summary>The version id, e.g. <c>mau-2024</c>.</summary>
    public string Id => Identity.Id;

    /// <summary>Every scored item in evaluation order: tree items, then bonus items, then deduction items.</summary>
    public IReadOnlyList<Item> AllItems { get; } =
        [.. Sections.SelectMany(s => s.Items), .. Bonus.Items, .. Deductions.Items];

    /// <summary>Whether an item (and its section) applies to a group.</summary>
    public bool Applies(Item item, string group) =>
        item.AppliesToGroup(group)
        && (item.SectionCode is null || Sections.First(s => s.Code == item.SectionCode).AppliesToGroup(group));

    /// <summary>Finds a group by code, or null.</summary>
    public Group? FindGroup(string code) => Groups.FirstOrDefault(g => g.Code == code);

    /// <summary>The index of a class name in the ordered list (0 is best), or -1.</summary>
    public int ClassIndex(string name)
    {
        for (var i = 0; i < Classes.Count; i++)
        {
            if (Classes[i].Name == name)
            {
                return i;
            }
        }
        return -1;
    }
}
