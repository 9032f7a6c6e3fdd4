using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Api.Spreadsheets;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;
using Scoring.Rules.Tests.Generators;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>A generated template filled with random valid answers parses back to exactly those answers.</summary>
public class WorkbookRoundTripTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public Property Read_TemplateFilledWithValidAnswers_SameAnswersBack(Case c)
    {
        if (c.Submission.NotAssessedReason is not null)
        {
            return true.ToProperty();
        }
        var submission = c.Submission with { AgencyName = "Đơn vị " + c.Submission.AgencyCode };
        var upload = WorkbookReader.Read(Workbooks.Filled(c.Criteria, submission), "x.xlsx", c.Criteria);
        if (!upload.IsValid)
        {
            return false.Label(string.Join("\n", upload.Problems));
        }
        var back = upload.Submission!;
        var expected = Normalise(c, submission.Answers);
        var actual = Normalise(c, back.Answers);
        return (back.AgencyCode == submission.AgencyCode && back.AgencyName == submission.AgencyName && back.GroupCode == submission.GroupCode
                && expected == actual && Inputs(submission) == Inputs(back))
            .Label($"expected {expected}\nactual   {actual}\ninputs {Inputs(submission)} vs {Inputs(back)}");
    }

    // A level left without points means the level's maximum; written out, it reads back explicitly.
    private static string Normalise(Case c, IReadOnlyDictionary<string, Answer> answers) => string.Join("; ", answers
        .OrderBy(a => a.Key, StringComparer.Ordinal)
        .Select(a =>
        {
            var kind = c.Criteria.Version.FindItem(a.Key)!.Kind;
            var value = a.Value.Value ?? (kind is LevelsKind l && l.IndexOf(a.Value.Level) is >= 0 and var i ? l.Levels[i].Max : null);
            var level = kind is LevelsKind levels ? levels.Levels[levels.IndexOf(a.Value.Level)].Code : null;
            var number = value is { } v ? Scoring.Engine.Text.Num.Invariant(v) : "";
            return $"{a.Key}={(a.Value.NotApplicable ? "KAD" : $"{level}{number}")}|{a.Value.Evidence}|{a.Value.Explanation}";
        }));

    private static string Inputs(Submission s) => string.Join(";", s.Inputs.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key}={i.Value}"));
}
