using Scoring.Engine.Expressions;
using Scoring.Engine.Text;

namespace Scoring.Rules.Expressions;

/// <summary>Prints an expression in canonical author syntax (one space around operators, minimal brackets kept explicit).</summary>
public static class ExprPrinter
{
    /// <summary>The canonical text of an expression; parsing it gives the same expression.</summary>
    public static string Print(Expr e) => e switch
    {
        NumberExpr n => Num.Invariant(n.Value),
        InputExpr i => i.Code,
        ItemPointsExpr p => $"diem(\"{p.ItemCode}\")",
        TotalExpr => "tong_diem",
        UnaryExpr { Op: "-" } u => $"-{Wrap(u.Operand)}",
        UnaryExpr u => $"not {Wrap(u.Operand)}",
        BinaryExpr b => $"{Wrap(b.Left)} {b.Op} {Wrap(b.Right)}",
        CallExpr c => $"{c.Function}({string.Join(", ", c.Args.Select(Print))})",
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };

    private static string Wrap(Expr e) => e is BinaryExpr ? $"({Print(e)})" : Print(e);
}
