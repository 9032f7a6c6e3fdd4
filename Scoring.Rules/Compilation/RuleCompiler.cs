using System.Linq.Expressions;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Kinds;
using Scoring.Rules.Format;

namespace Scoring.Rules.Compilation;

/// <summary>Compiles a version into a RulesEngine workflow and, from the same rule expressions, into one fast program.</summary>
public static class RuleCompiler
{
    /// <summary>The settings every rule is parsed and run with: exceptions are thrown, never turned into a silent failure.</summary>
    public static ReSettings Settings => new()
    {
        EnableExceptionAsErrorMessage = false,
        IgnoreException = false,
        EnableExceptionAsErrorMessageForRuleExpressionParsing = false,
        IsExpressionCaseSensitive = true,
    };

    /// <summary>Compiles a valid version (one that passed the linter).</summary>
    /// <exception cref="InvalidOperationException">A rule expression failed to parse (a compiler defect, never the author's).</exception>
    public static CompiledCriteria Compile(CriteriaVersion version)
    {
        var layout = new SheetLayout(version);
        var items = version.AllItems;
        var rules = new List<Rule>();
        var itemBodies = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            itemBodies[i] = RuleEmitter.Points(items[i], layout.AnswerSlots[i], layout);
            rules.Add(new Rule
            {
                RuleName = items[i].RuleName,
                Expression = $"{RuleEmitter.Parameter}.On[{i}]",
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                SuccessEvent = items[i].Code,
                Actions = new RuleActions
                {
                    OnSuccess = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object> { ["expression"] = itemBodies[i] },
                    },
                },
            });
        }
        var conditions = version.Caps.Concat(version.Eligibility).ToList();
        var conditionBodies = conditions.Select(c => RuleEmitter.Expression(c.Condition, layout)).ToArray();
        rules.AddRange(conditions.Select((c, j) => new Rule
        {
            RuleName = c.RuleName,
            Expression = conditionBodies[j],
            RuleExpressionType = RuleExpressionType.LambdaExpression,
        }));
        var workflow = new Workflow { WorkflowName = version.Id, Rules = rules };
        var program = BuildProgram(version, layout, itemBodies, conditions, conditionBodies);
        return new CompiledCriteria(version, CanonicalForm.Hash(version), workflow, program);
    }

    private static CompiledProgram BuildProgram(CriteriaVersion version, SheetLayout layout, string[] itemBodies,
        List<ConditionRule> conditions, string[] conditionBodies)
    {
        var parser = new RuleExpressionParser(Settings);
        var sheet = Expression.Parameter(typeof(FactSheet), RuleEmitter.Parameter);
        var items = version.AllItems;
        var plain = new List<Expression>();
        var formulas = new List<Expression>();
        for (var i = 0; i < items.Count; i++)
        {
            var body = Parse(parser, itemBodies[i], sheet, typeof(decimal), items[i].RuleName);
            var on = Expression.ArrayIndex(Expression.Property(sheet, nameof(FactSheet.On)), Expression.Constant(i));
            var assign = Expression.Assign(Expression.ArrayAccess(Expression.Property(sheet, nameof(FactSheet.R)), Expression.Constant(i)), body);
            (items[i].Kind is FormulaKind ? formulas : plain).Add(Guard(Expression.IfThen(on, assign), items[i].RuleName));
        }
        var tests = new List<Expression>();
        for (var j = 0; j < conditions.Count; j++)
        {
            var body = Parse(parser, conditionBodies[j], sheet, typeof(bool), conditions[j].RuleName);
            tests.Add(Guard(Expression.Assign(Expression.ArrayAccess(Expression.Property(sheet, nameof(FactSheet.C)), Expression.Constant(j)), body), conditions[j].RuleName));
        }
        return new CompiledProgram(layout, Lambda(plain, sheet), Lambda(formulas, sheet), Lambda(tests, sheet));
    }

    private static Expression Parse(RuleExpressionParser parser, string text, ParameterExpression sheet, Type type, string rule)
    {
        try
        {
            var parsed = parser.Parse(text, [sheet], type);
            return parsed is LambdaExpression lambda ? lambda.Body : parsed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"Rule expression does not parse. Rule={rule}, Expression={text}", e);
        }
    }

    /// <summary>Wraps a rule so that any exception it throws names the rule.</summary>
    private static TryExpression Guard(Expression statement, string rule)
    {
        var error = Expression.Parameter(typeof(Exception), "e");
        var ctor = typeof(RuleFailedException).GetConstructor([typeof(string), typeof(Exception)])!;
        return Expression.TryCatch(
            Expression.Block(typeof(void), statement),
            Expression.Catch(error, Expression.Throw(Expression.New(ctor, Expression.Constant(rule), error), typeof(void))));
    }

    private static Action<FactSheet> Lambda(List<Expression> statements, ParameterExpression sheet) =>
        statements.Count == 0
            ? static _ => { }
            : Expression.Lambda<Action<FactSheet>>(Expression.Block(typeof(void), statements), sheet).Compile();
}
