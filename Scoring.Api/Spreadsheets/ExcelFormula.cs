using Scoring.Engine.Expressions;
using Scoring.Engine.Text;

namespace Scoring.Api.Spreadsheets;

/// <summary>Writes an author expression as an Excel formula, so the workbook shows formula items live as the agency types.</summary>
public static class ExcelFormula
{
    /// <summary>The formula text (without '='); <paramref name="input"/> gives an input's cell and whether it is yes/no,
    /// <paramref name="points"/> an item's points cell.</summary>
    public static string Write(Expr e, Func<string, (string Cell, bool IsYesNo)> input, Func<string, string> points) => e switch
    {
        NumberExpr n => Num.Invariant(n.Value),
        InputExpr i when input(i.Code) is { IsYesNo: true } yes => $"({yes.Cell}=\"{TemplateLayout.Yes}\")",
        InputExpr i => $"N({input(i.Code).Cell})",
        ItemPointsExpr p => $"N({points(p.ItemCode)})",
        TotalExpr => "0",
        UnaryExpr { Op: "-" } u => $"-({Write(u.Operand, input, points)})",
        UnaryExpr u => $"NOT({Write(u.Operand, input, points)})",
        BinaryExpr { Op: "and" or "or" } b => $"{b.Op.ToUpperInvariant()}({Write(b.Left, input, points)},{Write(b.Right, input, points)})",
        BinaryExpr b => $"({Write(b.Left, input, points)}{b.Op switch { "==" => "=", "!=" => "<>", var op => op }}{Write(b.Right, input, points)})",
        CallExpr c => $"{c.Function.ToUpperInvariant()}({string.Join(",", c.Args.Select(a => Write(a, input, points)))})",
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };
}
