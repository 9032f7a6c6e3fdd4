using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;

namespace Scoring.Rules.Compilation;

/// <summary>A criteria version compiled once: its NRules program (one named rule per item, bonus, deduction, cap and eligibility condition) and a scorer.</summary>
public sealed class CompiledCriteria
{
    internal CompiledCriteria(CriteriaVersion version, string hash, IRuleProgram program)
    {
        Version = version;
        Hash = hash;
        Program = program;
        Scorer = new Scorer(version, program);
    }

    /// <summary>The version.</summary>
    public CriteriaVersion Version { get; }

    /// <summary>The SHA-256 of the version's canonical form.</summary>
    public string Hash { get; }

    /// <summary>The rules, run by NRules over a fact sheet.</summary>
    public IRuleProgram Program { get; }

    /// <summary>The name of every rule (<c>item:I.1</c>, <c>bonus:T.1</c>, <c>deduction:TR.1</c>, <c>cap:…</c>, <c>eligibility:…</c>).</summary>
    public IReadOnlyList<string> RuleNames => ((NRulesProgram)Program).RuleNames;

    /// <summary>Validates and scores submissions under this version.</summary>
    public Scorer Scorer { get; }
}
