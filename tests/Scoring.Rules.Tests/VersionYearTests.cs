using Scoring.Rules.Format;
using Scoring.Rules.Lint;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>The <c>year</c> a version assesses, distinct from its decision date and effective period.</summary>
public class VersionYearTests
{
    private static string WithYear(string year) =>
        Mini("      - { code: I.1, title: A, max: 10, kind: yes-no }", 10).Replace("sample: true", $"sample: true\nyear: {year}\ndecision: {{ number: 12/QĐ-SNV, date: 2022-02-10 }}", StringComparison.Ordinal);

    [Fact]
    public void Year_Declared_ReadAndKeptInTheCanonicalForm()
    {
        var c = Compile(WithYear("2021"));
        Assert.Equal(2021, c.Version.Identity.Year);
        Assert.Equal(2021, c.Version.Identity.AssessedYear);
        var canonical = CanonicalForm.Write(c.Version);
        Assert.Contains("\"year\": 2021", canonical, StringComparison.Ordinal);
        Assert.Equal(2021, CriteriaReader.Read(canonical, "canonical.json").Version!.Identity.Year);
    }

    [Fact]
    public void Year_Absent_CanonicalFormHasNoYearAndTheDecisionYearIsTheGuess()
    {
        var c = Compile(Mini("      - { code: I.1, title: A, max: 10, kind: yes-no }", 10).Replace("sample: true", "sample: true\ndecision: { date: 2022-02-10 }", StringComparison.Ordinal));
        Assert.Null(c.Version.Identity.Year);
        Assert.Equal(2022, c.Version.Identity.AssessedYear);
        Assert.DoesNotContain("\"year\"", CanonicalForm.Write(c.Version), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("26")]
    [InlineData("2026.5")]
    [InlineData("hai nghìn")]
    public void Year_NotAYear_VietnameseErrorAtItsLine(string year)
    {
        var p = Assert.Single(CriteriaLinter.Lint(WithYear(year), "thu.yaml"), e => !e.IsWarning);
        Assert.Equal(4, p.Line);
        Assert.Contains("year", p.Message, StringComparison.Ordinal);
        Assert.Contains("năm", p.Message, StringComparison.Ordinal);
    }
}
