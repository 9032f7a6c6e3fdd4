using System.Globalization;
using Scoring.Api.Storage;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.History;
using Scoring.Engine.Registry;

namespace Scoring.Api.UseCases;

/// <summary>A run compared with last year: the year compared with (the latest earlier year with a published run, null when there is
/// none), the runs its standings come from, and each agency's comparison by code.</summary>
public sealed record LastYear(int? Year, IReadOnlyList<long> Runs, IReadOnlyDictionary<string, Comparison> ByCode)
{
    /// <summary>Nothing to compare with.</summary>
    public static LastYear None { get; } = new(null, [], new Dictionary<string, Comparison>());
}

/// <summary>An agency's history: its current registry entry (null when unknown), its results over every published year (with its
/// predecessors' before it existed), and its latest published year compared with the year before (null when there is no such pair), the
/// version scale of its latest year (for the chart).</summary>
public sealed record AgencyHistoryView(AgencyInfo? Agency, IReadOnlyList<HistoryYear> Years, (int Year, int Before, Comparison Comparison)? Latest = null,
    decimal Scale = 100m);

/// <summary>An agency in the registry across time: every version recorded (oldest first, when and by whom), the agencies it replaces
/// and those replacing it (as registered now), and its results over the years.</summary>
public sealed record AgencyLineage(IReadOnlyList<(AgencyInfo Agency, string RecordedAt, string RecordedBy)> Versions, IReadOnlyList<AgencyInfo> Predecessors,
    IReadOnlyList<AgencyInfo> Successors, AgencyHistoryView Results);

/// <summary>Results across years: a run compared with last year, and an agency's history. A year's results are those of its official
/// runs: per group, the run published last (for a published run compared with last year, as they stood when it was published, so that
/// its report never changes); the agencies' lineage is the registry's.</summary>
public sealed class ReadHistory(Store store, FrozenCriteria versions)
{
    /// <summary>A stored run compared with last year, or null when there is no such run.</summary>
    public async Task<(RunHeader Header, LastYear LastYear)?> ForRunAsync(long runId, CancellationToken ct)
    {
        if (await store.Runs.GetAsync(runId, ct).ConfigureAwait(false) is not { } header)
        {
            return null;
        }
        var registry = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var standings = await StandingsAsync(runId, null, null, registry, ct).ConfigureAwait(false);
        return (header, await CompareAsync(header, standings, ct).ConfigureAwait(false));
    }

    /// <summary>Standings of the run <paramref name="header"/> (or of the official answer it heads) compared with last year.</summary>
    public async Task<LastYear> CompareAsync(RunHeader header, IReadOnlyList<Standing> current, CancellationToken ct)
    {
        var runs = await store.Runs.ListAsync(ct).ConfigureAwait(false);
        var asOf = header.PublishedAt;
        var earlier = Published(runs, asOf).Where(r => r.Year < header.Year).ToList();
        if (earlier.Count == 0)
        {
            return LastYear.None;
        }
        var year = earlier.Max(r => r.Year);
        var registry = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var (ids, previous, _) = await YearAsync(earlier.Where(r => r.Year == year).ToList(), null, registry, ct).ConfigureAwait(false);
        var version = (await versions.LoadAsync(header.CriteriaId, ct).ConfigureAwait(false))?.Version;
        if (version is null)
        {
            return LastYear.None;
        }
        var compared = YearComparison.Compare(current, previous, Predecessors(registry), version);
        return new LastYear(year, ids, compared.ToDictionary(c => c.Code, StringComparer.Ordinal));
    }

    /// <summary>An agency's results over every published year (as the runs stand now), and its latest year compared with the one before.</summary>
    public async Task<AgencyHistoryView> AgencyAsync(string code, CancellationToken ct)
    {
        var registry = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        if (registry.GetValueOrDefault(code) is not { } agency)
        {
            return new AgencyHistoryView(null, []);
        }
        var predecessors = Predecessors(registry);
        // Only the agency and those before it are read from each run (an agency's page does not read every result of every year).
        IReadOnlyCollection<string> lineage = [code, .. Lineage.Ancestors(code, predecessors)];
        var years = new List<(int Year, string CriteriaId, IReadOnlyList<Standing> Standings)>();
        foreach (var runsOfYear in Published(await store.Runs.ListAsync(ct).ConfigureAwait(false), null).GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            var (_, standings, criteriaId) = await YearAsync([.. runsOfYear], lineage, registry, ct).ConfigureAwait(false);
            years.Add((runsOfYear.Key, criteriaId, standings));
        }
        var history = AgencyHistory.Of(code, years.Select(y => (y.Year, (IReadOnlyDictionary<string, Standing>)y.Standings.ToDictionary(s => s.Code, StringComparer.Ordinal))),
            predecessors);
        var latest = years.FindLastIndex(y => y.Standings.Any(s => s.Code == code));
        if (latest < 0)
        {
            return new AgencyHistoryView(agency, history);
        }
        var version = (await versions.LoadAsync(years[latest].CriteriaId, ct).ConfigureAwait(false))?.Version;
        if (latest == 0 || version is null)
        {
            return new AgencyHistoryView(agency, history, null, version?.Scale ?? 100m);
        }
        var own = years[latest].Standings.First(s => s.Code == code);
        var comparison = YearComparison.Compare([own], years[latest - 1].Standings, predecessors, version)[0];
        return new AgencyHistoryView(agency, history, (years[latest].Year, years[latest - 1].Year, comparison), version.Scale);
    }

