using System.Reflection;
using System.Linq.Expressions;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Expressions;
using Scoring.Engine.Kinds;

namespace Scoring.Rules.Compilation;

/// <summary>Builds LINQ expression trees over a <see cref="FactSheet"/> straight from the project's own expressions and kinds (one fold,
/// one match; no text in between): an item's points, a formula's value, a condition's truth.</summary>
internal sealed class TreeBuilder(SheetLayout layout, ParameterExpression sheet) : ExprFold<Expression>
{
    private static readonly MethodInfo MinMethod = typeof(Math).GetMethod(nameof(Math.Min), [typeof(decimal), typeof(decimal)])!;
    private static readonly MethodInfo MaxMethod = typeof(Math).GetMethod(nameof(Math.Max), [typeof(decimal), typeof(decimal)])!;
    private static readonly MethodInfo AbsMethod = typeof(Math).GetMethod(nameof(Math.Abs), [typeof(decimal)])!;
    private static readonly MethodInfo RoundMethod = typeof(Math).GetMethod(nameof(Math.Round), [typeof(decimal), typeof(int), typeof(MidpointRounding)])!;

    private RuleReads? _reads;

    /// <summary>The raw points of an item from its answer slots (before clamping and rounding), and for a formula what it reads,
    /// noted as its tree is built.</summary>
    public (Expression Points, RuleReads? Reads) Points(Item item, int slot)
    {
        _reads = item.Kind is FormulaKind ? new RuleReads() : null;
        var points = Build(item, slot);
        var reads = _reads;
        _reads = null;
        return (points, reads);
    }

    private Expression Build(Item item, int slot)
    {
        var v = Value(slot);
        var max = Constant(item.Max);
        return item.Kind.Match(
            yesNo: _ => Expression.Condition(Expression.NotEqual(v, Constant(0m)), max, Constant(0m)),
            judgment: _ => v,
            tiers: t => t.Descending.Reverse().Aggregate((Expression)Constant(0m),
                (rest, tier) => Expression.Condition(Expression.GreaterThanOrEqual(v, Constant(tier.From)), Constant(tier.Points), rest)),
            levels: l => Enumerable.Range(0, l.Levels.Count).Reverse().Aggregate((Expression)Constant(0m),
                (rest, k) => Expression.Condition(Expression.Equal(v, Constant(k)), Expression.Call(MinMethod, Constant(l.Levels[k].Max), Value(slot + 1)), rest)),
            count: c => Expression.Call(MinMethod, max, Expression.Multiply(v, Constant(c.Unit))),
            deductPer: d => Expression.Call(MaxMethod, Constant(0m), Expression.Subtract(max, Expression.Multiply(v, Constant(d.Per)))),
            formula: f => AsNumber(Fold(f.Expression)));
    }

    /// <summary>A condition's truth (a number counts as true when it is not zero).</summary>
    public Expression Condition(Expr condition) => AsBool(Fold(condition));

    /// <inheritdoc/>
    protected override Expression Number(NumberExpr n) => Constant(n.Value);

    // Yes/no inputs are stored as 1 or 0; in a condition they read as "not zero".
    /// <inheritdoc/>
    protected override Expression Input(InputExpr i)
    {
        var slot = layout.InputSlot(i.Code);
        _reads?.Input(i.Code, slot);
        return layout.IsBoolean(i.Code) ? Expression.NotEqual(Value(slot), Constant(0m)) : Value(slot);
    }

    /// <inheritdoc/>
    protected override Expression ItemPoints(ItemPointsExpr p)
    {
        var index = layout.ItemIndex(p.ItemCode);
        _reads?.Points(p.ItemCode, index);
        return Expression.ArrayIndex(Expression.Property(sheet, nameof(FactSheet.P)), Expression.Constant(index));
    }

    /// <inheritdoc/>
    protected override Expression Total(TotalExpr t) => Expression.Property(sheet, nameof(FactSheet.Total));

    /// <inheritdoc/>
    protected override Expression Unary(UnaryExpr u, Expression operand) =>
        u.Op == "-" ? Expression.Negate(AsNumber(operand)) : Expression.Not(AsBool(operand));

    /// <inheritdoc/>
    protected override Expression Binary(BinaryExpr b, Expression left, Expression right) => b.Op switch
    {
        "+" => Expression.Add(AsNumber(left), AsNumber(right)),
        "-" => Expression.Subtract(AsNumber(left), AsNumber(right)),
        "*" => Expression.Multiply(AsNumber(left), AsNumber(right)),
        "/" => Expression.Divide(AsNumber(left), AsNumber(right)),
        "and" => Expression.AndAlso(AsBool(left), AsBool(right)),
        "or" => Expression.OrElse(AsBool(left), AsBool(right)),
        "==" => Expression.Equal(AsNumber(left), AsNumber(right)),
        "!=" => Expression.NotEqual(AsNumber(left), AsNumber(right)),
        "<" => Expression.LessThan(AsNumber(left), AsNumber(right)),
        "<=" => Expression.LessThanOrEqual(AsNumber(left), AsNumber(right)),
        ">" => Expression.GreaterThan(AsNumber(left), AsNumber(right)),
        ">=" => Expression.GreaterThanOrEqual(AsNumber(left), AsNumber(right)),
        _ => throw new ArgumentOutOfRangeException(nameof(b), b.Op, "Unknown operator."),
    };

    /// <inheritdoc/>
    protected override Expression Call(CallExpr c, IReadOnlyList<Expression> args) => c.Function switch
    {
        "if" => Expression.Condition(AsBool(args[0]), AsNumber(args[1]), AsNumber(args[2])),
        "min" => Expression.Call(MinMethod, AsNumber(args[0]), AsNumber(args[1])),
        "max" => Expression.Call(MaxMethod, AsNumber(args[0]), AsNumber(args[1])),
        "abs" => Expression.Call(AbsMethod, AsNumber(args[0])),
        "round" => Expression.Call(RoundMethod, AsNumber(args[0]), Expression.Constant((int)((NumberExpr)c.Args[1]).Value), Expression.Constant(MidpointRounding.AwayFromZero)),
        _ => throw new ArgumentOutOfRangeException(nameof(c), c.Function, "Unknown function."),
    };

    private BinaryExpression Value(int slot) => Expression.ArrayIndex(Expression.Property(sheet, nameof(FactSheet.V)), Expression.Constant(slot));

    private static ConstantExpression Constant(decimal value) => Expression.Constant(value);

    // The language mixes truth and numbers as the reference scorer does: true is 1, a number is true when not zero.
    private static Expression AsNumber(Expression e) => e.Type == typeof(bool) ? Expression.Condition(e, Constant(1m), Constant(0m)) : e;

    private static Expression AsBool(Expression e) => e.Type == typeof(bool) ? e : Expression.NotEqual(e, Constant(0m));
}
