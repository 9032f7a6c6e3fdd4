using System.Reflection;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Engine.Ranking;
using Scoring.Engine.Runs;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Runs;

/// <summary>Annual runs as a sandwich: load what is stored, classify with the engine, save or compare.</summary>
public sealed class RunService(Store store, ISubmissionStore submissions, IRunStore runs)
{
    /// <summary>The engine build stamped on every run: the informational versions of Engine and Rules.</summary>
    public static string EngineBuild { get; } = string.Join(" ", new[] { typeof(RunResults).Assembly, typeof(RuleCompiler).Assembly }
        .Select(a => $"{a.GetName().Name} {a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? a.GetName().Version?.ToString()}"));

    /// <summary>Classifies every agency of a year under a frozen version (optionally one group) and stores a draft run.</summary>
    public async Task<(long? RunId, string? Problem)> CreateAsync(int year, string criteriaId, string? group, string actor, CancellationToken ct,
        Func<int, Task>? afterEachResult = null)
    {
        if (await store.Criteria.LoadAsync(criteriaId, ct).ConfigureAwait(false) is not { } criteria)
        {
            return (null, $"Bộ tiêu chí \"{criteriaId}\" chưa được lưu trong kho (chưa có bài nộp nào theo bộ này).");
        }
        if (group is not null && criteria.Version.FindGroup(group) is null)
        {
            return (null, $"Khối \"{group}\" không có trong bộ tiêu chí {criteriaId}.");
        }
        var stored = await submissions.RunInputsAsync(year, criteriaId, ct).ConfigureAwait(false);
        var agencies = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var inputs = new List<RunInputRow>();
        var rebuilt = new List<Submission>();
        foreach (var input in stored.Where(i => group is null || i.Submission.GroupCode == group))
        {
            inputs.Add(new RunInputRow(input.AgencyCode, input.Submission.GroupCode, input.SubmissionId, input.RevisionId, input.AppraisalIds, null));
            rebuilt.Add(input.Submission);
        }
        var present = inputs.Select(i => i.AgencyCode).ToHashSet(StringComparer.Ordinal);
        foreach (var agency in agencies.Values.Where(a => !present.Contains(a.Code) && ActiveIn(a, year) && criteria.Version.FindGroup(a.Group) is not null
                     && (group is null || a.Group == group)))
        {
            const string reason = "Không có bài nộp đã khóa của năm";
            inputs.Add(new RunInputRow(agency.Code, agency.Group, null, null, [], reason, agency.Name));
            rebuilt.Add(NotAssessed(agency.Code, agency.Name, agency.Group, reason));
        }
        var results = RunResults.Write(RunResults.Classify(criteria.Version, criteria.Scorer, rebuilt));
        var header = new RunHeader(0, year, criteriaId, criteria.Hash, group, EngineBuild, results.Hash, "draft", "", actor, null, null, null);
        var id = await runs.InsertAsync(header, inputs, results, actor, ct, afterEachResult).ConfigureAwait(false);
        return (id, null);
    }

    /// <summary>Recomputes a stored run from what is stored (criteria text, revisions, appraisal records) and compares it.</summary>
    public async Task<ReplayReport?> ReplayAsync(long id, CancellationToken ct)
    {
        if (await Recompute(id, ct).ConfigureAwait(false) is not { } recomputed)
        {
            return null;
        }
        var (header, _, rows, _) = recomputed;
        var written = RunResults.Write(rows);
        var stored = await runs.ResultsAsync(id, ct).ConfigureAwait(false);
        var differences = new List<ReplayDifference>();
        var computed = rows.ToDictionary(r => r.Result.AgencyCode, StringComparer.Ordinal);
        var positions = rows.Select((r, i) => (r.Result.AgencyCode, i + 1)).ToDictionary(p => p.AgencyCode, p => p.Item2, StringComparer.Ordinal);
        foreach (var s in stored)
        {
            if (!computed.TryGetValue(s.AgencyCode, out var c))
            {
                differences.Add(new ReplayDifference(s.AgencyCode, "đơn vị", "có trong lượt đã lưu", "không tính lại được"));
                continue;
            }
            var position = positions[s.AgencyCode];
            if (s.Position != position || s.Rank != c.Rank)
            {
                differences.Add(new ReplayDifference(s.AgencyCode, "vị thứ", $"{s.Rank} (dòng {s.Position})", $"{c.Rank} (dòng {position})"));
            }
            if (s.ResultJson != written.Json[position - 1])
            {
                differences.Add(new ReplayDifference(s.AgencyCode, "kết quả", $"{s.Total} {s.ClassName}", $"{c.Result.Total} {c.Result.ClassName}"));
            }
        }
        return new ReplayReport(id, header.ResultsHash, written.Hash, differences);
    }

    /// <summary>Re-scores a run's inputs under another version and compares per agency and per item.</summary>
    public async Task<(RunHeader Run, CompiledCriteria From, IReadOnlyList<AgencyDiff> Diffs)?> DiffAsync(long id, CompiledCriteria other, CancellationToken ct)
    {
        if (await Recompute(id, ct).ConfigureAwait(false) is not { } recomputed)
        {
            return null;
        }
        var (header, criteria, rows, mapped) = recomputed;
        var notes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var mappedSubmissions = new List<Submission>();
        foreach (var s in mapped)
        {
            if (other.Version.FindGroup(s.GroupCode) is null)
            {
                notes[s.AgencyCode] = [$"Khối {s.GroupCode} không có trong bộ tiêu chí {other.Version.Id}."];
                continue;
            }
            var (m, n) = s.NotAssessedReason is null ? AnswerMapping.Map(s, other.Version) : (s, []);
            notes[s.AgencyCode] = n;
            mappedSubmissions.Add(m);
        }
        var newRows = RunResults.Classify(other.Version, other.Scorer, mappedSubmissions);
        return (header, criteria, RunDiff.Compare(criteria.Version, rows, other.Version, newRows, notes));
    }

    private async Task<(RunHeader, CompiledCriteria, IReadOnlyList<RankedRow>, List<Submission>)?> Recompute(long id, CancellationToken ct)
    {
        if (await runs.GetAsync(id, ct).ConfigureAwait(false) is not { } header
            || await store.Criteria.LoadAsync(header.CriteriaId, ct).ConfigureAwait(false) is not { } criteria)
        {
            return null;
        }
        if (criteria.Hash != header.CriteriaHash)
        {
            throw new InvalidOperationException($"Stored criteria differ from the run's. Run={id}, Criteria={header.CriteriaId}");
        }
        var rebuilt = new List<Submission>();
        foreach (var input in await runs.InputsAsync(id, ct).ConfigureAwait(false))
        {
            rebuilt.Add(input.RevisionId is { } revision
                ? await submissions.RebuildAsync(revision, input.AppraisalIds, ct).ConfigureAwait(false)
                : NotAssessed(input.AgencyCode, input.AgencyName, input.GroupCode, input.NotAssessed ?? ""));
        }
        return (header, criteria, RunResults.Classify(criteria.Version, criteria.Scorer, rebuilt), rebuilt);
    }

    private static Submission NotAssessed(string code, string? name, string group, string reason) =>
        new(code, name, group, new Dictionary<string, Answer>(), new Dictionary<string, decimal>(), reason);

    private static bool ActiveIn(AgencyInfo agency, int year) =>
        (agency.ActiveFrom is null || agency.ActiveFrom.Value.Year <= year) && (agency.ActiveTo is null || agency.ActiveTo.Value.Year >= year);
}
