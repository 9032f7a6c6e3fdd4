namespace Scoring.Engine.Expressions;

/// <summary>The leaves an expression reads, left to right with repeats (inputs, item points, the total, literals), by the one traversal.</summary>
public sealed class ExprLeaves : ExprFold<IEnumerable<Expr>>
{
    private static readonly ExprLeaves Instance = new();

    /// <summary>The leaves of an expression, left to right.</summary>
    public static IEnumerable<Expr> Of(Expr e) => Instance.Fold(e);

    /// <inheritdoc/>
    protected override IEnumerable<Expr> Number(NumberExpr n) => [n];

    /// <inheritdoc/>
    protected override IEnumerable<Expr> Input(InputExpr i) => [i];

    /// <inheritdoc/>
    protected override IEnumerable<Expr> ItemPoints(ItemPointsExpr p) => [p];

    /// <inheritdoc/>
    protected override IEnumerable<Expr> Total(TotalExpr t) => [t];

    /// <inheritdoc/>
    protected override IEnumerable<Expr> Unary(UnaryExpr u, IEnumerable<Expr> operand) => operand;

    /// <inheritdoc/>
    protected override IEnumerable<Expr> Binary(BinaryExpr b, IEnumerable<Expr> left, IEnumerable<Expr> right) => left.Concat(right);

    /// <inheritdoc/>
    protected override IEnumerable<Expr> Call(CallExpr c, IReadOnlyList<IEnumerable<Expr>> args) => args.SelectMany(a => a);
}
