using Scoring.Engine.Submissions;
using Scoring.Rules.Lint;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>A group with its own scale (Quảng Bình scores agencies outside the administrative-reform index out of 85 and
/// classifies them on the same bands), with or without rescaling to the version's scale.</summary>
public class GroupScaleTests
{
    private static string Version(string ownGroup, decimal bonus = 5m) => $$"""
        id: quang-binh-mau
        title: Bộ tiêu chí có khối chấm trên thang riêng (mẫu)
        sample: true
        year: 2026
        scale: 100
        rounding: { mode: half-up, total: 0.01 }
        groups:
          - { code: so, name: "Sở, ban, ngành có chỉ số CCHC" }
          - { code: khac, name: Cơ quan ngoài chỉ số CCHC{{ownGroup}} }
        sections:
          - code: A
            title: Công tác dân vận
            max: 85
            items:
              - { code: A.1, title: Kế hoạch, max: 25, kind: judgment, step: 0.5 }
              - { code: A.2, title: Thực hiện, max: 60, kind: judgment, step: 0.5 }
          - code: B
            title: Chỉ số cải cách hành chính
            max: 15
            applies-to: [so]
            items:
              - { code: B.1, title: Chỉ số CCHC, max: 15, kind: judgment, step: 0.5 }
        bonus:
          max: {{bonus}}
          items:
            - { code: T.1, title: Khen thưởng, max: {{bonus}}, kind: judgment, step: 0.5 }
        classes:
          - { name: Tốt, from: 90 }
          - { name: Khá, from: 70, to: 90 }
          - { name: Trung bình, from: 50, to: 70 }
          - { name: Yếu, from: 0, to: 50 }
        """;

    [Fact]
    public void OwnScale_NotRescaled_ScoredOutOf85OnTheSameBands()
    {
        var c = Compile(Version(", scale: 85"));
        var r = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(20), ["A.2"] = A(56.5m), ["T.1"] = A(2) }, group: "khac");
        Assert.Equal((76.5m, 85m, 76.5m, 78.5m), (r.TreeTotal, r.ApplicableMax, r.RescaledTotal, r.Total));
        Assert.Equal("Khá", r.ClassName);
        Assert.DoesNotContain("rescaling", r.Fired.Names);
        Assert.DoesNotContain("rescaling", c.RuleNames);
    }

    [Fact]
    public void OwnScale_Rescaled_BackToTheVersionsScale()
    {
        var c = Compile(Version(", scale: 85, rescaling: proportional"));
        var r = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(20), ["A.2"] = A(56.5m), ["T.1"] = A(0) }, group: "khac");
        Assert.Equal(90m, r.RescaledTotal);
        Assert.Equal("Tốt", r.ClassName);
        Assert.Contains("rescaling", r.Fired.Names);
        // The other group is on the version's scale and not rescaled.
        var so = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(20), ["A.2"] = A(56.5m), ["B.1"] = A(10), ["T.1"] = A(0) }, group: "so");
        Assert.Equal(86.5m, so.Total);
        Assert.DoesNotContain("rescaling", so.Fired.Names);
    }

    [Fact]
    public void Guide_GroupScaleExample_ScoresAsTheGuideSays()
    {
        // criteria/README.md, "Khối có thang điểm riêng": its groups block, in a version with the guide's sections A and B.
        var guide = File.ReadAllText(Path.Combine(RepoRoot, "criteria", "README.md"));
        var start = guide.IndexOf("```yaml\ngroups:\n  - { code: so,", StringComparison.Ordinal);
        Assert.True(start >= 0, "The guide's group-scale example is missing.");
        var groups = guide[(start + "```yaml\n".Length)..guide.IndexOf("```", start + 7, StringComparison.Ordinal)];
        var yaml = Version("").Replace("""
            groups:
              - { code: so, name: "Sở, ban, ngành có chỉ số CCHC" }
              - { code: khac, name: Cơ quan ngoài chỉ số CCHC }

            """, groups, StringComparison.Ordinal);
        Assert.Contains("dvsn", yaml, StringComparison.Ordinal);
        var c = Compile(yaml);
        var khac = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(20), ["A.2"] = A(56.5m), ["T.1"] = A(2) }, group: "khac");
        var dvsn = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(20), ["A.2"] = A(56.5m), ["T.1"] = A(0) }, group: "dvsn");
        Assert.Equal((76.5m, 78.5m), (khac.TreeTotal, khac.Total));
        Assert.Equal((76.5m, 90m, 90m), (dvsn.TreeTotal, dvsn.RescaledTotal, dvsn.Total));
    }

    [Fact]
    public void Lint_GroupSumsAgainstItsOwnScale_AndWarnsWhenTheTopClassIsOutOfReach()
    {
        Assert.Contains("scale: 85 trong groups", Assert.Single(CriteriaLinter.Lint(Version(""), "qb.yaml"), p => !p.IsWarning).Message, StringComparison.Ordinal);
        Assert.Empty(CriteriaLinter.Lint(Version(", scale: 85"), "qb.yaml"));
        var warning = Assert.Single(CriteriaLinter.Lint(Version(", scale: 85", bonus: 2), "qb.yaml"));
        Assert.True(warning.IsWarning);
        Assert.Equal("Khối khac chấm trên thang 85 (cộng tối đa 2 điểm thưởng) nên không thể đạt xếp loại \"Tốt\" (từ 90 điểm); nếu quyết định đặt khung điểm riêng cho khối này, khai báo classes trong khối.", warning.Message);
        Assert.Contains("khác thang điểm riêng của khối (80)", Assert.Single(CriteriaLinter.Lint(Version(", scale: 80"), "qb.yaml"), p => !p.IsWarning).Message, StringComparison.Ordinal);
    }
}
