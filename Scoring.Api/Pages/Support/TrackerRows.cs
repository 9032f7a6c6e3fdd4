using Scoring.Api.Storage;
using Scoring.Engine.Criteria;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Pages.Support;

/// <summary>One agency in the submissions tracker.</summary>
public sealed record TrackerRow(string Code, string Name, string Group, SubmissionState? State, bool Late, int Revisions);

/// <summary>Builds the tracker in two queries: every registered agency of the version's groups (and any agency that submitted), by group.</summary>
public static class TrackerRows
{
    /// <summary>The rows grouped by group code, in the version's group order.</summary>
    public static async Task<IReadOnlyList<(Group? Group, string Code, IReadOnlyList<TrackerRow> Rows)>> BuildAsync(Store store, CriteriaVersion version, int year, CancellationToken ct)
    {
        var agencies = await store.Agencies.CurrentAsync(ct);
        var submissions = (await store.Submissions.ListAsync(year, version.Id, ct)).ToDictionary(s => s.AgencyCode, StringComparer.Ordinal);
        var codes = agencies.Values.Where(a => version.FindGroup(a.Group) is not null).Select(a => a.Code).Union(submissions.Keys).Order(StringComparer.Ordinal);
        var rows = new List<TrackerRow>();
        foreach (var code in codes)
        {
            var agency = agencies.GetValueOrDefault(code);
            var s = submissions.GetValueOrDefault(code);
            rows.Add(new TrackerRow(code, agency?.Name ?? "(không có trong danh sách)", agency?.Group ?? "", s?.State, s?.Late == true, s?.Revisions ?? 0));
        }
        var order = version.Groups.Select((g, i) => (g.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return [.. rows.GroupBy(r => r.Group, StringComparer.Ordinal)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (version.FindGroup(g.Key), g.Key, (IReadOnlyList<TrackerRow>)[.. g]))];
    }
}
