using System.Linq.Expressions;
using NRules.Extensibility;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Kinds;
using Scoring.Rules.Format;

namespace Scoring.Rules.Compilation;

/// <summary>Compiles a version into NRules rules: one rule per item (<c>item:I.1</c>, <c>bonus:T.1</c>, <c>deduction:TR.1</c>), per cap and per
/// eligibility condition (<c>cap:…</c>, <c>eligibility:…</c>), each matching the submission's fact sheet and computing its figure with an
/// expression tree built from the criteria; one session factory per stage.</summary>
public static class RuleCompiler
{
    /// <summary>Compiles a valid version (one that passed the linter).</summary>
    public static CompiledCriteria Compile(CriteriaVersion version)
    {
        var layout = new SheetLayout(version);
        var sheet = Expression.Parameter(typeof(FactSheet), "s");
        var trees = new TreeBuilder(layout, sheet);
        var items = version.AllItems;
        var plain = new List<IRuleDefinition>();
        var formulas = new List<IRuleDefinition>();
        for (var i = 0; i < items.Count; i++)
        {
            var on = Expression.Lambda(Expression.ArrayIndex(Expression.Property(sheet, nameof(FactSheet.On)), Expression.Constant(i)), sheet);
            var assign = Expression.Assign(Expression.ArrayAccess(Expression.Property(sheet, nameof(FactSheet.R)), Expression.Constant(i)),
                trees.Points(items[i], layout.AnswerSlots[i]));
            (items[i].Kind is FormulaKind ? formulas : plain).Add(Rule(items[i].RuleName, sheet, on, assign));
        }
        var conditions = version.Caps.Concat(version.Eligibility).Select((c, j) => Rule(c.RuleName, sheet, null,
            Expression.Assign(Expression.ArrayAccess(Expression.Property(sheet, nameof(FactSheet.C)), Expression.Constant(j)), trees.Condition(c.Condition)))).ToList();
        var compiler = new NRules.RuleCompiler { ExpressionCompiler = Fast.Instance };
        var program = new NRulesProgram(layout, compiler.Compile(plain), compiler.Compile(formulas), compiler.Compile(conditions),
            [.. plain.Concat(formulas).Concat(conditions).Select(r => r.Name)]);
        return new CompiledCriteria(version, CanonicalForm.Hash(version), program);
    }

    /// <summary>One rule: when the fact sheet matches (<paramref name="when"/>, or always), run the guarded statement.</summary>
    private static IRuleDefinition Rule(string name, ParameterExpression sheet, LambdaExpression? when, Expression statement)
    {
        var rule = new RuleBuilder();
        rule.Name(name);
        var pattern = rule.LeftHandSide().Pattern(typeof(FactSheet), sheet.Name!);
        if (when is not null)
        {
            pattern.Condition(when);
        }
        var context = Expression.Parameter(typeof(NRules.RuleModel.IContext), "ctx");
        rule.RightHandSide().Action(Expression.Lambda(Guard(statement, name), context, sheet));
        return rule.Build();
    }

    /// <summary>Wraps a rule's statement so that any exception it throws names the rule.</summary>
    private static TryExpression Guard(Expression statement, string rule)
    {
        var error = Expression.Parameter(typeof(Exception), "e");
        var ctor = typeof(RuleFailedException).GetConstructor([typeof(string), typeof(Exception)])!;
        return Expression.TryCatch(
            Expression.Block(typeof(void), statement),
            Expression.Catch(error, Expression.Throw(Expression.New(ctor, Expression.Constant(rule), error), typeof(void))));
    }

    /// <summary>FastExpressionCompiler as NRules' expression compiler (about ten times faster to compile), NRules' own where it declines.</summary>
    private sealed class Fast : IExpressionCompiler
    {
        public static readonly Fast Instance = new();

        public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate =>
            (TDelegate?)(object?)FastExpressionCompiler.ExpressionCompiler.CompileFast(expression, ifFastFailedReturnNull: true) ?? expression.Compile();
    }
}
