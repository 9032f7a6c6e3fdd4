using Scoring.Engine.Expressions;
using Scoring.Engine.Text;

namespace Scoring.Rules.Expressions;

/// <summary>Prints an expression in canonical author syntax (one space around operators, minimal brackets kept explicit).</summary>
public static class ExprPrinter
{
    private static readonly Printer Instance = new();

    /// <summary>The canonical text of an expression; parsing it gives the same expression.</summary>
    public static string Print(Expr e) => Instance.Fold(e);

    private sealed class Printer : ExprFold<string>
    {
        protected override string Number(NumberExpr n) => Num.Invariant(n.Value);

        protected override string Input(InputExpr i) => i.Code;

        protected override string ItemPoints(ItemPointsExpr p) => $"diem(\"{p.ItemCode}\")";

        protected override string Total(TotalExpr t) => "tong_diem";

        protected override string Unary(UnaryExpr u, string operand) => $"{(u.Op == "-" ? "-" : "not ")}{Wrap(u.Operand, operand)}";

        protected override string Binary(BinaryExpr b, string left, string right) => $"{Wrap(b.Left, left)} {b.Op} {Wrap(b.Right, right)}";

        protected override string Call(CallExpr c, IReadOnlyList<string> args) => $"{c.Function}({string.Join(", ", args)})";

        private static string Wrap(Expr e, string text) => e is BinaryExpr ? $"({text})" : text;
    }
}
