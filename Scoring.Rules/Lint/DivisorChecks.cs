using Scoring.Engine.Criteria;
using Scoring.Engine.Expressions;
using Scoring.Engine.Kinds;
using Scoring.Rules.Expressions;
using Scoring.Rules.Format;

namespace Scoring.Rules.Lint;

/// <summary>
/// Refuses a division whose divisor can be zero when scoring: a literal zero, or an expression of inputs, item points or the
/// total that can come out zero, unless an <c>if</c> around it tests what the divisor reads (<c>if(so_lan &gt; 0, 10 / so_lan, 0)</c>).
/// Inputs and points are never negative, so a sum is zero only when every part can be; a product when one part can.
/// </summary>
internal static class DivisorChecks
{
    private static readonly Fold Folder = new();

    /// <summary>Adds an error, on the item's or condition's line, for every division that could divide by zero.</summary>
    public static void Check(CriteriaVersion version, SourceMap map, List<CriteriaProblem> problems)
    {
        foreach (var item in version.AllItems)
        {
            if (item.Kind is FormulaKind f)
            {
                foreach (var risk in Folder.Fold(f.Expression).Risks)
                {
                    problems.Add(map.Problem("item:" + item.Code, Message($"Công thức của tiêu chí {item.Code}", risk.Divisor)));
                }
            }
        }
        foreach (var rule in version.Caps.Concat(version.Eligibility))
        {
            foreach (var risk in Folder.Fold(rule.Condition).Risks)
            {
                problems.Add(map.Problem((rule.IsCap ? "cap:" : "eligibility:") + rule.Code, Message($"Điều kiện \"{rule.Code}\"", risk.Divisor)));
            }
        }
    }

    private static string Message(string what, string divisor) => divisor == "0"
        ? $"{what} chia cho 0: phép chia này không bao giờ tính được."
        : $"{what} chia cho {divisor}, mà {divisor} có thể bằng 0 khi chấm: hãy viết if({divisor} > 0, … / {divisor}, 0) để nói điểm khi nó bằng 0.";

    /// <summary>A division that may divide by zero: the divisor as written and the names it reads.</summary>
    private sealed record Risk(string Divisor, IReadOnlySet<string> Names);

    /// <summary>What a subexpression reads, whether it can be zero, and its unguarded divisions.</summary>
    private sealed record Facts(IReadOnlySet<string> Names, bool MayBeZero, IReadOnlyList<Risk> Risks)
    {
        public static Facts Leaf(string name) => new(new HashSet<string>(StringComparer.Ordinal) { name }, true, []);
    }

    private sealed class Fold : ExprFold<Facts>
    {
        protected override Facts Number(NumberExpr n) => new(new HashSet<string>(), n.Value == 0m, []);

        protected override Facts Input(InputExpr i) => Facts.Leaf(i.Code);

        protected override Facts ItemPoints(ItemPointsExpr p) => Facts.Leaf($"diem(\"{p.ItemCode}\")");

        protected override Facts Total(TotalExpr t) => Facts.Leaf("tong_diem");

        protected override Facts Unary(UnaryExpr u, Facts operand) => operand with { MayBeZero = u.Op == "-" ? operand.MayBeZero : true };

        protected override Facts Binary(BinaryExpr b, Facts left, Facts right)
        {
            var risks = left.Risks.Concat(right.Risks).ToList();
            if (b.Op == "/" && right.MayBeZero)
            {
                risks.Add(new Risk(b.Right is NumberExpr ? "0" : ExprPrinter.Print(b.Right), right.Names));
            }
            var zero = b.Op switch
            {
                "+" => left.MayBeZero && right.MayBeZero,
                "*" => left.MayBeZero || right.MayBeZero,
                "/" => left.MayBeZero,
                _ => true,
            };
            return new Facts(Union(left, right), zero, risks);
        }

        protected override Facts Call(CallExpr c, IReadOnlyList<Facts> args)
        {
            var names = args.Aggregate((IReadOnlySet<string>)new HashSet<string>(StringComparer.Ordinal), (all, a) => Union(all, a.Names));
            if (c.Function == "if")
            {
                // A division in either branch is guarded when the condition tests everything its divisor reads.
                var tested = args[0].Names;
                var risks = args[0].Risks.Concat(args.Skip(1).SelectMany(a => a.Risks.Where(r => r.Names.Count == 0 || !r.Names.IsSubsetOf(tested)))).ToList();
                return new Facts(names, args[1].MayBeZero || args[2].MayBeZero, risks);
            }
            var zero = c.Function switch
            {
                "min" => args[0].MayBeZero || args[1].MayBeZero,
                "max" => args[0].MayBeZero && args[1].MayBeZero,
                "abs" => args[0].MayBeZero,
                _ => true,
            };
            return new Facts(names, zero, [.. args.SelectMany(a => a.Risks)]);
        }

        private static HashSet<string> Union(Facts a, Facts b) => Union(a.Names, b.Names);

        private static HashSet<string> Union(IReadOnlySet<string> a, IReadOnlySet<string> b)
        {
            var all = new HashSet<string>(a, StringComparer.Ordinal);
            all.UnionWith(b);
            return all;
        }
    }
}
