using Scoring.Engine.Registry;

namespace Scoring.Engine.History;

/// <summary>One published year of an agency's history: its own standing, or (before it existed) its predecessors' standings.</summary>
public sealed record HistoryYear(int Year, Standing? Own, IReadOnlyList<Standing> Predecessors);

/// <summary>An agency's results over the published years, following the registry's lineage back through mergers and renames.</summary>
public static class AgencyHistory
{
    /// <summary>Every year, oldest first, in which the agency <paramref name="code"/> or one of its predecessors stood, given each published
    /// year's standings by code (<paramref name="years"/>) and every registered agency's direct <paramref name="predecessors"/>.</summary>
    public static IReadOnlyList<HistoryYear> Of(string code, IEnumerable<(int Year, IReadOnlyDictionary<string, Standing> Standings)> years,
        IReadOnlyDictionary<string, IReadOnlyList<string>> predecessors)
    {
        var history = new List<HistoryYear>();
        foreach (var (year, standings) in years.OrderBy(y => y.Year))
        {
            if (standings.TryGetValue(code, out var own))
            {
                history.Add(new HistoryYear(year, own, []));
                continue;
            }
            var before = Lineage.Resolve(code, standings.ContainsKey, predecessors);
            if (before.Count > 0)
            {
                history.Add(new HistoryYear(year, null, [.. before.Select(c => standings[c])]));
            }
        }
        return history;
    }
}
