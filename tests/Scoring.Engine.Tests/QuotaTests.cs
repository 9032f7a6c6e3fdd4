using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Xunit;

namespace Scoring.Engine.Tests;

/// <summary>Class quotas: "Xuất sắc" for at most 20 % of those rated "Tốt" (the decree's rule), counts, ties, and the properties
/// that a quota never raises a class, never lets a class exceed it (ties out), and does not depend on the order of agencies.</summary>
public class QuotaTests
{
    private static CriteriaVersion Version(ClassQuota quota, RankingScope within = RankingScope.Group) => new(
        new VersionIdentity("v", "V", null, null, null, null, null, null, true), 100m,
        [new Group("so", "Sở"), new Group("xa", "Xã")], [], [], PointBlock.Empty, PointBlock.Empty,
        [new ClassBand("Xuất sắc", 90m, null, quota), new ClassBand("Tốt", 70m, 90m), new ClassBand("Đạt", 0m, 70m)], [], [],
        RoundingPolicy.None, RescalingPolicy.None, new RankingPolicy(RankingMethod.Competition, within));

    private static AgencyResult Result(CriteriaVersion v, string code, decimal total, string group = "so")
    {
        var none = new BlockResult(0m, 0m, 0m);
        var band = v.Classes.First(b => b.Contains(total));
        return new AgencyResult("v", code, null, group, AgencyStatus.Classified, null, [], [], none, none, total, 100m, total, total, total, band, band.Name, []);
    }

    private static string Classes(IEnumerable<AgencyResult> results) =>
        string.Join(" ", results.OrderBy(r => r.AgencyCode, StringComparer.Ordinal).Select(r => $"{r.AgencyCode}:{r.ClassName}"));

    [Fact]
    public void Quota_TwentyPercentOfThoseRatedTot_BeyondItByRankMoveDownWithTheReason()
    {
        var v = Version(new ClassQuota(20m, null, "Tốt", false, false));
        // Five rated Tốt by their bands: 20 % of 5 is 1, so one Xuất sắc; the base is counted before anyone moves.
        var results = new[] { ("a", 95m), ("b", 94m), ("c", 92m), ("d", 89m), ("e", 85m), ("f", 80m), ("g", 75m), ("h", 71m), ("i", 50m) }
            .Select(x => Result(v, x.Item1, x.Item2)).ToList();
        var applied = Quotas.Apply(v, results);
        Assert.Equal("a:Xuất sắc b:Tốt c:Tốt d:Tốt e:Tốt f:Tốt g:Tốt h:Tốt i:Đạt", Classes(applied));
        var moved = Assert.Single(applied.Single(r => r.AgencyCode == "c").Conditions);
        Assert.Equal(("quota:Xuất sắc", "Tốt", true), (moved.RuleName, moved.AtMost, moved.Changed));
        Assert.Equal("Vượt chỉ tiêu xếp loại Xuất sắc (tối đa 20% của số đơn vị xếp loại Tốt: 1 trên 5 đơn vị); đứng thứ 3 trong số đơn vị đạt mức này nên chuyển xuống Tốt", moved.Reason);
        Assert.Empty(applied.Single(r => r.AgencyCode == "a").Conditions);
    }

    [Theory]
    [InlineData(false, "a:Tốt b:Tốt c:Tốt")]
    [InlineData(true, "a:Xuất sắc b:Xuất sắc c:Tốt")]
    public void Quota_TieAtTheBoundary_AllOutOrAllIn(bool tiesIn, string expected)
    {
        var v = Version(new ClassQuota(null, 1, null, false, tiesIn));
        Assert.Equal(expected, Classes(Quotas.Apply(v, [Result(v, "a", 95m), Result(v, "b", 95m), Result(v, "c", 91m)])));
    }

    [Fact]
    public void Quota_PerGroupOrOfAll_AsTheVersionSays()
    {
        var perGroup = Version(new ClassQuota(null, 1, null, false, false));
        List<AgencyResult> results = [Result(perGroup, "a", 99m, "so"), Result(perGroup, "b", 95m, "so"), Result(perGroup, "c", 91m, "xa")];
        Assert.Equal("a:Xuất sắc b:Tốt c:Xuất sắc", Classes(Quotas.Apply(perGroup, results)));
        var ofAll = Version(new ClassQuota(null, 1, null, true, false));
        Assert.Equal("a:Xuất sắc b:Tốt c:Tốt", Classes(Quotas.Apply(ofAll, results)));
    }

    [Property(MaxTest = 200)]
    public Property Quota_NeverRaisesNeverExceedsOrderFree(NonEmptyArray<byte> points, byte percent, bool byCount, int seed)
    {
        var quota = byCount ? new ClassQuota(null, percent % 5, null, false, false) : new ClassQuota(percent % 101, null, "Tốt", false, false);
        var v = Version(quota);
        var results = points.Get.Select((p, i) => Result(v, $"dv-{i:000}", 40m + p % 61, i % 3 == 0 ? "xa" : "so")).ToList();
        var applied = Quotas.Apply(v, results);
        var shuffled = Quotas.Apply(v, [.. results.OrderBy(_ => new Random(seed).Next())]);
        var neverRaised = results.Zip(applied).All(p => v.ClassIndex(p.Second.ClassName!) >= v.ClassIndex(p.First.ClassName!));
        var withinQuota = applied.GroupBy(r => r.Group).All(g =>
            g.Count(r => r.ClassName == "Xuất sắc") <= quota.Limit(quota.OfClass is null ? g.Count() : results.Count(r => r.Group == g.Key && r.ClassName == "Tốt")));
        return neverRaised.Label("raised").And(withinQuota.Label("exceeded")).And((Classes(applied) == Classes(shuffled)).Label("order"));
    }
}
