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
        return item.Kind.Match(
            yesNo: _ => $"({v} != 0m ? {max} : 0m)",
            judgment: _ => v,
            tiers: t => t.Descending.Reverse().Aggregate("0m", (rest, tier) => $"({v} >= {Literal(tier.From)} ? {Literal(tier.Points)} : {rest})"),
            levels: l => Enumerable.Range(0, l.Levels.Count).Reverse().Aggregate("0m",
                (rest, k) => $"({v} == {k}m ? Math.Min({Literal(l.Levels[k].Max)}, {Parameter}.V[{slot + 1}]) : {rest})"),
            count: c => $"Math.Min({max}, {v} * {Literal(c.Unit)})",
            deductPer: d => $"Math.Max(0m, {max} - {v} * {Literal(d.Per)})",
            formula: f => Expression(f.Expression, layout));
    }

    /// <summary>An author expression as a rule expression.</summary>
    public static string Expression(Expr e, SheetLayout layout) => new Writer(layout).Fold(e);

    private sealed class Writer(SheetLayout layout) : ExprFold<string>
    {
        protected override string Number(NumberExpr n) => Literal(n.Value);

        // Yes/no inputs are stored as 1 or 0; in a condition they read as "not zero".
        protected override string Input(InputExpr i) => layout.IsBoolean(i.Code)
            ? $"({Parameter}.V[{layout.InputSlot(i.Code)}] != 0m)"
            : $"{Parameter}.V[{layout.InputSlot(i.Code)}]";

        protected override string ItemPoints(ItemPointsExpr p) => $"{Parameter}.P[{layout.ItemIndex(p.ItemCode)}]";

        protected override string Total(TotalExpr t) => $"{Parameter}.Total";

        protected override string Unary(UnaryExpr u, string operand) => $"({(u.Op == "-" ? "-" : "!")}{operand})";

        protected override string Binary(BinaryExpr b, string left, string right) =>
            $"({left} {b.Op switch { "and" => "&&", "or" => "||", var op => op }} {right})";

        protected override string Call(CallExpr c, IReadOnlyList<string> args) => c.Function switch
        {
            "if" => $"({args[0]} ? {args[1]} : {args[2]})",
            "round" => $"Math.Round({args[0]}, {(int)((NumberExpr)c.Args[1]).Value}, MidpointRounding.AwayFromZero)",
            "min" => $"Math.Min({string.Join(", ", args)})",
            "max" => $"Math.Max({string.Join(", ", args)})",
            _ => $"Math.Abs({string.Join(", ", args)})",
        };
    }

    private static string Literal(decimal value) => Num.Invariant(value) + "m";
}
