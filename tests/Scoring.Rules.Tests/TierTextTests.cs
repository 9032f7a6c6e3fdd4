using Scoring.Rules.Format;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>A run stores each item's rule in words and replay compares it byte for byte with the version read back from its canonical form
/// (which writes every tier's upper edge): tiers written without "to" must read the same both ways.</summary>
public class TierTextTests
{
    [Fact]
    public void Tiers_WithoutUpperEdges_DescribedAlikeFromTheFileAndFromTheCanonicalForm()
    {
        var file = Compile(Mini("""
                  - code: I.1
                    title: Tỷ lệ
                    max: 10
                    kind: tiers
                    tiers:
                      - { from: 0, points: 2 }
                      - { from: 80, points: 6 }
                      - { from: 90, points: 10 }
            """, 10));
        var canonical = CriteriaReader.Read(CanonicalForm.Write(file.Version), "canonical.json").Version!;

        var said = file.Version.AllItems[0].Kind.Describe(10m);

        Assert.Equal("từ 90% trở lên: 10 điểm; từ 80% đến dưới 90%: 6 điểm; từ 0% đến dưới 80%: 2 điểm", said);
        Assert.Equal(said, canonical.AllItems[0].Kind.Describe(10m));
    }
}
