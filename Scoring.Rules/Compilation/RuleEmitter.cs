using System.Text;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Expressions;
using Scoring.Engine.Kinds;
using Scoring.Engine.Text;

namespace Scoring.Rules.Compilation;

/// <summary>Writes each item kind and expression as a RulesEngine (System.Linq.Dynamic.Core) expression over the fact sheet <c>a</c>.</summary>
public static class RuleEmitter
{
    /// <summary>The name of the fact sheet parameter in every rule.</summary>
    public const string Parameter = "a";

    /// <summary>The points expression of an item, reading its answer slots.</summary>
    public static string Points(Item item, int slot, SheetLayout layout)
    {
        var v = $"{Parameter}.V[{slot}]";
        var max = Literal(item.Max);
        return item.Kind switch
        {
            JudgmentKind => v,
            YesNoKind => $"({v} != 0m ? {max} : 0m)",
            CountKind c => $"Math.Min({max}, {v} * {Literal(c.Unit)})",
            DeductPerKind d => $"Math.Max(0m, {max} - {v} * {Literal(d.Per)})",
            TiersKind t => t.Descending.Reverse().Aggregate("0m", (rest, tier) => $"({v} >= {Literal(tier.From)} ? {Literal(tier.Points)} : {rest})"),
            LevelsKind l => Enumerable.Range(0, l.Levels.Count).Reverse().Aggregate("0m",
                (rest, k) => $"({v} == {k}m ? Math.Min({Literal(l.Levels[k].Max)}, {Parameter}.V[{slot + 1}]) : {rest})"),
            FormulaKind f => Expression(f.Expression, layout),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Kind, "Unknown item kind."),
        };
    }

    /// <summary>An author expression as a rule expression.</summary>
    public static string Expression(Expr e, SheetLayout layout)
    {
        var sb = new StringBuilder();
        Write(e, layout, sb);
        return sb.ToString();
    }

    private static void Write(Expr e, SheetLayout layout, StringBuilder sb)
    {
        switch (e)
        {
            case NumberExpr n:
                sb.Append(Literal(n.Value));
                break;
            case InputExpr i when layout.IsBoolean(i.Code):
                // Yes/no inputs are stored as 1 or 0; in a condition they read as "not zero".
                sb.Append($"({Parameter}.V[{layout.InputSlot(i.Code)}] != 0m)");
                break;
            case InputExpr i:
                sb.Append($"{Parameter}.V[{layout.InputSlot(i.Code)}]");
                break;
            case ItemPointsExpr p:
                sb.Append($"{Parameter}.P[{layout.ItemIndex(p.ItemCode)}]");
                break;
            case TotalExpr:
                sb.Append($"{Parameter}.Total");
                break;
            case UnaryExpr u:
                sb.Append(u.Op == "-" ? "(-" : "(!");
                Write(u.Operand, layout, sb);
                sb.Append(')');
                break;
            case BinaryExpr b:
                sb.Append('(');
                Write(b.Left, layout, sb);
                sb.Append(' ').Append(b.Op switch { "and" => "&&", "or" => "||", var op => op }).Append(' ');
                Write(b.Right, layout, sb);
                sb.Append(')');
                break;
            case CallExpr { Function: "if" } c:
                sb.Append('(');
                Write(c.Args[0], layout, sb);
                sb.Append(" ? ");
                Write(c.Args[1], layout, sb);
                sb.Append(" : ");
                Write(c.Args[2], layout, sb);
                sb.Append(')');
                break;
            case CallExpr { Function: "round" } c:
                sb.Append("Math.Round(");
                Write(c.Args[0], layout, sb);
                sb.Append($", {(int)((NumberExpr)c.Args[1]).Value}, MidpointRounding.AwayFromZero)");
                break;
            case CallExpr c:
                sb.Append(c.Function switch { "min" => "Math.Min(", "max" => "Math.Max(", _ => "Math.Abs(" });
                for (var k = 0; k < c.Args.Count; k++)
                {
                    if (k > 0)
                    {
                        sb.Append(", ");
                    }
                    Write(c.Args[k], layout, sb);
                }
                sb.Append(')');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e, "Unknown expression node.");
        }
    }

    private static string Literal(decimal value) => Num.Invariant(value) + "m";
}
