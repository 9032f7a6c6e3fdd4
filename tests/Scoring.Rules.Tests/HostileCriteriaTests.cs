using Scoring.Rules.Format;
using Scoring.Rules.Lint;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Rules.Tests;

/// <summary>Hostile criteria files: each is a lint error with file and line, never a crash.</summary>
public class HostileCriteriaTests
{
    private const string File = "doc-hai.yaml";

    private static List<CriteriaProblem> Errors(string yaml) => [.. CriteriaLinter.Lint(yaml, File).Where(p => !p.IsWarning)];

    private static CriteriaProblem One(string yaml, string fragment)
    {
        var errors = Errors(yaml);
        var found = errors.FirstOrDefault(e => e.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.True(found is not null, $"No error with \"{fragment}\":\n{string.Join("\n", errors)}");
        Assert.True(found.Line > 0);
        Assert.Contains(File, found.ToString(), StringComparison.Ordinal);
        return found;
    }

    private static string WithFormula(string formula) => Criteria.Mini($$"""
                  - { code: I.1, title: A, max: 5, kind: yes-no }
                  - { code: I.2, title: B, max: 5, kind: formula, formula: '{{formula}}' }
            """, 10);

    [Theory]
    [InlineData("GetType()", "GetType")]
    [InlineData("typeof(System.IO.File)", "typeof")]
    [InlineData("System.IO.File.ReadAllText(1)", "dấu chấm")]
    [InlineData("Activator(1)", "Activator")]
    [InlineData("diem(\"I.2\")", "tham chiếu chính nó")]
    [InlineData("99999999999999999999 * 99999999999999999999", "quá lớn")]
    [InlineData("79228162514264337593543950335", "quá lớn")]
    public void Lint_HostileFormula_ErrorOnFormulaLine(string formula, string fragment) =>
        Assert.Equal(13, One(WithFormula(formula), fragment).Line);

    [Theory]
    [InlineData("1000000000 * 1000000000 * 1000000000")]
    [InlineData("diem(\"I.1\") * diem(\"I.1\") * diem(\"I.1\")")]
    [InlineData("min(1 / diem(\"I.1\") * 1000000000 * 1000000000, 5)")]
    public void Lint_FormulaThatCouldOverflowDecimal_ErrorWithLine(string formula) =>
        Assert.Equal(13, One(WithFormula(formula), "tràn số").Line);

    [Fact]
    public void Lint_ShippedFormulas_WithinBound() =>
        Assert.DoesNotContain(Errors(WithFormula("min(diem(\"I.1\") * 2 + 1000000000, 5)")), e => e.Message.Contains("tràn số", StringComparison.Ordinal));

    [Fact]
    public void Lint_MaxOverflowingDecimal_ErrorWithLine()
    {
        var yaml = Criteria.Mini("""
                  - { code: I.1, title: A, max: 79228162514264337593543950335, kind: yes-no }
            """, 10);
        Assert.Equal(12, One(yaml, "không quá 1000000000").Line);
    }

    [Fact]
    public void Lint_YamlAliasBomb_RefusedWithLine()
    {
        var bomb = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"l{i}: &l{i} [*l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}]"));
        var yaml = Criteria.Mini("""
                  - { code: I.1, title: A, max: 10, kind: yes-no }
            """, 10, extra: "l0: &l0 [lol]\n" + bomb);
        var errors = Errors(yaml);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.True(e.Line > 0, e.ToString()));
    }
}
