using Scoring.Engine.Expressions;

namespace Scoring.Engine.Evaluation;

/// <summary>The values a formula rule reads from the fact sheet (inputs and other items' points), in the order it first reads
/// them, each once: what the rule matched, so that explaining a result only copies those values.</summary>
public sealed class RuleReads
{
    private readonly List<string> _names = [];
    private readonly List<int> _slots = [];
    private readonly List<bool> _isInput = [];

    /// <summary>The reads of an expression, found by the one traversal (for programs that interpret rather than compile).</summary>
    public static RuleReads Of(Expr expression, SheetLayout layout)
    {
        var reads = new RuleReads();
        foreach (var leaf in ExprLeaves.Of(expression))
        {
            switch (leaf)
            {
                case InputExpr i:
                    reads.Input(i.Code, layout.InputSlot(i.Code));
                    break;
                case ItemPointsExpr p:
                    reads.Points(p.ItemCode, layout.ItemIndex(p.ItemCode));
                    break;
            }
        }
        return reads;
    }

    /// <summary>Notes that the rule reads an input from its value slot (once).</summary>
    public void Input(string code, int slot) => Add(code, slot, true);

    /// <summary>Notes that the rule reads an item's points (once).</summary>
    public void Points(string itemCode, int index) => Add($"diem(\"{itemCode}\")", index, false);

    /// <summary>The values the rule read from a scored sheet.</summary>
    public UsedInput[] Of(FactSheet sheet)
    {
        var used = new UsedInput[_names.Count];
        for (var k = 0; k < used.Length; k++)
        {
            used[k] = new UsedInput(_names[k], _isInput[k] ? sheet.V[_slots[k]] : sheet.P[_slots[k]], null);
        }
        return used;
    }

    private void Add(string name, int slot, bool isInput)
    {
        if (!_names.Contains(name))
        {
            _names.Add(name);
            _slots.Add(slot);
            _isInput.Add(isInput);
        }
    }
}
