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

/// <summary>The ranking order as data: <c>ranking: { by: class-then-points }</c>.</summary>
public class RankingOrderTests
{
    private static string With(string ranking, bool classes = true)
    {
        var yaml = Mini("      - { code: I.1, title: A, max: 10, kind: judgment, step: 0.5 }", 10) + "\n" + ranking;
        return classes ? yaml : yaml[..yaml.IndexOf("classes:", StringComparison.Ordinal)] + "\n" + ranking;
    }

    [Fact]
    public void Ranking_ClassThenPoints_ReadAndCanonicalOnlyWhenSet()
    {
        var c = Compile(With("ranking: { method: dense, by: class-then-points }"));
        Assert.Equal(Scoring.Engine.Criteria.RankingOrder.ClassThenPoints, c.Version.Ranking.By);
        Assert.Contains("\"by\": \"class-then-points\"", CanonicalForm.Write(c.Version), StringComparison.Ordinal);
        Assert.DoesNotContain("\"by\"", CanonicalForm.Write(Compile(With("ranking: { method: dense }")).Version), StringComparison.Ordinal);
    }

    [Fact]
    public void Ranking_UnknownOrderOrNoClasses_VietnameseError()
    {
        Assert.Contains("class-then-points", Assert.Single(CriteriaLinter.Lint(With("ranking: { by: hang }"), "t.yaml"), p => !p.IsWarning).Message, StringComparison.Ordinal);
        Assert.Contains("cần danh sách xếp loại", Assert.Single(CriteriaLinter.Lint(With("ranking: { by: class-then-points }", classes: false), "t.yaml"), p => !p.IsWarning).Message, StringComparison.Ordinal);
    }
}
