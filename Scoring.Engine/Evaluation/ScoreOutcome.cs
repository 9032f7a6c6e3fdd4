using Scoring.Engine.Submissions;

namespace Scoring.Engine.Evaluation;

/// <summary>Either a result or the problems that stopped scoring.</summary>
public sealed record ScoreOutcome(AgencyResult? Result, IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether the submission was scored.</summary>
    public bool IsScored => Result is not null;
}
