using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.History;

namespace Scoring.Rules.Tests;

/// <summary>Invariants of "compared with last year": the answer does not depend on the order of either year's standings; an agency
/// that stood last year under its own code is always the same agency, its change exactly this year's total minus last year's.</summary>
public class YearComparisonPropertyTests
{
    private static readonly CriteriaVersion Version = Support.Criteria.Compile(Support.Criteria.Mini(
        "      - { code: I.1, title: A, max: 100, kind: judgment, step: 1 }", 100, extra: "ranking: { method: competition, within: group, predecessors: mean }")).Version;

    [Property(MaxTest = 80)]
    public Property Compare_IsOrderIndependent_AndSameCodesAreSame(NonEmptyArray<byte> now, NonEmptyArray<byte> before, int seed)
    {
        // Codes 0..9 overlap between years; code n replaces n+10 and n+11 of last year (some of which exist).
        Standing S(int i, byte p, int year) => new($"dv-{(year == 0 ? i % 10 : i % 20):00}", "x", "g", "g", p % 7 == 0 ? null : i + 1,
            p % 7 == 0 ? null : p, p % 7 == 0 ? null : "Tốt", p % 7 == 0 ? AgencyStatus.NotAssessed : AgencyStatus.Classified);
        var current = now.Get.Select((p, i) => S(i, p, 0)).DistinctBy(s => s.Code).ToList();
        var previous = before.Get.Select((p, i) => S(i, p, 1)).DistinctBy(s => s.Code).ToList();
        var lineage = Enumerable.Range(0, 10).ToDictionary(n => $"dv-{n:00}", n => (IReadOnlyList<string>)[$"dv-{n + 10:00}", $"dv-{n + 11:00}"]);
        var random = new Random(seed);
        var shuffled = YearComparison.Compare([.. current.OrderBy(_ => random.Next())], [.. previous.OrderBy(_ => random.Next())], lineage, Version)
            .OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var straight = YearComparison.Compare(current, previous, lineage, Version).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();

        string Show(IEnumerable<Comparison> cs) => string.Join("\n", cs.Select(c => $"{c.Code} {c.Relation} {c.PointsChange} {c.RankChange} "
            + string.Join(",", c.Before.Select(b => b.Code))));
        var sameCodes = current.Where(c => previous.Any(p => p.Code == c.Code)).All(c =>
        {
            var comparison = straight.First(s => s.Code == c.Code);
            var then = previous.First(p => p.Code == c.Code);
            return comparison.Relation == Relation.Same && comparison.PointsChange == c.Total - then.Total;
        });
        return (Show(shuffled) == Show(straight) && sameCodes).Label(Show(straight));
    }
}
