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
    RankingPolicy Ranking,
    SubmissionPolicy? Submission = null)
{
    /// <summary>The upload deadline and late policy (none when the version does not set one).</summary>
    public SubmissionPolicy Uploads => Submission ?? SubmissionPolicy.None;

    /// <summary>The version id, e.g. <c>mau-2024</c>.</summary>
    public string Id => Identity.Id;

    private Lookup? _lookup;

    /// <summary>Every scored item in evaluation order: tree items, then bonus items, then deduction items.</summary>
    public IReadOnlyList<Item> AllItems => Derived.AllItems;

    /// <summary>The scale a group is scored on: its own, or the version's.</summary>
    public decimal ScaleOf(Group group) => group.Scale ?? Scale;

    /// <summary>The class bands a group's totals are classified on: its own thresholds where the version sets them, else the version's
    /// (always the version's classes, in the same order).</summary>
    public IReadOnlyList<ClassBand> BandsOf(Group group) => group.Classes ?? Classes;

    /// <summary>Whether a group's tree total is rescaled to the version's scale: its own policy, or the version's.</summary>
    public bool Rescales(Group group) => (group.Rescaling ?? Rescaling) == RescalingPolicy.Proportional;

    /// <summary>Finds an item (tree, bonus or deduction) by code, or null.</summary>
    public Item? FindItem(string code) => Derived.Items.GetValueOrDefault(code);

    /// <summary>Whether an item (and its section) applies to a group.</summary>
    public bool Applies(Item item, string group) =>
        item.AppliesToGroup(group)
        && (item.SectionCode is null || !Derived.Sections.TryGetValue(item.SectionCode, out var s) || s.AppliesToGroup(group));

    // Derived lookups are rebuilt whenever the lists they come from are replaced (a `with` copy keeps fields).
    private Lookup Derived
    {
        get
        {
            var lookup = _lookup;
            if (lookup is null || !ReferenceEquals(lookup.Sections0, Sections) || !ReferenceEquals(lookup.Bonus, Bonus) || !ReferenceEquals(lookup.Deductions, Deductions))
            {
                lookup = new Lookup(Sections, Bonus, Deductions);
                _lookup = lookup;
            }
            return lookup;
        }
    }

    private sealed class Lookup
    {
        public Lookup(IReadOnlyList<Section> sections, PointBlock bonus, PointBlock deductions)
        {
            Sections0 = sections;
            Bonus = bonus;
            Deductions = deductions;
            AllItems = [.. sections.SelectMany(s => s.Items), .. bonus.Items, .. deductions.Items];
            Items = AllItems.GroupBy(i => i.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            Sections = sections.GroupBy(s => s.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }

        public IReadOnlyList<Section> Sections0 { get; }

        public PointBlock Bonus { get; }

        public PointBlock Deductions { get; }

        public IReadOnlyList<Item> AllItems { get; }

        public Dictionary<string, Item> Items { get; }

        public Dictionary<string, Section> Sections { get; }
    }

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
