using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Engine.Runs;
using Xunit;

namespace Scoring.Engine.Tests;

/// <summary>The comparison's summary: counts of class, rank and total changes, and the largest moves by points, then rank, then code,
/// whatever the order of the agencies.</summary>
public class DiffSummaryTests
{
    private static AgencyDiff Diff(string code, decimal? oldTotal, decimal? newTotal, string? oldClass = "Tốt", string? newClass = "Tốt", int? oldRank = 1, int? newRank = 1) =>
        new(code, code.ToUpperInvariant(), "so", oldTotal, newTotal, oldClass, newClass, oldRank, newRank, [], []);

    [Fact]
    public void Counts_AndLargestMovesByPointsThenRankThenCode()
    {
        var diffs = new[]
        {
            Diff("a", 90m, 90m),
            Diff("b", 90m, 84.5m, "Tốt", "Khá", 1, 3),
            Diff("c", 80m, 85.5m, oldRank: 3, newRank: 1),
            Diff("d", 70m, 70m, oldRank: 4, newRank: 5),
            Diff("e", null, null, "Chưa đánh giá", "Chưa đánh giá", null, null),
        };

        var summary = DiffSummary.Of(diffs, shown: 3);

        Assert.Equal((5, 1, 3, 2), (summary.Agencies, summary.ClassChanged, summary.RankChanged, summary.TotalChanged));
        Assert.Equal(["b", "c", "d"], summary.LargestMoves.Select(d => d.AgencyCode));
    }

    [Property]
    public Property SameSummary_InAnyOrder() => Prop.ForAll(
        Gen.Choose(0, 40).SelectMany(n => Gen.Choose(0, 2000).ArrayOf(n)).ToArbitrary(),
        points =>
        {
            var diffs = points.Select((p, i) => Diff($"a{i:D2}", 50m, p / 20m, oldRank: i, newRank: p % 7)).ToList();
            var reversed = Enumerable.Reverse(diffs).ToList();
            var (one, other) = (DiffSummary.Of(diffs), DiffSummary.Of(reversed));
            return one.LargestMoves.SequenceEqual(other.LargestMoves) && one with { LargestMoves = [] } == other with { LargestMoves = [] };
        });
}
