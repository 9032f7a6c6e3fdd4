namespace Scoring.Engine.Workflow;

/// <summary>A run as publication sees it: its scope (one group, or every group when null) and state, and the groups whose part
/// a later group run has already replaced.</summary>
public sealed record RunScope(long Id, string CriteriaId, int Year, string? Group, RunState State, IReadOnlyCollection<string> SupersededParts);

/// <summary>What publishing a run replaces: whole runs, and the parts (one group each) of all-groups runs.</summary>
public sealed record Publication(IReadOnlyList<long> SupersededRuns, IReadOnlyList<(long Run, string Group)> SupersededParts);

/// <summary>One official answer per (criteria version, year, group): which published runs a new publication replaces.</summary>
public static class PublicationPolicy
{
    /// <summary>Why the run cannot be published, or null.</summary>
    public static string? Refuse(RunScope run) => run.State switch
    {
        RunState.Draft => null,
        RunState.Published => $"Lượt xếp loại số {run.Id} đã công bố: không công bố lại được.",
        _ => $"Lượt xếp loại số {run.Id} đã công bố và đã được thay thế: không công bố lại được.",
    };

    /// <summary>What publishing <paramref name="run"/> replaces among the published runs of its version and year.</summary>
    public static Publication Decide(RunScope run, IEnumerable<RunScope> published)
    {
        var same = published.Where(p => p.Id != run.Id && p.State == RunState.Published && p.CriteriaId == run.CriteriaId && p.Year == run.Year)
            .OrderBy(p => p.Id).ToList();
        if (run.Group is null)
        {
            // An all-groups run is the whole answer: every published run of the year and version gives way.
            return new Publication([.. same.Select(p => p.Id)], []);
        }
        var whole = same.Where(p => p.Group == run.Group).Select(p => p.Id).ToList();
        var parts = same.Where(p => p.Group is null && !p.SupersededParts.Contains(run.Group)).Select(p => (p.Id, run.Group)).ToList();
        return new Publication(whole, parts);
    }

    /// <summary>The official run per group of a version and year: a published group run, else the published all-groups run
    /// whose part for that group has not been replaced.</summary>
    public static IReadOnlyDictionary<string, long> Official(IEnumerable<RunScope> runs, IEnumerable<string> groups)
    {
        var published = runs.Where(r => r.State == RunState.Published).ToList();
        var official = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var run = published.Where(r => r.Group == g).MaxBy(r => r.Id)
                ?? published.Where(r => r.Group is null && !r.SupersededParts.Contains(g)).MaxBy(r => r.Id);
            if (run is not null)
            {
                official[g] = run.Id;
            }
        }
        return official;
    }
}
