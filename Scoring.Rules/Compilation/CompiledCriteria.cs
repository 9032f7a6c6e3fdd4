using RulesEngine.Models;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;

namespace Scoring.Rules.Compilation;

/// <summary>A criteria version compiled once: its RulesEngine workflow, the compiled program, and a scorer.</summary>
public sealed class CompiledCriteria
{
    internal CompiledCriteria(CriteriaVersion version, string hash, Workflow workflow, IRuleProgram program)
    {
        Version = version;
        Hash = hash;
        Workflow = workflow;
        Program = program;
        Scorer = new Scorer(version, program);
    }

    /// <summary>The version.</summary>
    public CriteriaVersion Version { get; }

    /// <summary>The SHA-256 of the version's canonical form.</summary>
    public string Hash { get; }

    /// <summary>The version as a RulesEngine workflow: one named rule per item, bonus, deduction, cap and eligibility condition.</summary>
    public Workflow Workflow { get; }

    /// <summary>The workflow's rule expressions compiled into one program over a fact sheet.</summary>
    public IRuleProgram Program { get; }

    /// <summary>Validates and scores submissions under this version.</summary>
    public Scorer Scorer { get; }
}
