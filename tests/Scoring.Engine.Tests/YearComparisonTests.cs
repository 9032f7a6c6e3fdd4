using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.History;
using Xunit;

namespace Scoring.Engine.Tests;

/// <summary>Compared with last year through the registry's lineage (issue 19, part 2): the same agency, a renamed one, a merger, a
/// split, a district replaced by a commune, a new agency, a merger of mergers, and the version's "predecessors: mean".</summary>
public class YearComparisonTests
{
    private static CriteriaVersion Version(PredecessorComparison predecessors = PredecessorComparison.None, decimal? totalStep = null) => new(
        new VersionIdentity("v", "V", null, null, null, null, null, null, true), 100m,
        [new Group("so", "Sở"), new Group("xa", "Xã")], [], [], PointBlock.Empty, PointBlock.Empty,
        [new ClassBand("Tốt", 80m, null), new ClassBand("Khá", 0m, 80m)], [], [], new RoundingPolicy(null, null, totalStep, RoundingMode.HalfUp), RescalingPolicy.None,
        new RankingPolicy(RankingMethod.Competition, RankingScope.Group, RankingOrder.Points, predecessors));

    private static Standing S(string code, string group, int? rank, decimal? total) =>
        new(code, "Tên " + code, group, group, rank, total, total is null ? null : total >= 80m ? "Tốt" : "Khá",
            total is null ? AgencyStatus.NotAssessed : AgencyStatus.Classified);

    private static readonly Dictionary<string, IReadOnlyList<string>> Lineage = new()
    {
        ["so-moi"] = ["so-cu"],                 // renamed (same group, nothing else replaces so-cu)
        ["phuong"] = ["quan-a", "quan-b"],      // merged
        ["xa-1"] = ["huyen"],                   // split: huyen is replaced by two
        ["xa-2"] = ["huyen"],
        ["xa-3"] = ["quan-c"],                  // reorganised: a district (group so here) replaced by a commune
        ["xa-4"] = ["trung-gian"],              // a merger of mergers: trung-gian had no result, its predecessors did
        ["trung-gian"] = ["quan-d", "quan-e"],
    };

    private static readonly Standing[] Before =
    [
        S("so-giu", "so", 2, 85m), S("so-cu", "so", 1, 90m), S("quan-a", "xa", 1, 70m), S("quan-b", "xa", 2, 65m),
        S("huyen", "xa", 3, 60m), S("quan-c", "so", 3, 75m), S("quan-d", "xa", 4, 50m), S("quan-e", "xa", 5, 41m),
    ];

    private static Comparison One(string code, string group, int? rank, decimal? total, CriteriaVersion? version = null) =>
        YearComparison.Compare([S(code, group, rank, total)], Before, Lineage, version ?? Version())[0];

    [Fact]
    public void Same_ChangeInPointsAndRank_WhenRankedInTheSameScope()
    {
        var c = One("so-giu", "so", 1, 88.5m);
        Assert.Equal(Relation.Same, c.Relation);
        Assert.Equal(3.5m, c.PointsChange);
        Assert.Equal(1, c.RankChange);
        Assert.Null(One("so-giu", "xa", 1, 88.5m).RankChange); // ranked in another scope: no rank change
    }

    [Fact]
    public void Renamed_IsComparedAsTheSameAgency()
    {
        var c = One("so-moi", "so", 2, 80m);
        Assert.Equal(Relation.Renamed, c.Relation);
        Assert.Equal("so-cu", Assert.Single(c.Before).Code);
        Assert.Equal(-10m, c.PointsChange);
        Assert.Equal(-1, c.RankChange);
    }

    [Fact]
    public void Merged_ListsEveryPredecessor_AndComputesNothing()
    {
        var c = One("phuong", "xa", 1, 75m);
        Assert.Equal(Relation.Merged, c.Relation);
        Assert.Equal(["quan-a", "quan-b"], c.Before.Select(b => b.Code));
        Assert.Null(c.PointsChange);
        Assert.Null(c.RankChange);
        Assert.False(c.SameAgency);
    }

