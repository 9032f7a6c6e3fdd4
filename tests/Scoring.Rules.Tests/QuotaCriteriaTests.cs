using Scoring.Engine.Runs;
using Scoring.Engine.Submissions;
using Scoring.Rules.Format;
using Scoring.Rules.Lint;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>A class quota written in a criteria file: read, kept in the canonical form, checked, and applied by a run.</summary>
public class QuotaCriteriaTests
{
    private static string Version(string quota) => Mini("      - { code: I.1, title: A, max: 100, kind: judgment, step: 1 }", 100, classes: $$"""
        classes:
          - { name: Hoàn thành xuất sắc nhiệm vụ, from: 90, quota: {{quota}} }
          - { name: Hoàn thành tốt nhiệm vụ, from: 70, to: 90 }
          - { name: Hoàn thành nhiệm vụ, from: 50, to: 70 }
          - { name: Không hoàn thành nhiệm vụ, from: 0, to: 50 }
        """);

    [Fact]
    public void Quota_OfAnotherClass_ReadCanonicalAndAppliedByARun()
    {
        var c = Compile(Version("{ percent: 20, of: Hoàn thành tốt nhiệm vụ, ties: out }"));
        Assert.Contains("\"quota\": {", CanonicalForm.Write(c.Version), StringComparison.Ordinal);
        Assert.Equal(c.Hash, Compile(CanonicalForm.Write(c.Version)).Hash);
        var subs = new[] { 96m, 93m, 80m, 79m, 78m, 77m, 76m, 60m }.Select((p, i) =>
            new Submission($"dv-{i}", null, "g", new Dictionary<string, Answer> { ["I.1"] = A(p) }, new Dictionary<string, decimal>()));
        var rows = RunResults.Classify(c.Version, c.Scorer, subs);
        // 20 % of the 5 rated "tốt" is 1: dv-0 keeps the top class, dv-1 moves down and ranks among them.
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", rows.Single(r => r.Result.AgencyCode == "dv-0").Result.ClassName);
        Assert.Equal("Hoàn thành tốt nhiệm vụ", rows.Single(r => r.Result.AgencyCode == "dv-1").Result.ClassName);
        Assert.Contains(rows.Single(r => r.Result.AgencyCode == "dv-1").Result.Conditions, x => x.RuleName == "quota:Hoàn thành xuất sắc nhiệm vụ");
    }

    [Fact]
    public void Guide_QuotaExample_ScoresAsTheGuideSays()
    {
        // criteria/README.md, "Chỉ tiêu của một xếp loại": its classes block and its worked example.
        var guide = File.ReadAllText(Path.Combine(RepoRoot, "criteria", "README.md"));
        var start = guide.IndexOf("```yaml\nclasses:\n  - { name: Hoàn thành xuất sắc nhiệm vụ", StringComparison.Ordinal);
        Assert.True(start >= 0, "The guide's quota example is missing.");
        var block = guide[(start + "```yaml\n".Length)..guide.IndexOf("```", start + 7, StringComparison.Ordinal)];
        var c = Compile(Mini("      - { code: I.1, title: A, max: 100, kind: judgment, step: 1 }", 100, classes: block));
        var subs = new[] { 96m, 93m, 80m, 79m, 78m, 77m, 76m, 60m }.Select((p, i) =>
            new Submission($"dv-{i}", null, "g", new Dictionary<string, Answer> { ["I.1"] = A(p) }, new Dictionary<string, decimal>()));
        var classes = RunResults.Classify(c.Version, c.Scorer, subs).OrderBy(r => r.Result.AgencyCode, StringComparer.Ordinal).Select(r => r.Result.ClassName).ToList();
        Assert.Equal(["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
            "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"], classes);
    }

    [Theory]
    [InlineData("{ percent: 20, count: 2 }", "cần đúng một trong hai")]
    [InlineData("{ percent: 120 }", "từ 0 đến 100")]
    [InlineData("{ count: 2.5 }", "số nguyên")]
    [InlineData("{ count: 2, ties: maybe }", "cần in")]
    [InlineData("{ percent: 20, of: Giỏi }", "không có trong classes")]
    [InlineData("{ percent: 20, of: Hoàn thành xuất sắc nhiệm vụ }", "theo chính nó")]
    public void Quota_BadShape_VietnameseError(string quota, string fragment)
    {
        var p = Assert.Single(CriteriaLinter.Lint(Version(quota), "q.yaml"), e => !e.IsWarning);
        Assert.Contains(fragment, p.Message, StringComparison.Ordinal);
    }
}
