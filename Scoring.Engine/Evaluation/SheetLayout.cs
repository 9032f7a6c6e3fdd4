using Scoring.Engine.Criteria;

namespace Scoring.Engine.Evaluation;

/// <summary>Where each item answer and input lives in a <see cref="FactSheet"/>; shared by binding and rule compilation.</summary>
public sealed class SheetLayout
{
    private readonly Dictionary<string, int> _inputSlots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _itemIndex = new(StringComparer.Ordinal);
    private readonly HashSet<string> _booleans = new(StringComparer.Ordinal);

    /// <summary>Lays out a version's items (in <see cref="CriteriaVersion.AllItems"/> order) and inputs.</summary>
    public SheetLayout(CriteriaVersion version)
    {
        var items = version.AllItems;
        var slots = new int[items.Count];
        AnswerSlots = slots;
        var slot = 0;
        for (var i = 0; i < items.Count; i++)
        {
            slots[i] = slot;
            slot += items[i].Kind.Slots;
            _itemIndex[items[i].Code] = i;
        }
        foreach (var input in version.Inputs)
        {
            _inputSlots[input.Code] = slot++;
            if (input.Type == InputType.Boolean)
            {
                _booleans.Add(input.Code);
            }
        }
        ValueCount = slot;
        ItemCount = items.Count;
        ConditionCount = version.Caps.Count + version.Eligibility.Count;
        Rules = new RuleBook(version);
        SectionCount = version.Sections.Count;
    }

    /// <summary>The version's rules, each at its position.</summary>
    public RuleBook Rules { get; }

    /// <summary>The number of sections.</summary>
    public int SectionCount { get; }

    /// <summary>The first value slot of each item's answer, by item index.</summary>
    public IReadOnlyList<int> AnswerSlots { get; }

    /// <summary>The number of value slots (answers and inputs).</summary>
    public int ValueCount { get; }

    /// <summary>The number of items (tree, bonus, deductions).</summary>
    public int ItemCount { get; }

    /// <summary>The number of conditions: caps first, then eligibility rules.</summary>
    public int ConditionCount { get; }

    /// <summary>The value slot of an input.</summary>
    /// <exception cref="KeyNotFoundException">The input is not declared.</exception>
    public int InputSlot(string code) => _inputSlots[code];

    /// <summary>Whether an input is yes/no (stored as 1 or 0).</summary>
    public bool IsBoolean(string code) => _booleans.Contains(code);

    /// <summary>The index of an item in <see cref="CriteriaVersion.AllItems"/>.</summary>
    /// <exception cref="KeyNotFoundException">The item does not exist.</exception>
    public int ItemIndex(string code) => _itemIndex[code];

    /// <summary>Makes an empty fact sheet of this layout.</summary>
    public FactSheet NewSheet() => new(ValueCount, ItemCount, SectionCount, ConditionCount, Rules.Names.Count);
}
