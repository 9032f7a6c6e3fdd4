using Scoring.Api.Reports;
using Scoring.Api.Runs;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Engine.Ranking;
using Scoring.Engine.Runs;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;
using Scoring.Rules.Compilation;

namespace Scoring.Api.UseCases;

/// <summary>Stored runs read back: the list, replay (recompute and compare) and diff under another version.</summary>
public sealed class RunService(FrozenCriteria versions, ISubmissionStore submissions, IRunStore runs)
{
    /// <summary>Every run, newest first.</summary>
    public async Task<IReadOnlyList<RunHeader>> ListAsync(CancellationToken ct) =>
        [.. (await runs.ListAsync(ct).ConfigureAwait(false)).OrderByDescending(r => r.Id)];

    /// <summary>Recomputes a stored run from what is stored (criteria text, revisions, appraisal records) and compares it.</summary>
    public async Task<ReplayReport?> ReplayAsync(long id, CancellationToken ct)
    {
        if (await RecomputeAsync(id, ct).ConfigureAwait(false) is not { } recomputed)
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
                differences.Add(new ReplayDifference(s.AgencyCode, "đơn vị", "có trong lượt đã lưu", "không tính lại được", s.AgencyCode));
                continue;
            }
            var position = positions[s.AgencyCode];
            if (s.Position != position || s.Rank != c.Rank)
            {
                differences.Add(new ReplayDifference(s.AgencyCode, "vị thứ", $"{s.Rank} (dòng {s.Position})", $"{c.Rank} (dòng {position})", c.Result.AgencyName));
            }
            if (s.ResultJson != written.Json[position - 1])
            {
                var storedTotal = decimal.TryParse(s.Total, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var t) ? Num.Vi(t) : s.Total;
                differences.Add(new ReplayDifference(s.AgencyCode, "kết quả", $"{storedTotal} điểm, {s.ClassName ?? "không xếp loại"}",
                    $"{Num.Vi(c.Result.Total)} điểm, {c.Result.ClassName ?? "không xếp loại"}"
                    + (storedTotal == Num.Vi(c.Result.Total) && s.ClassName == c.Result.ClassName ? " (khác ở phần giải trình chi tiết)" : ""), c.Result.AgencyName));
            }
        }
        return new ReplayReport(id, header.ResultsHash, written.Hash, differences);
    }

    /// <summary>Re-scores a run's inputs under another version and compares per agency and per item.</summary>
    public async Task<(RunHeader Run, CompiledCriteria From, IReadOnlyList<AgencyDiff> Diffs)?> DiffAsync(long id, CompiledCriteria other, CancellationToken ct)
    {
        if (await RecomputeAsync(id, ct).ConfigureAwait(false) is not { } recomputed)
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

    /// <summary>The comparison under another version as an Excel file (see <see cref="DiffWorkbook"/>): its file name and bytes; null when the run is unknown.</summary>
    public async Task<(string Name, byte[] Bytes)?> DiffFileAsync(long id, CompiledCriteria other, CancellationToken ct)
    {
        if (await DiffAsync(id, other, ct).ConfigureAwait(false) is not { } diff)
        {
            return null;
        }
        string Group(string code) => diff.From.Version.FindGroup(code)?.Name ?? other.Version.FindGroup(code)?.Name ?? code;
        return ($"so-sanh-luot-{id}-{other.Version.Id}.xlsx", DiffWorkbook.Write(diff.Run, other.Version.Id, diff.Diffs, Group));
    }

    /// <summary>A stored run recomputed from what is stored: its header, frozen criteria, the ranked rows and the rebuilt submissions; null when unknown.</summary>
    /// <exception cref="StoreIntegrityException">The stored criteria, revisions or appraisal records no longer fit the run.</exception>
    public async Task<(RunHeader Header, CompiledCriteria Criteria, IReadOnlyList<RankedRow> Rows, List<Submission> Submissions)?> RecomputeAsync(long id, CancellationToken ct)
    {
        if (await runs.GetAsync(id, ct).ConfigureAwait(false) is not { } header
            || await versions.LoadAsync(header.CriteriaId, ct).ConfigureAwait(false) is not { } criteria)
        {
            return null;
        }
        if (criteria.Hash != header.CriteriaHash)
        {
            throw new StoreIntegrityException($"Stored criteria differ from the run's. Run={id}, Criteria={header.CriteriaId}");
        }
        var inputs = await runs.InputsAsync(id, ct).ConfigureAwait(false);
        var assessed = inputs.Where(i => i.RevisionId is not null).ToList();
        var answers = await submissions.RebuildManyAsync([.. assessed.Select(i => (i.RevisionId!.Value, i.AppraisalIds))], ct).ConfigureAwait(false);
        var byAgency = assessed.Select((input, n) => (input.AgencyCode, answers[n])).ToDictionary(x => x.AgencyCode, x => x.Item2, StringComparer.Ordinal);
        var rebuilt = inputs.Select(input => byAgency.GetValueOrDefault(input.AgencyCode)
            ?? NotAssessed(input.AgencyCode, input.AgencyName, input.GroupCode, input.NotAssessed ?? "")).ToList();
        return (header, criteria, RunResults.Classify(criteria.Version, criteria.Scorer, rebuilt), rebuilt);
    }

    private static Submission NotAssessed(string code, string? name, string group, string reason) =>
        new(code, name, group, new Dictionary<string, Answer>(), new Dictionary<string, decimal>(), reason);
}
