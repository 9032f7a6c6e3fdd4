using Scoring.Rules.Format;
using Scoring.Rules.Lint;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>Mistakes an official makes while writing a criteria file: each gets one Vietnamese message at the line and column
/// to look at, with no parser English.</summary>
public class AuthoringErrorTests
{
    private const string File = "criteria/thu.yaml";

    private static readonly string[] English = ["While", "expected", "found", "token", "scanning", "parsing", "Exception", "Mapping values"];

    private static List<CriteriaProblem> Errors(string yaml) => [.. CriteriaLinter.Lint(yaml, File).Where(p => !p.IsWarning)];

    private static string Item(string item) => Mini($"      - {item}", 10, """
        inputs:
          - { code: so_lan, title: Số lần, type: count }
        """);

    private static void Vietnamese(CriteriaProblem p) =>
        Assert.DoesNotContain(English, word => p.Message.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void Yaml_TabIndent_OneErrorAtTheTab()
    {
        var yaml = Item("{ code: I.1, title: A, max: 10, kind: yes-no }").Replace("    title: Mục I", "\ttitle: Mục I", StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.StartsWith('\t')) + 1;
        var p = Assert.Single(Errors(yaml));
        Assert.Equal((line, 1), (p.Line, p.Column));
        Assert.Contains("Tab", p.Message, StringComparison.Ordinal);
        Assert.Contains("dấu cách", p.Message, StringComparison.Ordinal);
        Vietnamese(p);
    }

    [Fact]
    public void Yaml_UnclosedBrace_SaysWhatIsMissingWhereTheTableOpens()
    {
        var yaml = Item("{ code: I.1, title: A, max: 10, kind: yes-no");
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("code: I.1", StringComparison.Ordinal)) + 1;
        var p = Assert.Single(Errors(yaml));
        Assert.Contains("thiếu dấu \"}\"", p.Message, StringComparison.Ordinal);
        Assert.InRange(p.Line, line, line + 1);
        Vietnamese(p);
    }

    [Theory]
    [InlineData("  title: [Mục I")]
    [InlineData("  title: \"Mục I")]
    [InlineData("  title: Mục: I: x\n  bad: : :")]
    [InlineData("sections:\n  - code: I\n   title: lệch")]
    public void Yaml_BrokenSyntax_VietnameseWithALine(string broken)
    {
        var yaml = $"id: thu\ntitle: Thử\n{broken}\n";
        var p = Assert.Single(Errors(yaml));
        Assert.True(p.Line >= 3, p.ToString());
        Vietnamese(p);
    }

    [Fact]
    public void Yaml_CommaDecimalInAFlowMapping_OneErrorSayingWrite75()
    {
        var yaml = Mini("      - { code: I.1, title: A, max: 7,5, kind: judgment, step: 0.5 }", 7.5m);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("code: I.1", StringComparison.Ordinal)) + 1;
        var p = Assert.Single(Errors(yaml));
        Assert.Equal(line, p.Line);
        Assert.Contains("viết 7.5, không viết 7,5", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_CommaDecimalInABlockMapping_SameMessage()
    {
        var yaml = Mini("      - { code: I.1, title: A, max: 10.5, kind: judgment, step: 0.5 }", 10.5m).Replace("scale: 10.5", "scale: 10,5", StringComparison.Ordinal);
        var p = Assert.Single(Errors(yaml));
        Assert.Contains("viết 10.5, không viết 10,5", p.Message, StringComparison.Ordinal);
        Assert.Equal(4, p.Line);
    }

    [Theory]
    [InlineData("min(so_lan / 0, 4)", "chia cho 0")]
    [InlineData("10 / so_lan", "chia cho so_lan, mà so_lan có thể bằng 0")]
    [InlineData("10 / (so_lan * 2)", "có thể bằng 0")]
    [InlineData("if(so_lan > 0, 10 / so_lan, 0) + 10 / so_lan", "chia cho so_lan,")]
    [InlineData("if(diem(\"I.1\") > 0, 10 / so_lan, 0)", "chia cho so_lan,")]
    public void Lint_DivisorCanBeZero_ErrorOnTheFormulaLine(string formula, string fragment)
    {
        var yaml = Mini($$"""
                  - { code: I.1, title: A, max: 5, kind: yes-no }
                  - { code: I.2, title: B, max: 5, kind: formula, formula: "{{formula.Replace("\"", "\\\"", StringComparison.Ordinal)}}" }
            """, 10, """
            inputs:
              - { code: so_lan, title: Số lần, type: count }
            """);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("code: I.2", StringComparison.Ordinal)) + 1;
        var p = Assert.Single(Errors(yaml));
        Assert.Equal(line, p.Line);
        Assert.Contains(fragment, p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("if(so_lan > 0, 10 / so_lan, 0)")]
    [InlineData("if(so_lan > 0, min(10 / so_lan, 5), 0)")] // criteria/README.md, section 13
    [InlineData("if(so_lan == 0, 0, min(10 / so_lan, 5))")]
    [InlineData("diem(\"I.1\") / 2")]
    [InlineData("10 / (so_lan + 1)")]
    [InlineData("10 / max(so_lan, 1)")]
    public void Lint_DivisorNeverZero_Clean(string formula)
    {
        var yaml = Mini($$"""
                  - { code: I.1, title: A, max: 5, kind: yes-no }
                  - { code: I.2, title: B, max: 5, kind: formula, formula: "{{formula.Replace("\"", "\\\"", StringComparison.Ordinal)}}" }
            """, 10, """
            inputs:
              - { code: so_lan, title: Số lần, type: count }
            """);
        Assert.Empty(Errors(yaml));
    }

    [Fact]
    public void Lint_ConditionDividesByAnInput_ErrorOnTheConditionLine()
    {
        var yaml = Mini("      - { code: I.1, title: A, max: 10, kind: yes-no }", 10, """
            inputs:
              - { code: so_lan, title: Số lần, type: count }
            caps:
              - { code: ty-le, when: "10 / so_lan > 2", at-most: Khá, reason: Tỷ lệ thấp }
            """);
        var p = Assert.Single(Errors(yaml));
        Assert.Contains("Điều kiện \"ty-le\" chia cho so_lan", p.Message, StringComparison.Ordinal);
    }
}
