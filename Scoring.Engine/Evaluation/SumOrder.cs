using Scoring.Engine.Criteria;

namespace Scoring.Engine.Evaluation;

/// <summary>The order points are added in: by code, never by list position. Decimal addition rounds past 28 digits, so
/// with points such as 7/3 a different order could change the last digit; summing by code makes results independent
/// of how the criteria file lists its items and sections.</summary>
public sealed class SumOrder
{
    /// <summary>Works out the order of a version.</summary>
    public SumOrder(CriteriaVersion version)
    {
        var index = 0;
        var sections = new int[version.Sections.Count][];
        for (var s = 0; s < sections.Length; s++)
        {
            var start = index;
            sections[s] = [.. version.Sections[s].Items.Select((item, k) => (item.Code, Index: start + k)).OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => p.Index)];
            index += version.Sections[s].Items.Count;
        }
        SectionItems = sections;
        SectionItemsMax = [.. sections.Select(indices => indices.Aggregate(0m, (max, i) => max + version.AllItems[i].Max))];
        SectionsByCode = [.. Enumerable.Range(0, sections.Length).OrderBy(s => version.Sections[s].Code, StringComparer.Ordinal)];
        Bonus = ByCode(version.Bonus.Items, index);
        Deductions = ByCode(version.Deductions.Items, index + version.Bonus.Items.Count);
    }

    /// <summary>For each section (in version order), the indices of its items in AllItems, ordered by item code.</summary>
    public int[][] SectionItems { get; }

    /// <summary>For each section, the sum of its items' maxima, added in the order of <see cref="SectionItems"/>.</summary>
    public decimal[] SectionItemsMax { get; }

    /// <summary>Section positions ordered by section code.</summary>
    public int[] SectionsByCode { get; }

    /// <summary>Indices of the bonus items in AllItems, ordered by code.</summary>
    public int[] Bonus { get; }

    /// <summary>Indices of the deduction items in AllItems, ordered by code.</summary>
    public int[] Deductions { get; }

    private static int[] ByCode(IReadOnlyList<Item> items, int start) =>
        [.. items.Select((item, k) => (item.Code, Index: start + k)).OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => p.Index)];
}
