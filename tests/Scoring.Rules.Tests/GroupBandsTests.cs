using Scoring.Engine.Submissions;
using Scoring.Rules.Format;
using Scoring.Rules.Lint;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>Class bands a decision sets per group (a group on a scale of 85 rated "Tốt" from 76.5): the group's own thresholds for the
/// version's classes, read from the guide's example, compiled into the class rules, checked by lint.</summary>
public class GroupBandsTests
{
    /// <summary>The guide's group-bands example (criteria/README.md, "Khung điểm riêng của một khối") with sections A and B of its
    /// group-scale example.</summary>
    private static string Guide(string? replace = null, string? by = null)
    {
        var guide = File.ReadAllText(Path.Combine(RepoRoot, "criteria", "README.md"));
        var start = guide.IndexOf("```yaml\ngroups:\n  - { code: so, name: \"Sở, ban, ngành có chỉ số CCHC\" }\n  - code: khac", StringComparison.Ordinal);
        Assert.True(start >= 0, "The guide's group-bands example is missing.");
        var groups = guide[(start + "```yaml\n".Length)..guide.IndexOf("```", start + 7, StringComparison.Ordinal)];
        if (replace is not null)
        {
            groups = groups.Replace(replace, by!, StringComparison.Ordinal);
        }
        return """
            id: khung-rieng
            title: Khung điểm riêng của một khối (mẫu)
            sample: true
            year: 2026
            scale: 100
            rounding: { mode: half-up, total: 0.01 }

            """ + groups + """
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
              max: 5
              items:
                - { code: T.1, title: Khen thưởng, max: 5, kind: judgment, step: 0.5 }
            classes:
              - { name: Tốt, from: 90 }
              - { name: Khá, from: 70, to: 90 }
              - { name: Trung bình, from: 50, to: 70 }
              - { name: Yếu, from: 0, to: 50 }
            """;
    }

    [Fact]
    public void Guide_GroupBands_SameTotalTốtInItsGroupKháOnTheCommonBands()
    {
        var c = Compile(Guide());

        var khac = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(20), ["A.2"] = A(56.5m), ["T.1"] = A(2) }, group: "khac");
        var so = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(20), ["A.2"] = A(48.5m), ["B.1"] = A(8), ["T.1"] = A(2) }, group: "so");

        Assert.Equal((78.5m, "Tốt", 76.5m), (khac.Total, khac.ClassName, khac.Band!.From));
        Assert.Contains("class:Tốt", khac.Fired.Names);
        Assert.Equal((78.5m, "Khá", 70m), (so.Total, so.ClassName, so.Band!.From));
        // Just under the group's threshold: Khá.
        var under = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(20), ["A.2"] = A(54.5m), ["T.1"] = A(1.5m) }, group: "khac");
        Assert.Equal((76m, "Khá"), (under.Total, under.ClassName));
    }

    [Fact]
    public void Canonical_GroupBandsAreInTheHash()
    {
        var own = CriteriaReader.Read(Guide(), "a.yaml").Version!;
        var other = CriteriaReader.Read(Guide("{ name: Tốt, from: 76.5 }", "{ name: Tốt, from: 77 }").Replace("to: 76.5", "to: 77", StringComparison.Ordinal), "b.yaml").Version!;

        Assert.Contains("\"classes\"", CanonicalForm.Write(own)[..CanonicalForm.Write(own).IndexOf("\"inputs\"", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.NotEqual(CanonicalForm.Hash(own), CanonicalForm.Hash(other));
    }

    [Theory]
    [InlineData("{ name: Khá, from: 59.5, to: 76.5 }", "{ name: Khá vừa, from: 59.5, to: 76.5 }",
        "Khung điểm riêng của khối khac cần đúng các xếp loại của bộ tiêu chí, cùng thứ tự: Tốt, Khá, Trung bình, Yếu; khối đang ghi: Tốt, Khá vừa, Trung bình, Yếu.")]
    [InlineData("{ name: Yếu, from: 0, to: 42.5 }", "{ name: Yếu, from: 10, to: 42.5 }",
        "Khối khac: Các xếp loại bị hở: tổng điểm dưới 10 không thuộc xếp loại nào (xếp loại thấp nhất cần from: 0).")]
    [InlineData("{ name: Tốt, from: 76.5 }", "{ name: Tốt, from: 95 }",
        "Khối khac: Xếp loại \"Tốt\" không thể đạt: cần từ 95 điểm, nhưng điểm cao nhất có thể là 90 (thang điểm cộng điểm thưởng tối đa).")]
    public void Lint_GroupBands_CheckedLikeTheVersionsAndNamedByGroup(string line, string replaced, string expected)
    {
        var problems = CriteriaLinter.Lint(Guide(line, replaced), "k.yaml").Where(p => !p.IsWarning).ToList();

        Assert.Contains(problems, p => p.Message == expected);
        Assert.All(problems, p => Assert.True(p.Line > 1, p.ToString()));
    }

    [Fact]
    public void Lint_GroupBands_Clean() => Assert.Empty(CriteriaLinter.Lint(Guide(), "k.yaml"));
}