    /// <summary>An agency's registry versions, lineage and results (for the registry page and the CLI), or null for an unknown code.</summary>
    public async Task<AgencyLineage?> LineageAsync(string code, CancellationToken ct)
    {
        var versionsOf = await store.Agencies.HistoryAsync(code, ct).ConfigureAwait(false);
        if (versionsOf.Count == 0)
        {
            return null;
        }
        var registry = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var current = versionsOf[^1].Agency;
        return new AgencyLineage(versionsOf, [.. current.Predecessors.Select(p => registry.GetValueOrDefault(p) ?? new AgencyInfo(p, p, ""))],
            [.. registry.Values.Where(a => a.Predecessors.Contains(code)).OrderBy(a => a.Code, StringComparer.Ordinal)],
            await AgencyAsync(code, ct).ConfigureAwait(false));
    }

    // One run's standings in ranked order: one group's when <group> is given, only <agencies>' when given.
    private async Task<IReadOnlyList<Standing>> StandingsAsync(long runId, string? group, IReadOnlyCollection<string>? agencies,
        IReadOnlyDictionary<string, AgencyInfo> registry, CancellationToken ct)
    {
        var standings = new List<Standing>();
        foreach (var r in await store.Runs.StandingsAsync(runId, agencies, ct).ConfigureAwait(false))
        {
            var groupCode = string.IsNullOrEmpty(r.GroupCode) ? r.Scope : r.GroupCode;
            if (group is null || groupCode == group)
            {
                standings.Add(Make(r.AgencyCode, r.AgencyName ?? registry.GetValueOrDefault(r.AgencyCode)?.Name ?? r.AgencyCode, groupCode, r.Scope, r.Rank,
                    r.Total, r.ClassName, r.Status));
            }
        }
        return standings;
    }

    /// <summary>A stored result line as a standing.</summary>
    public static Standing Of(RunResultRow r, string group, string name) => Make(r.AgencyCode, name, group, r.Scope, r.Rank, r.Total, r.ClassName, r.Status);

    // A stored line's fields as a standing: the total (stored as invariant text) only when the agency was assessed.
    private static Standing Make(string code, string name, string group, string scope, int? rank, string total, string? className, AgencyStatus status) =>
        new(code, name, group, scope, rank, status == AgencyStatus.NotAssessed ? null : decimal.Parse(total, CultureInfo.InvariantCulture), className, status);

    // Runs published by the moment given (every published run when null), ever published (a superseded run was published too).
    private static IEnumerable<RunHeader> Published(IEnumerable<RunHeader> runs, string? asOf) =>
        runs.Where(r => r.PublishedAt is { } at && (asOf is null || string.CompareOrdinal(at, asOf) <= 0));

    // A year's standings from its runs published by then: only the version published last that year; newest first, a group run gives
    // its group unless a newer run gave it, an all-groups run gives every group not yet given and ends the search (it replaced all before).
    private async Task<(IReadOnlyList<long> Ids, IReadOnlyList<Standing> Standings, string CriteriaId)> YearAsync(IReadOnlyList<RunHeader> runs,
        IReadOnlyCollection<string>? agencies, IReadOnlyDictionary<string, AgencyInfo> registry, CancellationToken ct)
    {
        var newestFirst = runs.OrderByDescending(r => r.PublishedAt, StringComparer.Ordinal).ThenByDescending(r => r.Id).ToList();
        var criteriaId = newestFirst[0].CriteriaId;
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<long>();
        var standings = new List<Standing>();
        foreach (var run in newestFirst.Where(r => r.CriteriaId == criteriaId))
        {
            if (run.GroupCode is { } g && !claimed.Add(g))
            {
                continue;
            }
            var rows = (await StandingsAsync(run.Id, run.GroupCode, agencies, registry, ct).ConfigureAwait(false)).Where(s => !claimed.Contains(s.Group) || s.Group == run.GroupCode).ToList();
            ids.Add(run.Id);
            standings.AddRange(rows);
            if (run.GroupCode is null)
            {
                break;
            }
        }
        ids.Sort();
        return (ids, standings, criteriaId);
    }

    private static Dictionary<string, IReadOnlyList<string>> Predecessors(IReadOnlyDictionary<string, AgencyInfo> registry) =>
        registry.Values.Where(a => a.Replaces is not null).ToDictionary(a => a.Code, a => a.Predecessors, StringComparer.Ordinal);
}
