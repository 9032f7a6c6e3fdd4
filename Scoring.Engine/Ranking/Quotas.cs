using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;

namespace Scoring.Engine.Ranking;

/// <summary>Class quotas (e.g. "Xuất sắc" for at most 20 % of those rated "Tốt", as Nghị định 335/2025/NĐ-CP keeps): applied to a run's
/// results after bands, caps and eligibility, class by class from the top; within a scope the agencies of a class are taken by
/// total (then code), and those beyond the quota move to the next class with the reason. A base class is counted before any
/// quota moves anyone. A quota never raises a class, and with <c>ties: out</c> a class never holds more than its quota.</summary>
public static class Quotas
{
    /// <summary>The results with every quota applied (the same list when the version has none).</summary>
    public static IReadOnlyList<AgencyResult> Apply(CriteriaVersion version, IReadOnlyList<AgencyResult> results)
    {
        var classes = version.Classes;
        if (classes.All(c => c.Quota is null))
        {
            return results;
        }
        var before = results;
        var current = results.ToArray();
        for (var k = 0; k < classes.Count - 1; k++)
        {
            if (classes[k].Quota is not { } quota)
            {
                continue;
            }
            foreach (var scope in Scopes(version, quota, current.Length, i => current[i].Group))
            {
                var members = scope.Where(i => current[i].Status == AgencyStatus.Classified && current[i].ClassName == classes[k].Name)
                    .OrderByDescending(i => current[i].Total).ThenBy(i => current[i].AgencyCode, StringComparer.Ordinal).ToList();
                var basis = Basis(quota, before, scope);
                var limit = quota.Limit(basis);
                if (members.Count <= limit)
                {
                    continue;
                }
                var keep = Boundary(members.Select(i => current[i].Total).ToList(), limit, quota.TiesIn);
                for (var j = keep; j < members.Count; j++)
                {
                    current[members[j]] = Demote(current[members[j]], classes[k], classes[k + 1], quota, limit, basis, j + 1);
                }
            }
        }
        return current;
    }

    /// <summary>What a quota is a share of in one scope, counted before any quota moves anyone: the agencies placed in its base class, or
    /// every classified agency.</summary>
    public static int Basis(ClassQuota quota, IReadOnlyList<AgencyResult> before, IEnumerable<int> scope) => quota.OfClass is { } of
        ? scope.Count(i => before[i].Status == AgencyStatus.Classified && before[i].ClassName == of)
        : scope.Count(i => before[i].Status == AgencyStatus.Classified);

    /// <summary>How many keep the class: the limit, moved to the edge of a tie that straddles it (all tied in, or all out); totals are
    /// in descending order.</summary>
    public static int Boundary(List<decimal> totals, int limit, bool tiesIn)
    {
        if (limit == 0 || totals[limit - 1] != totals[limit])
        {
            return limit;
        }
        var tied = totals[limit];
        var keep = limit;
        if (tiesIn)
        {
            while (keep < totals.Count && totals[keep] == tied)
            {
                keep++;
            }
        }
        else
        {
            while (keep > 0 && totals[keep - 1] == tied)
            {
                keep--;
            }
        }
        return keep;
    }

    /// <summary>The agencies (by index) a quota is counted over: all of them when it counts all or the version ranks all together, else
    /// each group's, in group code order.</summary>
    public static IEnumerable<List<int>> Scopes(CriteriaVersion version, ClassQuota quota, int count, Func<int, string> group)
    {
        var all = Enumerable.Range(0, count).ToList();
        return quota.OfAll || version.Ranking.Within == RankingScope.All
            ? [all]
            : all.GroupBy(group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList());
    }

    /// <summary>A result moved down one class by a quota, with the reason: the quota, its limit over its basis, and the agency's place.</summary>
    public static AgencyResult Demote(AgencyResult r, ClassBand from, ClassBand to, ClassQuota quota, int limit, int basis, int position)
    {
        var reason = $"Vượt chỉ tiêu xếp loại {from.Name} ({quota.Describe()}: {limit} trên {basis} đơn vị); đứng thứ {position} trong số đơn vị đạt mức này nên chuyển xuống {to.Name}";
        return r with
        {
            ClassName = to.Name,
            Conditions = [.. r.Conditions, new AppliedCondition("quota:" + from.Name, $"chỉ tiêu {from.Name}", reason, to.Name, true)],
        };
    }
}
