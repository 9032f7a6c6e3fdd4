using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Xunit;

namespace Scoring.Engine.Tests;

public class RankerTests
{
    private static CriteriaVersion Version(RankingMethod method, RankingScope within) => new(
        new VersionIdentity("v", "V", null, null, null, null, null, null, true), 100m,
        [new Group("so", "Sở"), new Group("huyen", "Huyện")], [], [], PointBlock.Empty, PointBlock.Empty,
        [new ClassBand("Tốt", 90m, null), new ClassBand("Khá", 0m, 90m)], [], [], RoundingPolicy.None, RescalingPolicy.None,
        new RankingPolicy(method, within));

    private static AgencyResult Result(string code, decimal total, string group = "so", AgencyStatus status = AgencyStatus.Classified)
    {
        var none = new BlockResult(0m, 0m, 0m);
        return new AgencyResult("v", code, null, group, status, null, [], [], none, none, total, 100m, total, total, total, null,
            status == AgencyStatus.Classified ? "Khá" : null, []);
    }

    private static string Table(IEnumerable<RankedRow> rows) =>
        string.Join(" ", rows.Select(r => $"{r.Rank?.ToString() ?? "-"}:{r.Result.AgencyCode}"));

    [Fact]
    public void Rank_Competition_TiesShareRankNextSkipsTiesListedByCode()
    {
        var rows = Ranker.Rank(Version(RankingMethod.Competition, RankingScope.Group),
            [Result("d", 80m), Result("c", 90m), Result("b", 90m), Result("a", 95m)]);
        Assert.Equal("1:a 2:b 2:c 4:d", Table(rows));
    }

    [Fact]
    public void Rank_ClassThenPoints_BetterClassFirstEvenWithFewerPoints()
    {
        var version = Version(RankingMethod.Competition, RankingScope.Group) with
        {
            Ranking = new RankingPolicy(RankingMethod.Competition, RankingScope.Group, RankingOrder.ClassThenPoints),
        };
        // "capped" has 96 points but a cap holds it at Khá; by points it would rank first.
        List<AgencyResult> results = [Result("capped", 96m) with { ClassName = "Khá" }, Result("good", 91m) with { ClassName = "Tốt" },
            Result("best", 93m) with { ClassName = "Tốt" }, Result("fair", 80m), Result("same", 96m) with { ClassName = "Tốt" }];
        Assert.Equal("1:same 2:best 3:good 4:capped 5:fair", Table(Ranker.Rank(version, results)));
        Assert.Equal("1:capped 1:same 3:best 4:good 5:fair", Table(Ranker.Rank(Version(RankingMethod.Competition, RankingScope.Group), results)));
        // The same total in two classes is not a tie.
        var twoClasses = Ranker.Rank(version, [Result("x", 90m) with { ClassName = "Khá" }, Result("y", 90m) with { ClassName = "Tốt" }]);
        Assert.Equal("1:y 2:x", Table(twoClasses));
    }

    [Fact]
    public void Rank_Dense_TiesShareRankNextFollows()
    {
        var rows = Ranker.Rank(Version(RankingMethod.Dense, RankingScope.Group),
            [Result("d", 80m), Result("c", 90m), Result("b", 90m), Result("a", 95m)]);
        Assert.Equal("1:a 2:b 2:c 3:d", Table(rows));
    }

    [Fact]
    public void Rank_IneligibleAndNotAssessed_ListedAfterWithoutRank()
    {
        var rows = Ranker.Rank(Version(RankingMethod.Competition, RankingScope.Group),
            [Result("z", 0m, status: AgencyStatus.NotAssessed), Result("y", 99m, status: AgencyStatus.Ineligible), Result("x", 50m)]);
        Assert.Equal("1:x -:y -:z", Table(rows));
    }

    [Fact]
    public void Rank_WithinGroup_EachGroupInVersionOrder()
    {
        var rows = Ranker.Rank(Version(RankingMethod.Competition, RankingScope.Group),
            [Result("h1", 70m, "huyen"), Result("s1", 60m), Result("h2", 80m, "huyen")]);
        Assert.Equal("1:s1 1:h2 2:h1", Table(rows));
        Assert.Equal(["so", "huyen", "huyen"], rows.Select(r => r.Scope));
    }

    [Fact]
    public void Rank_WithinAll_OneTable()
    {
        var rows = Ranker.Rank(Version(RankingMethod.Competition, RankingScope.All),
            [Result("h1", 70m, "huyen"), Result("s1", 60m), Result("h2", 80m, "huyen")]);
        Assert.Equal("1:h2 2:h1 3:s1", Table(rows));
    }
}
