using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Registry;

namespace Scoring.Engine.History;

/// <summary>Compares this year's standings with last year's, following the registry's lineage: an agency is compared with itself when it
/// stood last year, or with the agency it renamed; an agency formed from others lists its predecessors' standings (found through as many
/// replacements as lie between the two years) and gets a change only when the version says how.</summary>
public static class YearComparison
{
    /// <summary>One comparison per standing of <paramref name="current"/>, in its order, against the standings of
    /// <paramref name="previous"/>, given every registered agency's direct <paramref name="predecessors"/> and the current run's
    /// <paramref name="version"/> (how a formed agency is compared, and how a mean is rounded: as totals are, else to <see cref="MeanStep"/>).</summary>
    public static IReadOnlyList<Comparison> Compare(IReadOnlyList<Standing> current, IReadOnlyList<Standing> previous,
        IReadOnlyDictionary<string, IReadOnlyList<string>> predecessors, CriteriaVersion version)
    {
        var before = new Dictionary<string, Standing>(StringComparer.Ordinal);
        foreach (var s in previous)
        {
            before.TryAdd(s.Code, s);
        }
        var successors = Successors(predecessors);
        return [.. current.Select(now => Compare(now, before, predecessors, successors, version))];
    }

    private static Comparison Compare(Standing now, Dictionary<string, Standing> before, IReadOnlyDictionary<string, IReadOnlyList<string>> predecessors,
        Dictionary<string, int> successors, CriteriaVersion version)
    {
        if (before.TryGetValue(now.Code, out var same))
        {
            return Change(now, Relation.Same, same);
        }
        var found = Lineage.Resolve(now.Code, before.ContainsKey, predecessors);
        if (found.Count == 0)
        {
            return new Comparison(now.Code, Relation.New, [], null, null);
        }
        var standings = found.Select(c => before[c]).ToList();
        if (found.Count == 1 && successors.GetValueOrDefault(found[0]) <= 1 && standings[0].Group == now.Group)
        {
            return Change(now, Relation.Renamed, standings[0]);
        }
        var relation = found.Count > 1 ? Relation.Merged : successors.GetValueOrDefault(found[0]) > 1 ? Relation.Split : Relation.Reorganised;
        var totals = standings.Select(s => s.Total).OfType<decimal>().ToList();
        if (version.Ranking.Predecessors == PredecessorComparison.Mean && now.Total is { } total && totals.Count > 0)
        {
            var mean = Rounding.Apply(totals.Sum() / totals.Count, version.Rounding.TotalStep ?? MeanStep, version.Rounding.Mode);
            return new Comparison(now.Code, relation, standings, total - mean, null, AgainstMean: true);
        }
        return new Comparison(now.Code, relation, standings, null, null);
    }

    /// <summary>The step a mean is rounded to when the version does not round totals.</summary>
    public const decimal MeanStep = 0.01m;

    private static Comparison Change(Standing now, Relation relation, Standing then) =>
        new(now.Code, relation, [then], now.Total - then.Total,
            now.Scope == then.Scope && now.Rank is { } rank && then.Rank is { } was ? was - rank : null);

    // How many registered agencies name each code as a predecessor.
    private static Dictionary<string, int> Successors(IReadOnlyDictionary<string, IReadOnlyList<string>> predecessors)
    {
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in predecessors.Values.SelectMany(list => list))
        {
            count[p] = count.GetValueOrDefault(p) + 1;
        }
        return count;
    }
}
