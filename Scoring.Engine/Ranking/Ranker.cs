using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;

namespace Scoring.Engine.Ranking;

/// <summary>Ranks classified agencies by final total (or by class, then total, where the version says); ties share a rank and are
/// listed by code; the rest are listed unranked.</summary>
public static class Ranker
{
    /// <summary>Ranks results within each group (in the version's group order) or all together, by the version's policy.</summary>
    public static IReadOnlyList<RankedRow> Rank(CriteriaVersion version, IEnumerable<AgencyResult> results)
    {
        var all = results.ToList();
        var rows = new List<RankedRow>(all.Count);
        if (version.Ranking.Within == RankingScope.All)
        {
            RankScope("", all, version, rows);
            return rows;
        }
        var order = version.Groups.Select((g, i) => (g.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        foreach (var group in all.GroupBy(r => r.Group, StringComparer.Ordinal)
                     .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            RankScope(group.Key, [.. group], version, rows);
        }
        return rows;
    }

    private static void RankScope(string scope, List<AgencyResult> results, CriteriaVersion version, List<RankedRow> rows)
    {
        var method = version.Ranking.Method;
        // By class first: the class's position in the version (best first; none last), then points. By points: one class for all.
        int Class(AgencyResult r) => version.Ranking.By == RankingOrder.ClassThenPoints
            ? (r.ClassName is { } name && version.ClassIndex(name) is >= 0 and var k ? k : int.MaxValue)
            : 0;
        var ranked = results.Where(r => r.IsRanked)
            .OrderBy(Class).ThenByDescending(r => r.Total).ThenBy(r => r.AgencyCode, StringComparer.Ordinal).ToList();
        int rank = 0, distinct = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (i == 0 || ranked[i].Total != ranked[i - 1].Total || Class(ranked[i]) != Class(ranked[i - 1]))
            {
                distinct++;
                rank = method == RankingMethod.Competition ? i + 1 : distinct;
            }
            rows.Add(new RankedRow(scope, rank, ranked[i]));
        }
        rows.AddRange(results.Where(r => !r.IsRanked)
            .OrderBy(r => r.Status).ThenBy(r => r.AgencyCode, StringComparer.Ordinal)
            .Select(r => new RankedRow(scope, null, r)));
    }
}
