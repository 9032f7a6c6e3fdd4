using System.Collections.Concurrent;
using NRules;
using Scoring.Engine.Evaluation;

namespace Scoring.Rules.Compilation;

/// <summary>A version's rules run by NRules: one session factory, compiled once and shared by threads; scoring a submission is one
/// session over one fact, the submission's <see cref="FactSheet"/>, from which every figure is read. A run's class quotas are rules of
/// their own, over the run's results (<see cref="QuotaRules"/>).</summary>
internal sealed class NRulesProgram(SheetLayout layout, ISessionFactory factory, RuleReads?[] reads, IReadOnlyList<string> ruleNames, QuotaRules? quotas)
    : IRuleProgram
{
    private readonly ConcurrentBag<ISession> _idle = [];

    /// <inheritdoc/>
    public SheetLayout Layout { get; } = layout;

    /// <summary>The names of every rule compiled; each traces to a code of the version (<see cref="RuleBook"/>).</summary>
    public IReadOnlyList<string> RuleNames { get; } = [.. ruleNames, .. quotas?.RuleNames ?? []];

    /// <inheritdoc/>
    public RuleReads? Reads(int item) => reads[item];

    /// <inheritdoc/>
    public IReadOnlyList<AgencyResult> ApplyQuotas(IReadOnlyList<AgencyResult> results) => quotas?.Apply(results) ?? results;

    /// <summary>Runs the rules on a sheet in a session taken from the idle ones: insert the sheet, fire, retract it (its linked facts go
    /// with it), and give the session back. Sessions are reused because making one builds a memory for every node of the network, which
    /// costs more than the rules themselves; a session whose rule threw is dropped, never reused.</summary>
    /// <exception cref="RuleFailedException">A rule threw (its action names the rule).</exception>
    public void Run(FactSheet sheet)
    {
        var session = _idle.TryTake(out var idle) ? idle : factory.CreateSession();
        session.Insert(sheet);
        try
        {
            session.Fire();
        }
        catch (RuleRhsExpressionEvaluationException e) when (e.InnerException is RuleFailedException failed)
        {
            throw failed;
        }
        session.Retract(sheet);
        _idle.Add(session);
    }
}
