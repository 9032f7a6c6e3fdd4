namespace Scoring.Engine.Expressions;

/// <summary>The one traversal of an expression: a fold from the leaves up. Every node kind is an abstract method, so a consumer that
/// forgets one does not compile, and no node is ever skipped silently. Each method gets its node as well as its children's results.</summary>
/// <typeparam name="T">What the fold computes for a node.</typeparam>
public abstract class ExprFold<T>
{
    /// <summary>Folds an expression.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A node of a kind the fold does not know (a defect: every kind has a method).</exception>
    public T Fold(Expr e) => e switch
    {
        NumberExpr n => Number(n),
        InputExpr i => Input(i),
        ItemPointsExpr p => ItemPoints(p),
        TotalExpr t => Total(t),
        UnaryExpr u => Unary(u, Fold(u.Operand)),
        BinaryExpr b => Binary(b, Fold(b.Left), Fold(b.Right)),
        CallExpr c => Call(c, [.. c.Args.Select(Fold)]),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "Unknown expression node."),
    };

    /// <summary>A decimal literal.</summary>
    protected abstract T Number(NumberExpr n);

    /// <summary>A declared input.</summary>
    protected abstract T Input(InputExpr i);

    /// <summary>An item's final points.</summary>
    protected abstract T ItemPoints(ItemPointsExpr p);

    /// <summary>The final total.</summary>
    protected abstract T Total(TotalExpr t);

    /// <summary>A unary operator, with its operand folded.</summary>
    protected abstract T Unary(UnaryExpr u, T operand);

    /// <summary>A binary operator, with both sides folded.</summary>
    protected abstract T Binary(BinaryExpr b, T left, T right);

    /// <summary>A function call, with every argument folded, in order.</summary>
    protected abstract T Call(CallExpr c, IReadOnlyList<T> args);
}
