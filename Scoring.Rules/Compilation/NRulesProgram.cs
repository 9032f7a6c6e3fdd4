using NRules;
using Scoring.Engine.Evaluation;

namespace Scoring.Rules.Compilation;

/// <summary>A version's rules run by NRules: one session factory per stage (items, formulas, concluding), compiled once and shared by threads;
/// each stage of each submission is a session over one fact, the submission's <see cref="FactSheet"/>.</summary>
internal sealed class NRulesProgram(SheetLayout layout, ISessionFactory items, ISessionFactory formulas, ISessionFactory concluding, RuleReads?[] reads,
    IReadOnlyList<string> ruleNames) : IRuleProgram
{
    /// <inheritdoc/>
    public SheetLayout Layout { get; } = layout;

    /// <summary>The names of every rule, in stage order; each traces to a code of the version (<see cref="RuleBook"/>).</summary>
    public IReadOnlyList<string> RuleNames { get; } = ruleNames;

    /// <inheritdoc/>
    public void ScoreItems(FactSheet sheet) => Run(items, sheet);

    /// <inheritdoc/>
    public void ScoreFormulas(FactSheet sheet) => Run(formulas, sheet);

    /// <inheritdoc/>
    public void Conclude(FactSheet sheet) => Run(concluding, sheet);

    /// <inheritdoc/>
    public RuleReads? Reads(int item) => reads[item];

    /// <exception cref="RuleFailedException">A rule threw (its action names the item or condition rule).</exception>
    private static void Run(ISessionFactory factory, FactSheet sheet)
    {
        var session = factory.CreateSession();
        session.Insert(sheet);
        try
        {
            session.Fire();
        }
        catch (RuleRhsExpressionEvaluationException e) when (e.InnerException is RuleFailedException failed)
        {
            throw failed;
        }
    }
}