    [Fact]
    public void Split_AndReorganised_AreNotTheSameAgency()
    {
        Assert.Equal(Relation.Split, One("xa-1", "xa", 1, 70m).Relation);
        Assert.Null(One("xa-1", "xa", 1, 70m).PointsChange);
        var reorganised = One("xa-3", "xa", 1, 70m);
        Assert.Equal(Relation.Reorganised, reorganised.Relation);
        Assert.Null(reorganised.PointsChange);
    }

    [Fact]
    public void New_HasNothingBefore()
    {
        var c = One("dac-khu", "xa", 1, 70m);
        Assert.Equal(Relation.New, c.Relation);
        Assert.Empty(c.Before);
        Assert.Null(c.PointsChange);
    }

    [Fact]
    public void MergerOfMergers_ReachesBackToTheAgenciesThatStood()
    {
        var c = One("xa-4", "xa", 1, 60m);
        Assert.Equal(Relation.Merged, c.Relation);
        Assert.Equal(["quan-d", "quan-e"], c.Before.Select(b => b.Code));
    }

    [Fact]
    public void Mean_WhenTheVersionSaysSo_RoundedAsTotalsOrToHundredths()
    {
        // (70 + 65) / 2 = 67.5; 75 - 67.5 = 7.5.
        var merged = One("phuong", "xa", 1, 75m, Version(PredecessorComparison.Mean));
        Assert.Equal(7.5m, merged.PointsChange);
        Assert.True(merged.AgainstMean);
        Assert.Null(merged.RankChange);
        // (50 + 41) / 2 = 45.5 rounded to a whole point (half up) is 46: 60 - 46 = 14; unrounded totals round the mean to 0.01.
        Assert.Equal(14m, One("xa-4", "xa", 1, 60m, Version(PredecessorComparison.Mean, 1m)).PointsChange);
        var thirds = YearComparison.Compare([S("n", "xa", 1, 50m)], [S("p", "xa", 1, 10m), S("q", "xa", 2, 10m), S("r", "xa", 3, 11m)],
            new Dictionary<string, IReadOnlyList<string>> { ["n"] = ["p", "q", "r"] }, Version(PredecessorComparison.Mean))[0];
        Assert.Equal(39.67m, thirds.PointsChange); // 50 - 10.33
        // A predecessor not assessed is left out of the mean; an agency not assessed now has no change.
        Assert.Null(One("phuong", "xa", null, null, Version(PredecessorComparison.Mean)).PointsChange);
    }

    [Fact]
    public void NotAssessedLastYear_IsTheSameAgency_WithNoChange()
    {
        var c = YearComparison.Compare([S("a", "so", 1, 80m)], [S("a", "so", null, null)], new Dictionary<string, IReadOnlyList<string>>(), Version())[0];
        Assert.Equal(Relation.Same, c.Relation);
        Assert.Null(c.PointsChange);
        Assert.Null(c.RankChange);
    }

    [Fact]
    public void History_ShowsPredecessorsBeforeAndTheAgencyAfter()
    {
        var years = new[]
        {
            (2023, (IReadOnlyDictionary<string, Standing>)Before.ToDictionary(s => s.Code)),
            (2026, new Dictionary<string, Standing> { ["phuong"] = S("phuong", "xa", 1, 75m) }),
            (2025, new Dictionary<string, Standing>()),
        };
        var history = AgencyHistory.Of("phuong", years, Lineage);
        Assert.Equal([2023, 2026], history.Select(h => h.Year));
        Assert.Null(history[0].Own);
        Assert.Equal(["quan-a", "quan-b"], history[0].Predecessors.Select(p => p.Code));
        Assert.Equal(75m, history[1].Own?.Total);
    }

    [Fact]
    public void Ancestors_AreEveryAgencyBefore_EachOnce()
    {
        Assert.Equal(["quan-d", "quan-e", "trung-gian"], Registry.Lineage.Ancestors("xa-4", Lineage));
        Assert.Empty(Registry.Lineage.Ancestors("so-giu", Lineage));
    }
}
