using System.Collections.Concurrent;
using System.Text.Json;
using Scoring.Api.Storage;
using Scoring.Engine.Evaluation;
using Scoring.Engine.History;
using Scoring.Engine.Text;
using Scoring.Engine.Workflow;

namespace Scoring.Api.UseCases;

/// <summary>One line of a ranked table: rank, agency, total (Vietnamese decimals), class or status words, the notes behind it, and the
/// parts scored on the criteria and by the superior level (when the version has one, before any rescaling), and how it compares with
/// last year (null when there is no earlier published year).</summary>
public sealed record RankedLine(int? Rank, string Code, string Name, string Total, string Class, string Note, string? Criteria = null, string? Superior = null,
    Comparison? LastYear = null);

/// <summary>A group's block of a ranked table: the group's name, the run it comes from, and its lines in ranked order.</summary>
public sealed record RankedBlock(string Group, long RunId, IReadOnlyList<RankedLine> Lines)
{
    /// <summary>The block's standings, in ranked order (for comparisons and charts).</summary>
    public IReadOnlyList<Standing> Standings { get; init; } = [];
}

/// <summary>A ranked table: the run shown (for the official answer, the newest published run of its version and year), every run for the
/// choice, the blocks per group, whether the version classifies, whether it has a part the superior level scores, and the year its
/// lines are compared with (null when there is none), and each block's standings (for the charts).</summary>
public sealed record RankedTable(RunHeader? Header, IReadOnlyList<RunHeader> Runs, IReadOnlyList<RankedBlock> Blocks, string? Problem, bool Classed = true,
    bool Superior = false, int? LastYear = null)
{
    /// <summary>Every standing shown, per group of the version (by name, in the version's order; also when ranked across groups).</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<Standing> Standings)> ByGroup { get; init; } = [];

    /// <summary>The version's classes, best first.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>The version's scale (the most points).</summary>
    public decimal Scale { get; init; }

    /// <summary>Whether the version ranks all groups together (ranks then run across groups).</summary>
    public bool RankedAcross { get; init; }
}

/// <summary>The ranked table of a chosen run, or by default the official answer: for the newest published version and year, each group's
/// part from the one run that is official for it (a group run, or the all-groups run whose part was not replaced).</summary>
public sealed class ReadRankedTable(Store store, FrozenCriteria versions, ReadHistory history)
{
    // A stored run never changes (its results hash names its content): what each result's JSON says for the notes is read once per run
    // (parsing every result is most of the page's time), for the last few runs shown.
    private readonly ConcurrentDictionary<(long Run, string Hash), ConcurrentDictionary<string, Facts>> _facts = new();
    private const int CachedRuns = 16;

