using Scoring.Engine.Runs;
using Scoring.Engine.Submissions;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>The guide's ranking example (criteria/README.md, section 12, "Ví dụ by"): the same three agencies ranked by points, class
/// then points, and without classes, as the guide says.</summary>
public class GuideRankingTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepoRoot, "criteria", "README.md"));

    private static string Version(string by, bool classed) => Mini("      - { code: I.1, title: A, max: 100, kind: judgment, step: 1 }", 100,
        extra: $"ranking: {{ method: competition, within: group, by: {by} }}\n"
            + "inputs:\n  - { code: diem_nong, title: Điểm nóng, type: count, default: 0 }\n"
            + (classed ? "caps:\n  - { code: diem-nong, when: \"diem_nong > 0\", at-most: \"Khá\", reason: \"Để xảy ra điểm nóng\" }\n" : ""),
        classes: classed ? Block("```yaml\nclasses:\n  - { name: \"Tốt\", from: 80 }") : "");

    /// <summary>A YAML block of the guide that starts with <paramref name="start"/>.</summary>
    private static string Block(string start)
    {
        var at = Guide.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, "The guide's block is missing: " + start);
        return Guide[(at + "```yaml\n".Length)..Guide.IndexOf("```", at + 7, StringComparison.Ordinal)];
    }

    private static string Ranks(string by, bool classed)
    {
        var c = Compile(Version(by, classed));
        Submission S(string code, decimal points, decimal hotSpots) =>
            new(code, null, "g", new Dictionary<string, Answer> { ["I.1"] = A(points) }, new Dictionary<string, decimal> { ["diem_nong"] = hotSpots });
        var rows = RunResults.Classify(c.Version, c.Scorer, [S("C", 78, 0), S("A", 92, 1), S("B", 85, 0)]);
        Assert.All(rows, r => Assert.Equal(classed, r.Result.ClassName is not null));
        return string.Join(", ", rows.OrderBy(r => r.Rank).Select(r => $"{r.Result.AgencyCode} hạng {r.Rank}"));
    }

    [Theory]
    [InlineData("points", true, "- `by: points` → ")]
    [InlineData("class-then-points", true, "- `by: class-then-points` → ")]
    [InlineData("points", false, "- Không khai báo `classes` (chỉ chấm điểm và xếp hạng, không có `caps`) → ")]
    public void Guide_RankingExample_RanksAsTheGuideSays(string by, bool classed, string line)
    {
        var at = Guide.IndexOf(line, StringComparison.Ordinal);
        Assert.True(at >= 0, "The guide's ranking example is missing: " + line);
        var said = Guide[(at + line.Length)..Guide.IndexOf('\n', at)];

        var ranks = Ranks(by, classed);

        Assert.StartsWith(ranks, said, StringComparison.Ordinal);
    }
}
