using Scoring.Engine.Expressions;

namespace Scoring.Engine.Evaluation;

/// <summary>The inputs and item points a formula reads, in the order it first reads them, each once; worked out once
/// per version so that explaining a result only copies values.</summary>
internal sealed class FormulaInputs
{
    private readonly string[] _names;
    private readonly int[] _slots;
    private readonly bool[] _isInput;

    public FormulaInputs(Expr expression, SheetLayout layout)
    {
        var reads = new List<(string Name, int Slot, bool IsInput)>();
        Walk(expression, layout, reads);
        _names = [.. reads.Select(r => r.Name)];
        _slots = [.. reads.Select(r => r.Slot)];
        _isInput = [.. reads.Select(r => r.IsInput)];
    }

    /// <summary>The values the formula read from a scored sheet.</summary>
    public UsedInput[] Of(FactSheet sheet)
    {
        var used = new UsedInput[_names.Length];
        for (var k = 0; k < used.Length; k++)
        {
            used[k] = new UsedInput(_names[k], _isInput[k] ? sheet.V[_slots[k]] : sheet.P[_slots[k]], null);
        }
        return used;
    }

    private static void Walk(Expr e, SheetLayout layout, List<(string Name, int Slot, bool IsInput)> reads)
    {
        foreach (var leaf in ExprLeaves.Of(e))
        {
            switch (leaf)
            {
                case InputExpr i when reads.TrueForAll(r => r.Name != i.Code):
                    reads.Add((i.Code, layout.InputSlot(i.Code), true));
                    break;
                case ItemPointsExpr p when reads.TrueForAll(r => r.Name != Points(p.ItemCode)):
                    reads.Add((Points(p.ItemCode), layout.ItemIndex(p.ItemCode), false));
                    break;
            }
        }
    }

    private static string Points(string itemCode) => $"diem(\"{itemCode}\")";
}