    /// <summary>The table of <paramref name="runId"/>, or the official answer when null.</summary>
    public async Task<RankedTable> RunAsync(long? runId, CancellationToken ct)
    {
        var runs = (await store.Runs.ListAsync(ct).ConfigureAwait(false)).OrderByDescending(r => r.Id).ToList();
        // The official answer is this year's: a correction of an earlier year published later does not take its place.
        var header = runId is { } id ? runs.FirstOrDefault(r => r.Id == id) : runs.Where(r => r.State == RunState.Published).OrderByDescending(r => r.Year).FirstOrDefault();
        if (header is null)
        {
            return new RankedTable(null, runs, [], runId is { } missing ? $"Không có lượt xếp loại số {missing}." : "Chưa có lượt xếp loại nào được công bố.");
        }
        var version = (await versions.LoadAsync(header.CriteriaId, ct).ConfigureAwait(false))?.Version;
        var groups = version?.Groups.Select(g => g.Code).ToList() ?? [];
        // The official answer per group of the version and year; a chosen run shows only itself.
        var sources = runId is null
            ? PublicationPolicy.Official(runs.Where(r => r.CriteriaId == header.CriteriaId && r.Year == header.Year).Select(r => r.Scope), groups)
            : groups.ToDictionary(g => g, _ => header.Id, StringComparer.Ordinal);
        var agencies = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var blocks = new List<RankedBlock>();
        foreach (var runOfGroup in sources.Values.Distinct().Order())
        {
            var inputs = (await store.Runs.InputsAsync(runOfGroup, ct).ConfigureAwait(false)).ToDictionary(i => i.AgencyCode, StringComparer.Ordinal);
            var facts = FactsOf(runOfGroup, runs.First(x => x.Id == runOfGroup).ResultsHash);
            var lines = new List<(string Scope, RankedLine Line, Standing Standing)>();
            foreach (var r in await store.Runs.ResultsAsync(runOfGroup, ct).ConfigureAwait(false))
            {
                var group = inputs.GetValueOrDefault(r.AgencyCode)?.GroupCode ?? r.Scope;
                if (runId is null && sources.GetValueOrDefault(group) != runOfGroup)
                {
                    continue;
                }
                var line = Line(r, inputs.GetValueOrDefault(r.AgencyCode), agencies.GetValueOrDefault(r.AgencyCode)?.Name, facts.GetOrAdd(r.AgencyCode, _ => Read(r.ResultJson)));
                lines.Add((r.Scope, line, ReadHistory.Of(r, group, line.Name)));
            }
            blocks.AddRange(lines.GroupBy(l => l.Scope, StringComparer.Ordinal)
                .Select(g => new RankedBlock(version?.FindGroup(g.Key)?.Name ?? g.Key, runOfGroup, [.. g.Select(x => x.Line)]) { Standings = [.. g.Select(x => x.Standing)] }));
        }
        var lastYear = await history.CompareAsync(header, [.. blocks.SelectMany(b => b.Standings)], ct).ConfigureAwait(false);
        if (lastYear.Year is not null)
        {
            blocks = [.. blocks.Select(b => b with { Lines = [.. b.Lines.Select(l => l with { LastYear = lastYear.ByCode.GetValueOrDefault(l.Code) })] })];
        }
        var order = groups.Select((g, i) => (Name: version!.FindGroup(g)!.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        // A version without classes scores and ranks only: the table has no class column.
        var byGroup = blocks.SelectMany(b => b.Standings).GroupBy(s => s.Group, StringComparer.Ordinal)
            .Select(g => (Name: version?.FindGroup(g.Key)?.Name ?? g.Key, Standings: (IReadOnlyList<Standing>)[.. g]))
            .OrderBy(g => order.GetValueOrDefault(g.Name, int.MaxValue)).ToList();
        return new RankedTable(header, runs, [.. blocks.OrderBy(b => order.GetValueOrDefault(b.Group, int.MaxValue))], null, version is null || version.Classes.Count > 0,
            version?.Sections.Any(s => s.AwardedBySuperior) == true, lastYear.Year)
        {
            ByGroup = byGroup,
            Classes = version?.Classes.Select(c => c.Name).ToList() ?? [],
            Scale = version?.Scale ?? 100m,
            RankedAcross = version?.Ranking.Within == Scoring.Engine.Criteria.RankingScope.All,
        };
    }

    private ConcurrentDictionary<string, Facts> FactsOf(long run, string hash)
    {
        if (_facts.Count >= CachedRuns && !_facts.ContainsKey((run, hash)))
        {
            _facts.Clear();
        }
        return _facts.GetOrAdd((run, hash), _ => new ConcurrentDictionary<string, Facts>(StringComparer.Ordinal));
    }

    private static RankedLine Line(RunResultRow r, RunInputRow? input, string? registryName, Facts facts)
    {
        var status = r.Status;
        var name = input?.AgencyName ?? registryName ?? r.AgencyCode;
        var (reasons, criteria, superior, appraised) = facts;
        var note = status == AgencyStatus.NotAssessed
            ? AgencyStatusLabels.NotAssessed + (input?.NotAssessed is { } why ? ": " + why : "")
            : string.Join("; ", reasons.Append(appraised ? "Có điểm thẩm định" : null).OfType<string>());
        var total = status == AgencyStatus.NotAssessed ? "—" : Num.Vi(decimal.Parse(r.Total, System.Globalization.CultureInfo.InvariantCulture));
        return new RankedLine(r.Rank, r.AgencyCode, name, total, status == AgencyStatus.Classified ? r.ClassName ?? "" : AgencyStatusLabels.Label(status, null), note,
            status == AgencyStatus.NotAssessed || superior is null ? null : Num.Vi(criteria),
            status == AgencyStatus.NotAssessed || superior is null ? null : Num.Vi(superior.Value));
    }

    /// <summary>The reasons a stored result gives (the eligibility gate, and every cap that changed the class), the sum of its sections scored
    /// on the criteria, and of those the superior level scores (null when it has none), and whether the appraisal changed any item of the
    /// agency's own (the superior's points are entered the same way, but are not a change).</summary>
    private static Facts Read(string resultJson)
    {
        using var doc = JsonDocument.Parse(resultJson);
        var root = doc.RootElement;
        var criteria = 0m;
        decimal? superior = null;
        var superiorSections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in root.GetProperty("sections").EnumerateArray())
        {
            var points = s.GetProperty("points").GetDecimal();
            if (s.GetProperty("superior").GetBoolean())
            {
                superior = (superior ?? 0m) + points;
                superiorSections.Add(s.GetProperty("code").GetString()!);
            }
            else
            {
                criteria += points;
            }
        }
        var appraised = root.GetProperty("items").EnumerateArray().Any(i => i.TryGetProperty("appraisalReason", out _)
            && !(i.GetProperty("section").GetString() is { } section && superiorSections.Contains(section)));
        var reasons = new List<string?> { root.GetProperty("statusReason").GetString() };
        foreach (var c in root.GetProperty("conditions").EnumerateArray())
        {
            if (c.GetProperty("changed").GetBoolean() && c.GetProperty("atMost").GetString() is { } atMost)
            {
                reasons.Add($"{c.GetProperty("reason").GetString()} (xếp loại tối đa {atMost})");
            }
        }
        return new Facts(reasons, criteria, superior, appraised);
    }

    private sealed record Facts(IReadOnlyList<string?> Reasons, decimal Criteria, decimal? Superior, bool Appraised);
}
