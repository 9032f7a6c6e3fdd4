using System.Linq.Expressions;
using NRules.Extensibility;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Kinds;
using Scoring.Rules.Format;

namespace Scoring.Rules.Compilation;

/// <summary>Compiles a version into NRules rules, named as in its <see cref="RuleBook"/>: one rule per item (<c>item:I.1</c>, <c>bonus:T.1</c>,
/// <c>deduction:TR.1</c>) and <c>not-assessed</c>; one per formula item; then the concluding rules (<see cref="ConcludingRules"/>: sections,
/// tree, rescaling, blocks, total, caps, eligibility, class bands). Each computes its figure with an expression tree built from the
/// criteria. One session factory; priorities order the rules by what they read.</summary>
public static class RuleCompiler
{
    /// <summary>Compiles a valid version (one that passed the linter).</summary>
    public static CompiledCriteria Compile(CriteriaVersion version)
    {
        var layout = new SheetLayout(version);
        var book = layout.Rules;
        var sheet = Expression.Parameter(typeof(FactSheet), "s");
        var trees = new TreeBuilder(layout, sheet);
        var shapes = new RuleShapes(book, sheet);
        var items = version.AllItems;
        var rules = new List<IRuleDefinition> { shapes.OnSheet(book.NotAssessed, Expression.Property(sheet, nameof(FactSheet.NotAssessed)), Expression.Empty()) };
        var reads = new RuleReads?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var on = Expression.ArrayIndex(Expression.Property(sheet, nameof(FactSheet.On)), Expression.Constant(i));
            var (points, read) = trees.Points(items[i], layout.AnswerSlots[i]);
            reads[i] = read;
            if (items[i].AwardedBySuperior)
            {
                // Not answered by the agency: nothing of its own; the points counted are the superior's, entered with the appraisal.
                points = Expression.Condition(Expression.ArrayIndex(Expression.Property(sheet, nameof(FactSheet.Awarded)), Expression.Constant(i)), Expression.Constant(0m), points);
            }
            // Formulas read other items' points, so they fire after every other item.
            rules.Add(shapes.OnSheet(i, on, Settle(version, sheet, i, points), priority: items[i].Kind is FormulaKind ? 50 : 60));
        }
        rules.AddRange(new ConcludingRules(version, book, sheet, shapes, trees).Build());
        var compiler = new NRules.RuleCompiler { ExpressionCompiler = Fast.Instance };
        var quotas = QuotaRules.Compile(version, compiler);
        var program = new NRulesProgram(layout, compiler.Compile(rules), reads, [.. rules.Select(r => r.Name)], quotas);
        return new CompiledCriteria(version, CanonicalForm.Hash(version), program);
    }

    /// <summary>An item rule's action: its raw points, kept between 0 and the maximum and rounded where the version says (the agency's
    /// own points), then the points counted: the appraisal's where appraised, else its own.</summary>
    private static BlockExpression Settle(CriteriaVersion version, ParameterExpression sheet, int i, Expression points)
    {
        Expression At(string array) => Expression.ArrayAccess(Expression.Property(sheet, array), Expression.Constant(i));
        var max = Expression.Constant(version.AllItems[i].Max);
        var zero = Expression.Constant(0m);
        var raw = Expression.Variable(typeof(decimal), "raw");
        var clamp = typeof(Math).GetMethod(nameof(Math.Clamp), [typeof(decimal), typeof(decimal), typeof(decimal)])!;
        Expression kept = Expression.Condition(Expression.OrElse(Expression.LessThan(raw, zero), Expression.GreaterThan(raw, max)), Expression.Call(clamp, raw, zero, max), raw);
        var rounding = version.Rounding;
        if (rounding.ItemStep is not null)
        {
            kept = Expression.Call(typeof(Rounding).GetMethod(nameof(Rounding.Apply))!, kept, Expression.Constant(rounding.ItemStep, typeof(decimal?)), Expression.Constant(rounding.Mode));
        }
        return Expression.Block([raw],
            Expression.Assign(raw, points),
            Expression.Assign(At(nameof(FactSheet.R)), raw),
            Expression.Assign(At(nameof(FactSheet.Self)), kept),
            Expression.Assign(At(nameof(FactSheet.P)), Expression.Condition(At(nameof(FactSheet.Appraised)), At(nameof(FactSheet.AppraisedPoints)), At(nameof(FactSheet.Self)))));
    }

    /// <summary>FastExpressionCompiler as NRules' expression compiler (about ten times faster to compile), NRules' own where it declines.</summary>
    private sealed class Fast : IExpressionCompiler
    {
        public static readonly Fast Instance = new();

        public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate =>
            (TDelegate?)(object?)FastExpressionCompiler.ExpressionCompiler.CompileFast(expression, ifFastFailedReturnNull: true) ?? expression.Compile();
    }
}
