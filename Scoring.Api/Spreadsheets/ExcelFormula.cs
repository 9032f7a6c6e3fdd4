using Scoring.Engine.Expressions;
using Scoring.Engine.Text;

namespace Scoring.Api.Spreadsheets;

/// <summary>Writes an author expression as an Excel formula, so the workbook shows formula items live as the agency types.</summary>
public static class ExcelFormula
{
    /// <summary>The formula text (without '='); <paramref name="input"/> gives an input's cell and whether it is yes/no,
    /// <paramref name="points"/> an item's points cell.</summary>
    public static string Write(Expr e, Func<string, (string Cell, bool IsYesNo)> input, Func<string, string> points) => new Writer(input, points).Fold(e);

    private sealed class Writer(Func<string, (string Cell, bool IsYesNo)> input, Func<string, string> points) : ExprFold<string>
    {
        protected override string Number(NumberExpr n) => Num.Invariant(n.Value);

        protected override string Input(InputExpr i) => input(i.Code) is { IsYesNo: true } yes ? $"({yes.Cell}=\"{TemplateLayout.Yes}\")" : $"N({input(i.Code).Cell})";

        protected override string ItemPoints(ItemPointsExpr p) => $"N({points(p.ItemCode)})";

        protected override string Total(TotalExpr t) => "0";

        protected override string Unary(UnaryExpr u, string operand) => u.Op == "-" ? $"-({operand})" : $"NOT({operand})";

        protected override string Binary(BinaryExpr b, string left, string right) => b.Op is "and" or "or"
            ? $"{b.Op.ToUpperInvariant()}({left},{right})"
            : $"({left}{b.Op switch { "==" => "=", "!=" => "<>", var op => op }}{right})";

        protected override string Call(CallExpr c, IReadOnlyList<string> args) => $"{c.Function.ToUpperInvariant()}({string.Join(",", args)})";
    }
}
