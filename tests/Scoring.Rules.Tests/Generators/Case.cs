using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Rules.Tests.Generators;

/// <summary>A compiled version and one valid submission for it.</summary>
public sealed record Case(CompiledCriteria Criteria, Submission Submission)
{
    public override string ToString() =>
        $"{Criteria.Version.Id} {Submission.GroupCode} {string.Join(", ", Submission.Answers.Select(a => $"{a.Key}={(a.Value.NotApplicable ? "KAD" : a.Value.Level + a.Value.Value)}"))} | {string.Join(", ", Submission.Inputs.Select(i => $"{i.Key}={i.Value}"))}";
}
