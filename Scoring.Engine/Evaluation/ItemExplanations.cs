using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Evaluation;

/// <summary>The parts of item explanations that depend only on the version, worked out once: each item's facts, the
/// results of items that do not apply to a group or have no answer.</summary>
internal sealed class ItemExplanations
{
    private readonly ItemFacts[] _facts;
    private readonly ItemResult[] _missing;
    private readonly ItemResult[] _declined;
    private readonly ItemResult[] _awaiting;
    private readonly Dictionary<string, GroupPlan> _groups;

    public ItemExplanations(CriteriaVersion version, SheetLayout layout)
    {
        var all = version.AllItems;
        _facts = [.. all.Select(ItemFacts.Of)];
        _missing = [.. _facts.Select(f => new ItemResult(f, true, null, [], 0m, 0m, "Không có câu trả lời: 0 điểm"))];
        _declined = [.. _facts.Select(f => new ItemResult(f, false, Declined(null), [], 0m, 0m, null))];
        _awaiting = [.. _facts.Select(f => new ItemResult(f, true, null, [], 0m, 0m, AwaitingNote, awaitsSuperior: true))];
        _groups = version.Groups.ToDictionary(g => g.Code, g => new GroupPlan(
            [.. all.Select(i => version.Applies(i, g.Code))],
            [.. all.Select((i, k) => version.Applies(i, g.Code) ? null : new ItemResult(_facts[k], false, $"Không áp dụng cho khối {g.Code}", [], 0m, 0m, null))],
            [.. version.Sections.Select(s => s.AppliesToGroup(g.Code))],
            version.Rescales(g),
            version.Groups.ToList().IndexOf(g)),
            StringComparer.Ordinal);
    }

    /// <summary>Which items apply to a group, and the results of those that do not.</summary>
    /// <exception cref="KeyNotFoundException">The group is not in the version.</exception>
    public GroupPlan Group(string code) => _groups[code];

    public ItemFacts Facts(int index) => _facts[index];

    /// <summary>An item that applies but has no answer: 0 points, its maximum still counted.</summary>
    public ItemResult Missing(int index) => _missing[index];

    /// <summary>The note on an item the superior level scored.</summary>
    public const string Awarded = "Điểm do cấp trên đánh giá";

    /// <summary>The note on an item the superior level scores whose points are not entered yet.</summary>
    public const string AwaitingNote = "Chưa có điểm do cấp trên đánh giá: tạm tính 0 điểm";

    /// <summary>An item the superior level scores whose points are not entered yet: 0 points, its maximum still counted.</summary>
    public ItemResult AwaitingSuperior(int index) => _awaiting[index];

    /// <summary>An item the agency declared not applicable to it, with its explanation if it gave one.</summary>
    public ItemResult Declined(int index, Answer answer) =>
        answer.Explanation is null ? _declined[index] : new ItemResult(_facts[index], false, Declined(answer.Explanation), [], 0m, 0m, null);

    private static string Declined(string? explanation) =>
        "Đơn vị không thuộc đối tượng áp dụng" + (explanation is { } e ? ": " + e : "");
}

/// <summary>For one group: whether each item and section applies, the shared result of each item that does not, whether it rescales,
/// and its position in the version.</summary>
internal sealed record GroupPlan(bool[] Applies, ItemResult?[] NotInGroup, bool[] SectionApplies, bool Rescales, int Index);
