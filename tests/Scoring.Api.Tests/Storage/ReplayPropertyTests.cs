using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Api.Storage;
using Scoring.Engine.Runs;
using Scoring.Engine.Submissions;
using Scoring.Rules.Tests.Generators;

namespace Scoring.Api.Tests.Storage;

/// <summary>A run rebuilt from what the store keeps (answers as stored JSON, appraisals) gives the same results hash.</summary>
public class ReplayPropertyTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 40)]
    public Property Replay_AnyGeneratedRun_IdenticalResultsAndHash(NonEmptyArray<Case> cases, bool appraise)
    {
        var compiled = cases.Get[0].Criteria;
        var submissions = cases.Get.Where(c => c.Criteria == compiled).Select((c, i) =>
        {
            var s = c.Submission with { AgencyCode = $"dv-{i:000}" };
            var item = compiled.Version.AllItems.FirstOrDefault(x => s.NotAssessedReason is null && s.Answers.TryGetValue(x.Code, out var a) && !a.NotApplicable);
            return appraise && item is not null ? s with { Appraisals = new Dictionary<string, Appraisal> { [item.Code] = new(item.Max / 2, "Thẩm định lại") } } : s;
        }).ToList();
        var first = RunResults.Classify(compiled.Version, compiled.Scorer, submissions);
        var rebuilt = submissions.Select(s => SubmissionJson.Read(SubmissionJson.Write(s)) with { Appraisals = s.Appraisals }).Reverse().ToList();
        var again = RunResults.Classify(compiled.Version, compiled.Scorer, rebuilt);
        return (RunResults.Hash(first) == RunResults.Hash(again) && first.Select(RunResults.Line).SequenceEqual(again.Select(RunResults.Line)))
            .Label(string.Join("\n", first.Select(r => $"{r.Rank} {r.Result.AgencyCode} {r.Result.Total}")));
    }
}
