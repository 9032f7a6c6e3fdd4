using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Evaluation;

/// <summary>Validates then evaluates submissions under one compiled version.</summary>
public sealed class Scorer
{
    private readonly CriteriaVersion _version;
    private readonly Evaluator _evaluator;
    private readonly IRuleProgram _program;

    /// <summary>Prepares scoring of one version with its compiled rules.</summary>
    public Scorer(CriteriaVersion version, IRuleProgram program)
    {
        _version = version;
        _evaluator = new Evaluator(version, program);
        _program = program;
    }

    /// <summary>A run's results with the version's class quotas applied by its rules.</summary>
    public IReadOnlyList<AgencyResult> ApplyQuotas(IReadOnlyList<AgencyResult> results) => _program.ApplyQuotas(results);

    /// <summary>Scores a submission, or returns every problem that prevents it.</summary>
    /// <exception cref="RuleEvaluationException">A rule threw; names the version, rule and agency.</exception>
    public ScoreOutcome Score(Submission submission)
    {
        var problems = SubmissionValidator.Validate(_version, submission);
        return problems.Count > 0 ? new ScoreOutcome(null, problems) : new ScoreOutcome(_evaluator.Evaluate(submission), problems);
    }

    /// <summary>Scores a submission already known to be valid (skips validation).</summary>
    /// <exception cref="RuleEvaluationException">A rule threw; names the version, rule and agency.</exception>
    public AgencyResult Evaluate(Submission submission) => _evaluator.Evaluate(submission);
}
