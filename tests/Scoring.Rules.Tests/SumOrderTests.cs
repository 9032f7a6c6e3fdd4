using Scoring.Engine.Submissions;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>Frozen from a property failure: decimal addition rounds past 28 digits, so points are summed by code, not by
/// the order the file lists them; listing the same items the other way round gives the same section and total.</summary>
public class SumOrderTests
{
    private static readonly string[] Points = ["1.6666666666666666666666666667", "2.5", "1.6666666666666666666666666667", "0.1111111111111111111111111111", "10"];

    private static string Items(IEnumerable<int> order) => string.Join("\n", order.Select(k =>
        $"      - {{ code: I.{k + 1}, title: T{k + 1}, max: 10, kind: tiers, tiers: [ {{ from: 0, points: {Points[k]} }} ] }}"));

    [Fact]
    public void Evaluate_ItemsListedInReverse_SameSectionSumAndTotal()
    {
        var forward = Compile(Mini(Items([0, 1, 2, 3, 4]), 50, extra: "rescaling: proportional"));
        var reverse = Compile(Mini(Items([4, 3, 2, 1, 0]), 50, extra: "rescaling: proportional").Replace("id: mini", "id: mini-nguoc", StringComparison.Ordinal));
        var answers = Enumerable.Range(1, 5).ToDictionary(k => $"I.{k}", _ => A(50));
        var a = Score(forward, answers);
        var b = Score(reverse, answers);
        Assert.Equal(a.Sections[0].Sum, b.Sections[0].Sum);
        Assert.Equal(15.944444444444444444444444444m, a.Sections[0].Sum);
        Assert.Equal(a.Total, b.Total);
    }
}
