using System.Text;
using Scoring.Api.Submissions;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Golden;

/// <summary>
/// Shared steps of the golden tests: read a shipped sample answers file (samples/answers/&lt;version&gt;/&lt;agency&gt;.yaml)
/// the way the CLI does, score it, and compare the result with hand-computed literals written in the tests.
/// </summary>
internal static class GoldenSample
{
    /// <summary>The agencies (file names without .yaml) of a version's sample answers, in ordinal order.</summary>
    public static IReadOnlyList<string> Agencies(string versionId) =>
        [.. Directory.GetFiles(Folder(versionId), "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    /// <summary>Reads a sample answers file with <see cref="AnswersFile.Read"/>, asserting it has no problems.</summary>
    public static Submission Read(CompiledCriteria criteria, string agency)
    {
        var id = criteria.Version.Id;
        var text = File.ReadAllText(Path.Combine(Folder(id), agency + ".yaml"));
        var (submission, problems) = AnswersFile.Read(text, $"samples/answers/{id}/{agency}.yaml", criteria.Version);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.NotNull(submission);
        return submission;
    }

    /// <summary>Reads and scores (validating first) a sample answers file, asserting it is scored.</summary>
    public static AgencyResult Score(CompiledCriteria criteria, string agency)
    {
        var outcome = criteria.Scorer.Score(Read(criteria, agency));
        Assert.True(outcome.IsScored, string.Join(Environment.NewLine, outcome.Problems));
        return outcome.Result!;
    }

    /// <summary>
    /// Asserts every item of the result: exactly the listed codes, each applicable one with its points,
    /// each not-applicable one with Applicable = false, no points and the reason.
    /// </summary>
    public static void AssertItems(AgencyResult result, (string Code, decimal Points)[] applicable, (string Code, string Reason)[] notApplicable)
    {
        var expectedCodes = applicable.Select(a => a.Code).Concat(notApplicable.Select(n => n.Code)).Order(StringComparer.Ordinal).ToList();
        var actualCodes = result.Items.Select(i => i.Code).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedCodes, actualCodes);
        var byCode = result.Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var (code, points) in applicable)
        {
            var item = byCode[code];
            Assert.True(item.Applicable, $"{code}: expected applicable, engine says not applicable ({item.NotApplicableReason})");
            Assert.True(item.Points == points, $"{code}: expected {points} points (hand), engine gives {item.Points}");
            Assert.True(item.NotApplicableReason is null, $"{code}: applicable item has a not-applicable reason \"{item.NotApplicableReason}\"");
        }
        foreach (var (code, reason) in notApplicable)
        {
            var item = byCode[code];
            Assert.False(item.Applicable, $"{code}: expected not applicable, engine gives {item.Points} points");
            Assert.True(item.Points == 0m, $"{code}: a not-applicable item must give no points, engine gives {item.Points}");
            Assert.True(item.NotApplicableReason == reason, $"{code}: expected reason \"{reason}\", engine says \"{item.NotApplicableReason}\"");
        }
    }

    /// <summary>Asserts the sections that apply, in the version's order, with their applicable maximum and points.</summary>
    public static void AssertSections(AgencyResult result, params (string Code, decimal ApplicableMax, decimal Points)[] expected)
    {
        Assert.Equal(expected.Select(e => e.Code), result.Sections.Select(s => s.Code));
        foreach (var ((code, applicableMax, points), section) in expected.Zip(result.Sections))
        {
            Assert.True(section.ApplicableMax == applicableMax, $"section {code}: expected applicable max {applicableMax} (hand), engine gives {section.ApplicableMax}");
            Assert.True(section.Points == points, $"section {code}: expected {points} points (hand), engine gives {section.Points}");
        }
    }

    /// <summary>Asserts the conditions that held, in order: rule name and whether the rule changed the class.</summary>
    public static void AssertConditions(AgencyResult result, params (string Rule, bool Changed)[] expected) =>
        Assert.Equal(expected, result.Conditions.Select(c => (c.RuleName, c.Changed)));

    /// <summary>Asserts a ranked table row by row: scope (group), rank (null = listed without rank) and agency, in order.</summary>
    public static void AssertRanking(IReadOnlyList<RankedRow> rows, params (string Scope, int? Rank, string Agency)[] expected) =>
        Assert.Equal(expected, rows.Select(r => (r.Scope, r.Rank, r.Result.AgencyCode)));

    /// <summary>
    /// Asserts the canonical result JSON of a sample is byte-identical across two independent reads and evaluations,
    /// and when the answers and inputs dictionaries are enumerated in other orders.
    /// </summary>
    public static void AssertDeterministic(CompiledCriteria criteria, string agency)
    {
        var submission = Read(criteria, agency);
        var first = Json(criteria.Scorer.Evaluate(submission));
        var second = Json(criteria.Scorer.Evaluate(Read(criteria, agency)));
        var scored = Json(Score(criteria, agency));
        var reversed = Json(criteria.Scorer.Evaluate(submission with
        {
            Answers = submission.Answers.Reverse().ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
            Inputs = submission.Inputs.Reverse().ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        }));
        var descending = Json(criteria.Scorer.Evaluate(submission with
        {
            Answers = submission.Answers.OrderByDescending(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
            Inputs = submission.Inputs.OrderByDescending(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        }));
        Assert.True(first.Length > 0, $"{agency}: empty result JSON");
        Assert.True(first.SequenceEqual(second), $"{agency}: result JSON differs between two evaluations");
        Assert.True(first.SequenceEqual(scored), $"{agency}: result JSON differs between Evaluate and Score");
        Assert.True(first.SequenceEqual(reversed), $"{agency}: result JSON differs with reversed answers");
        Assert.True(first.SequenceEqual(descending), $"{agency}: result JSON differs with answers in descending code order");
    }

    private static byte[] Json(AgencyResult result) => Encoding.UTF8.GetBytes(ResultJson.Write(result));

    private static string Folder(string versionId) => Path.Combine(Criteria.RepoRoot, "samples", "answers", versionId);
}
