using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Scoring.Engine.Evaluation;

namespace Scoring.Rules.Compilation;

/// <summary>How every rule of a version is built: it matches the submission's fact sheet (optionally under a condition), and its action
/// runs a guarded statement that names the rule if it throws, then marks the rule as fired on the sheet.</summary>
internal sealed class RuleShapes(RuleBook book, ParameterExpression sheet)
{
    /// <summary>The context parameter of every action (for actions that insert a linked fact).</summary>
    public ParameterExpression Context { get; } = Expression.Parameter(typeof(IContext), "ctx");

    /// <summary>The rule at <paramref name="position"/> of the book: when the sheet matches <paramref name="when"/> (or always), run
    /// <paramref name="statement"/>. With <paramref name="marks"/> false the statement marks the rule itself (when it changes a figure).</summary>
    public IRuleDefinition OnSheet(int position, Expression? when, Expression statement, int priority = 0, bool marks = true)
    {
        var rule = Named(position, priority);
        var pattern = rule.LeftHandSide().Pattern(typeof(FactSheet), sheet.Name!);
        if (when is not null)
        {
            pattern.Condition(Expression.Lambda(when, sheet));
        }
        rule.RightHandSide().Action(Expression.Lambda(Act(position, statement, marks ? Mark(sheet, position) : Expression.Empty()), Context, sheet));
        return rule.Build();
    }

    /// <summary>The rule at <paramref name="position"/> of the book, matching a fact of type <typeparamref name="T"/> under a condition.</summary>
    public IRuleDefinition OnFact<T>(int position, ParameterExpression fact, Expression when, Func<Expression, Expression> statement, Func<Expression, Expression> sheetOf)
    {
        var rule = Named(position, 0);
        rule.LeftHandSide().Pattern(typeof(T), fact.Name!).Condition(Expression.Lambda(when, fact));
        var of = sheetOf(fact);
        rule.RightHandSide().Action(Expression.Lambda(Act(position, statement(of), Mark(of, position)), Context, fact));
        return rule.Build();
    }

    private RuleBuilder Named(int position, int priority)
    {
        var rule = new RuleBuilder();
        rule.Name(book.Names[position]);
        rule.Priority(priority);
        return rule;
    }

    /// <summary>Marks the rule at <paramref name="position"/> as fired on a sheet.</summary>
    public static BinaryExpression Mark(Expression on, int position) =>
        Expression.Assign(Expression.ArrayAccess(Expression.Property(on, nameof(FactSheet.Fired)), Expression.Constant(position)), Expression.Constant(true));

    /// <summary>The statement, then the mark; an exception from either names the rule.</summary>
    private TryExpression Act(int position, Expression statement, Expression mark)
    {
        var error = Expression.Parameter(typeof(Exception), "e");
        var ctor = typeof(RuleFailedException).GetConstructor([typeof(string), typeof(Exception)])!;
        return Expression.TryCatch(
            Expression.Block(typeof(void), statement, mark),
            Expression.Catch(error, Expression.Throw(Expression.New(ctor, Expression.Constant(book.Names[position]), error), typeof(void))));
    }
}
