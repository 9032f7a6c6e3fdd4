using Scoring.Engine.Criteria;
using Scoring.Engine.Expressions;

namespace Scoring.Engine.Evaluation;

/// <summary>Lists the inputs and item points a formula read, with their values, for the explanation.</summary>
internal static class FormulaInputs
{
    public static IReadOnlyList<UsedInput> Of(Expr expression, CriteriaVersion version, SheetLayout layout, FactSheet sheet)
    {
        var used = new List<UsedInput>();
        Walk(expression, version, layout, sheet, used);
        return used;
    }

    private static void Walk(Expr e, CriteriaVersion version, SheetLayout layout, FactSheet sheet, List<UsedInput> used)
    {
        switch (e)
        {
            case InputExpr i when used.All(u => u.Name != i.Code):
                used.Add(new UsedInput(i.Code, sheet.V[layout.InputSlot(i.Code)], null));
                break;
            case ItemPointsExpr p when used.All(u => u.Name != $"diem(\"{p.ItemCode}\")"):
                used.Add(new UsedInput($"diem(\"{p.ItemCode}\")", sheet.P[layout.ItemIndex(p.ItemCode)], null));
                break;
            case UnaryExpr u:
                Walk(u.Operand, version, layout, sheet, used);
                break;
            case BinaryExpr b:
                Walk(b.Left, version, layout, sheet, used);
                Walk(b.Right, version, layout, sheet, used);
                break;
            case CallExpr c:
                foreach (var a in c.Args)
                {
                    Walk(a, version, layout, sheet, used);
                }
                break;
        }
    }
}
