using Scoring.Engine.Criteria;
using Scoring.Engine.Expressions;
using Scoring.Engine.Kinds;
using Scoring.Rules.Format;

namespace Scoring.Rules.Lint;

/// <summary>
/// Refuses a formula or condition whose value could overflow <see cref="decimal"/> while scoring. Every leaf is bounded:
/// literals by the lexer, item points and maxima and every figure an agency types by one billion; the bound of the whole
/// expression is worked out in <see cref="double"/> (which cannot overflow here) and must stay far below decimal's range.
/// </summary>
internal static class MagnitudeChecks
{
    /// <summary>The largest value a leaf can take: figures, points and maxima are all at most one billion.</summary>
    private const double Leaf = 1e9;

    /// <summary>The bound an expression must stay under (decimal overflows near 7.9e28).</summary>
    internal const double Limit = 1e24;

    /// <summary>Adds an error, on the item's or condition's line, for every expression that could overflow.</summary>
    public static void Check(CriteriaVersion version, SourceMap map, List<CriteriaProblem> problems)
    {
        foreach (var item in version.AllItems.Where(i => i.Kind is FormulaKind f && Bound(f.Expression) >= Limit))
        {
            problems.Add(map.Problem("item:" + item.Code, Message($"Công thức của tiêu chí {item.Code}")));
        }
        foreach (var rule in version.Caps.Concat(version.Eligibility).Where(c => Bound(c.Condition) >= Limit))
        {
            problems.Add(map.Problem((rule.IsCap ? "cap:" : "eligibility:") + rule.Code, Message($"Điều kiện \"{rule.Code}\"")));
        }
    }

    private static string Message(string what) =>
        $"{what} có thể cho ra số quá lớn (vượt {Limit:0e0}) khi chấm, gây tràn số: hãy bớt các phép nhân, chia lồng nhau.";

    /// <summary>An upper bound of the absolute value of an expression.</summary>
    internal static double Bound(Expr e) => Bounds.Fold(e);

    private static readonly BoundFold Bounds = new();

    private sealed class BoundFold : ExprFold<double>
    {
        protected override double Number(NumberExpr n) => Math.Abs((double)n.Value);

        protected override double Input(InputExpr i) => Leaf;

        protected override double ItemPoints(ItemPointsExpr p) => Leaf;

        protected override double Total(TotalExpr t) => Leaf;

        protected override double Unary(UnaryExpr u, double operand) => operand;

        protected override double Binary(BinaryExpr b, double left, double right) => b switch
        {
            { Op: "+" or "-" } => left + right,
            { Op: "*" } => left * right,
            // Dividing by a literal divides the bound; by anything else, a figure may be as small as one billionth.
            { Op: "/", Right: NumberExpr { Value: not 0m } d } => left / Math.Abs((double)d.Value),
            { Op: "/" } => left * Leaf,
            _ => Math.Max(left, right),
        };

        protected override double Call(CallExpr c, IReadOnlyList<double> args) => args.DefaultIfEmpty(0).Max();
    }
}
