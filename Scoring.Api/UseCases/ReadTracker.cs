using Scoring.Api.Storage;
using Scoring.Engine.Criteria;
using Scoring.Engine.Workflow;

namespace Scoring.Api.UseCases;

/// <summary>One agency in the submissions tracker: its state, lateness, how many uploads, and which accepted upload counts.</summary>
public sealed record TrackerRow(string Code, string Name, string Group, SubmissionState? State, bool Late, int Revisions, int? UsedSeq);

/// <summary>The tracker of a year under a version: rows by group (in the version's group order) and the year's lock.</summary>
public sealed record Tracker(IReadOnlyList<(Group? Group, string Code, IReadOnlyList<TrackerRow> Rows)> Groups, YearLock Gate);

/// <summary>Who has submitted: every registered agency of the version's groups (and any agency that submitted), in three queries,
/// the same for the staff page and the CLI.</summary>
public sealed class ReadTracker(Store store)
{
    /// <summary>The tracker of a year under a version.</summary>
    public async Task<Tracker> RunAsync(CriteriaVersion version, int year, CancellationToken ct)
    {
        var agencies = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var submissions = (await store.Submissions.ListAsync(year, version.Id, ct).ConfigureAwait(false)).ToDictionary(s => s.AgencyCode, StringComparer.Ordinal);
        var codes = agencies.Values.Where(a => version.FindGroup(a.Group) is not null && a.ActiveIn(year)).Select(a => a.Code).Union(submissions.Keys).Order(StringComparer.Ordinal);
        var rows = new List<TrackerRow>();
        foreach (var code in codes)
        {
            var agency = agencies.GetValueOrDefault(code);
            var s = submissions.GetValueOrDefault(code);
            rows.Add(new TrackerRow(code, agency?.Name ?? "(không có trong danh sách)", agency?.Group ?? "", s?.State, s?.Late == true, s?.Revisions ?? 0, s?.LatestAcceptedSeq));
        }
        var order = version.Groups.Select((g, i) => (g.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var groups = rows.GroupBy(r => r.Group, StringComparer.Ordinal)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (version.FindGroup(g.Key), g.Key, (IReadOnlyList<TrackerRow>)[.. g])).ToList();
        return new Tracker(groups, await YearLockRows.GetAsync(store.Database, version.Id, year, ct).ConfigureAwait(false));
    }
}
