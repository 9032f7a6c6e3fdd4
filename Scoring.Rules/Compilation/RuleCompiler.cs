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
/// criteria; one session factory per stage.</summary>
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
        var plain = new List<IRuleDefinition>();
        var formulas = new List<IRuleDefinition>();
        var reads = new RuleReads?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var on = Expression.ArrayIndex(Expression.Property(sheet, nameof(FactSheet.On)), Expression.Constant(i));
            var (points, read) = trees.Points(items[i], layout.AnswerSlots[i]);
            reads[i] = read;
            var assign = Expression.Assign(Expression.ArrayAccess(Expression.Property(sheet, nameof(FactSheet.R)), Expression.Constant(i)), points);
            (items[i].Kind is FormulaKind ? formulas : plain).Add(shapes.OnSheet(i, on, assign));
        }
        plain.Add(shapes.OnSheet(book.NotAssessed, Expression.Property(sheet, nameof(FactSheet.NotAssessed)), Expression.Empty()));
        var concluding = new ConcludingRules(version, book, sheet, shapes, trees).Build().ToList();
        var compiler = new NRules.RuleCompiler { ExpressionCompiler = Fast.Instance };
        var program = new NRulesProgram(layout, compiler.Compile(plain), compiler.Compile(formulas), compiler.Compile(concluding), reads,
            [.. plain.Concat(formulas).Concat(concluding).Select(r => r.Name)]);
        return new CompiledCriteria(version, CanonicalForm.Hash(version), program);
    }

    /// <summary>FastExpressionCompiler as NRules' expression compiler (about ten times faster to compile), NRules' own where it declines.</summary>
    private sealed class Fast : IExpressionCompiler
    {
        public static readonly Fast Instance = new();

        public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate =>
            (TDelegate?)(object?)FastExpressionCompiler.ExpressionCompiler.CompileFast(expression, ifFastFailedReturnNull: true) ?? expression.Compile();
    }
}
