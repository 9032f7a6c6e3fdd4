using Scoring.Engine.Criteria;
using Scoring.Rules.Format;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary><c>ranking.predecessors</c> (issue 19): how an agency formed from others is compared with last year. Read as written; the
/// default leaves every existing version's canonical text and hash as they were; anything else is a Vietnamese error on its line.</summary>
public class PredecessorsOptionTests
{
    private static string Yaml(string? predecessors) => Mini("      - { code: I.1, title: A, max: 100, kind: judgment, step: 1 }", 100,
        extra: "ranking: { method: competition, within: group" + (predecessors is null ? "" : ", predecessors: " + predecessors) + " }");

    [Fact]
    public void Mean_IsRead_AndKeptByTheCanonicalForm()
    {
        var read = CriteriaReader.Read(Yaml("mean"), "t.yaml");
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal(PredecessorComparison.Mean, read.Version!.Ranking.Predecessors);
        var again = CriteriaReader.Read(CanonicalForm.Write(read.Version), "canonical.json");
        Assert.Equal(PredecessorComparison.Mean, again.Version!.Ranking.Predecessors);
        Assert.NotEqual(CanonicalForm.Hash(CriteriaReader.Read(Yaml(null), "t.yaml").Version!), CanonicalForm.Hash(read.Version));
    }

    [Fact]
    public void None_IsTheDefault_AndChangesNoHash()
    {
        var without = CriteriaReader.Read(Yaml(null), "t.yaml").Version!;
        var none = CriteriaReader.Read(Yaml("none"), "t.yaml").Version!;
        Assert.Equal(PredecessorComparison.None, without.Ranking.Predecessors);
        Assert.Equal(CanonicalForm.Hash(without), CanonicalForm.Hash(none));
        Assert.DoesNotContain("predecessors", CanonicalForm.Write(none), StringComparison.Ordinal);
    }

    [Fact]
    public void AnythingElse_IsAVietnameseErrorOnItsLine()
    {
        var yaml = Yaml("median");
        var read = CriteriaReader.Read(yaml, "t.yaml");
        var problem = Assert.Single(read.Problems, p => !p.IsWarning);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("predecessors: median", StringComparison.Ordinal)) + 1, problem.Line);
        Assert.Equal("Cách so sánh đơn vị hình thành từ đơn vị khác \"median\" không hợp lệ: cần none (không tính thay đổi) hoặc mean (so với điểm "
            + "trung bình của các đơn vị trước đó).", problem.Message);
    }
}
