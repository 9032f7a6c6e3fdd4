using Scoring.Engine.Submissions;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>The authoring guide's "90 + 10" example (criteria/README.md, "Phần do cấp trên đánh giá"), read from the guide and scored as it says.</summary>
public class SuperiorPartGuideTests
{
    private static string Version()
    {
        var guide = File.ReadAllText(Path.Combine(RepoRoot, "criteria", "README.md"));
        var start = guide.IndexOf("```yaml\nsections:\n  - code: A\n    title: \"Các tiêu chí đơn vị tự chấm\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The guide's superior-part example is missing.");
        var sections = guide[(start + "```yaml\n".Length)..guide.IndexOf("```", start + 7, StringComparison.Ordinal)];
        return """
            id: chin-muoi-cong-muoi
            title: Dạng 90 + 10 (mẫu)
            sample: true
            year: 2026
            scale: 100
            groups:
              - { code: g, name: "Sở, ban, ngành" }

            """ + sections;
    }

    [Fact]
    public void Guide_SuperiorPartExample_ScoresAsTheGuideSays()
    {
        var c = Compile(Version());
        var answers = new Dictionary<string, Answer> { ["A.1"] = A(80) };

        var waiting = Score(c, answers);
        var entered = c.Scorer.Score(new Submission("a", null, "g", answers, new Dictionary<string, decimal>(),
            Appraisals: new Dictionary<string, Appraisal> { ["F.1"] = new(8.5m, "Văn bản số 12/BCĐ") }));

        Assert.Equal((80m, 0m, 80m), (waiting.CriteriaPart, waiting.SuperiorPart, waiting.Total));
        Assert.Equal(["F.1"], waiting.AwaitingSuperior.Select(i => i.Code));
        Assert.True(entered.IsScored);
        Assert.Equal((80m, 8.5m, 88.5m), (entered.Result!.CriteriaPart, entered.Result.SuperiorPart, entered.Result.Total));
        Assert.Empty(entered.Result.AwaitingSuperior);
    }

    [Fact]
    public void Guide_SuperiorPartExample_AnAgencysOwnAnswerForF1IsRefused()
    {
        var c = Compile(Version());

        var outcome = c.Scorer.Score(new Submission("a", null, "g", new Dictionary<string, Answer> { ["A.1"] = A(80), ["F.1"] = A(10) },
            new Dictionary<string, decimal>()));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("F.1", problem.Code);
        Assert.Contains("do cấp trên đánh giá: đơn vị không tự chấm", problem.Message, StringComparison.Ordinal);
    }
}
