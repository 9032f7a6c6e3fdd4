using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Kinds;
using Scoring.Engine.Ranking;
using Scoring.Engine.Runs;
using Scoring.Engine.Submissions;
using Scoring.Rules.Tests.Generators;
using Scoring.Rules.Tests.Support;

namespace Scoring.Rules.Tests;

/// <summary>Invariants of scoring over random valid submissions to the shipped versions.</summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
public class EnginePropertyTests
{
    [Property]
    public Property Total_AnySubmission_WithinZeroAndScalePlusBonusCap(Case c)
    {
        var v = c.Criteria.Version;
        var r = c.Criteria.Scorer.Evaluate(c.Submission);
        return (r.Total >= 0m && r.Total <= v.Scale + v.Bonus.Max
                && r.TotalBeforeRounding >= 0m && r.TreeTotal <= r.ApplicableMax && r.RescaledTotal <= v.Scale)
            .Label($"total={r.Total}, before={r.TotalBeforeRounding}, tree={r.TreeTotal}/{r.ApplicableMax}");
    }

    [Property]
    public Property Raise_AnyAnswer_NeverLowersTotalAndDeductionsNeverRaiseIt(Case c)
    {
        var scorer = c.Criteria.Scorer;
        var before = scorer.Evaluate(c.Submission).TotalBeforeRounding;
        var failures = new List<string>();
        foreach (var item in c.Criteria.Version.AllItems)
        {
            if (!c.Submission.Answers.TryGetValue(item.Code, out var answer) || Raise(item, answer) is not { } raised)
            {
                continue;
            }
            var answers = new Dictionary<string, Answer>(c.Submission.Answers) { [item.Code] = raised };
            var after = scorer.Evaluate(c.Submission with { Answers = answers }).TotalBeforeRounding;
            var lowers = item.Role == ItemRole.Deduction || item.Kind is DeductPerKind;
            if (lowers ? after > before : after < before)
            {
                failures.Add($"{item.Code}: {before} -> {after}");
            }
        }
        return (failures.Count == 0).Label(string.Join("; ", failures));
    }

    [Property]
    public Property Evaluate_ReorderedAnswersAndInputs_ByteIdentical(Case c)
    {
        var first = ResultJson.Write(c.Criteria.Scorer.Evaluate(c.Submission));
        var reordered = c.Submission with
        {
            Answers = c.Submission.Answers.Reverse().ToDictionary(a => a.Key, a => a.Value),
            Inputs = c.Submission.Inputs.Reverse().ToDictionary(a => a.Key, a => a.Value),
        };
        var second = ResultJson.Write(c.Criteria.Scorer.Evaluate(reordered));
        var third = ResultJson.Write(c.Criteria.Scorer.Evaluate(c.Submission));
        return (first == second && first == third).Label("results differ");
    }

    [Property]
    public Property Evaluate_CompiledRules_MatchHandWrittenScorer(Case c)
    {
        var reference = new Scorer(c.Criteria.Version, new ReferenceProgram(c.Criteria.Version));
        var rules = c.Criteria.Scorer.Evaluate(c.Submission);
        var hand = reference.Evaluate(c.Submission);
        var compiled = ResultJson.Write(rules);
        var expected = ResultJson.Write(hand);
        // The same figures, and the same rules fired to make them.
        return (compiled == expected).Label($"compiled:\n{compiled}\nreference:\n{expected}")
            .And(rules.Fired.Names.SequenceEqual(hand.Fired.Names).Label($"fired: {string.Join(", ", rules.Fired.Names)}\nreference: {string.Join(", ", hand.Fired.Names)}"));
    }

    [Property(MaxTest = 50)]
    public Property Rank_AnyOrderOfAgencies_SameTableAndAPermutation(NonEmptyArray<Case> cases, int seed)
    {
        var compiled = cases.Get[0].Criteria;
        var results = cases.Get.Where(x => x.Criteria == compiled)
            .Select((x, i) => compiled.Scorer.Evaluate(x.Submission with { AgencyCode = $"dv-{i % 7:00}-{i}" })).ToList();
        var shuffled = results.OrderBy(_ => new Random(seed).Next()).Reverse().ToList();
        var a = Ranker.Rank(compiled.Version, results);
        var b = Ranker.Rank(compiled.Version, shuffled);
        static string Line(RankedRow r) => $"{r.Scope}|{r.Rank}|{r.Result.AgencyCode}|{r.Result.Total}";
        var same = a.Select(Line).SequenceEqual(b.Select(Line));
        var permutation = a.Select(r => r.Result.AgencyCode).Order().SequenceEqual(results.Select(r => r.AgencyCode).Order());
        return (same && permutation).Label(string.Join("\n", a.Select(Line)));
    }

    [Property(MaxTest = 30)]
    public Property Classify_InParallel_SameRowsJsonAndHashAsOneByOne(NonEmptyArray<Case> cases)
    {
        var compiled = cases.Get[0].Criteria;
        var subs = cases.Get.Where(x => x.Criteria == compiled).Select((x, i) => x.Submission with { AgencyCode = $"dv-{i:000}" }).ToList();
        var one = Ranker.Rank(compiled.Version, subs.Select(compiled.Scorer.Evaluate));
        var written = RunResults.Write(RunResults.Classify(compiled.Version, compiled.Scorer, subs));
        return written.Hash.Equals(RunResults.Hash(one), StringComparison.Ordinal).Label("hash")
            .And(written.Json.SequenceEqual(one.Select(r => ResultJson.Write(r.Result))).Label("json"))
            .And(written.Rows.Select(RunResults.Line).SequenceEqual(one.Select(RunResults.Line)).Label("rows"));
    }

    private static Answer? Raise(Item item, Answer answer)
    {
        if (answer.NotApplicable || answer.Value is not { } v)
        {
            return null;
        }
        return item.Kind switch
        {
            JudgmentKind j when v + j.Step <= item.Max => answer with { Value = v + j.Step },
            YesNoKind when v == 0m => answer with { Value = 1m },
            TiersKind when v < 100m => answer with { Value = Math.Min(100m, v + 5m) },
            LevelsKind l when v + l.Step <= l.Levels[l.IndexOf(answer.Level)].Max => answer with { Value = v + l.Step },
            CountKind or DeductPerKind => answer with { Value = v + 1m },
            _ => null,
        };
    }
}
