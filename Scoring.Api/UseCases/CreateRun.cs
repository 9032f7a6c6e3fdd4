using Scoring.Engine.Criteria;
using Scoring.Engine.Registry;
using System.Reflection;
using Scoring.Api.Storage;
using Scoring.Engine.Runs;
using Scoring.Engine.Submissions;
using Scoring.Engine.Workflow;
using Scoring.Rules.Compilation;

namespace Scoring.Api.UseCases;

/// <summary>A run to create: the year, the version (compiled from the catalog, frozen at first use; or only its id when it is stored),
/// optionally one group, and whether the warnings are accepted knowingly.</summary>
public sealed record RunOrder(int Year, string CriteriaId, string? Group = null, bool Knowingly = false, CompiledCriteria? Offered = null);

/// <summary>Classifies every agency of a year under a frozen version (optionally one group) and stores a draft run whole or not at all.
/// A run with nothing locked, before the lock, or under a version whose period does not cover the year is refused unless asked for knowingly;
/// then its warnings are stored with it.</summary>
public sealed class CreateRun(Store store, FrozenCriteria versions)
{
    /// <summary>The engine build stamped on every run: the informational versions of Engine and Rules.</summary>
    public static string EngineBuild { get; } = string.Join(" ", new[] { typeof(RunResults).Assembly, typeof(RuleCompiler).Assembly }
        .Select(a => $"{a.GetName().Name} {a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? a.GetName().Version?.ToString()}"));

    /// <summary>What a run would rank, per group, and its warnings, without storing anything (the version need not be frozen yet).</summary>
    public async Task<Outcome<RunPreview>> PreviewAsync(RunOrder order, CancellationToken ct)
    {
        if (Years.Refuse(order.Year) is { } badYear)
        {
            return Outcome<RunPreview>.Fail(OutcomeKind.Invalid, badYear);
        }
        if ((order.Offered ?? await versions.LoadAsync(order.CriteriaId, ct).ConfigureAwait(false)) is not { } criteria)
        {
            return Outcome<RunPreview>.Fail(OutcomeKind.NotFound, $"Không có bộ tiêu chí \"{order.CriteriaId}\".");
        }
        if (order.Group is { } group && criteria.Version.FindGroup(group) is null)
        {
            return Outcome<RunPreview>.Fail(OutcomeKind.NotFound, $"Khối \"{group}\" không có trong bộ tiêu chí {order.CriteriaId}.");
        }
        var plan = await PlanAsync(criteria.Version, order.Year, order.Group, ct).ConfigureAwait(false);
        return Outcome<RunPreview>.Done(plan.Preview, "");
    }

    /// <summary>Creates the draft run, or says why not; <paramref name="afterEachResult"/> lets tests interrupt the write.</summary>
    public async Task<Outcome<RunHeader>> RunAsync(RunOrder order, string actor, CancellationToken ct, Func<int, Task>? afterEachResult = null)
    {
        var (year, criteriaId, group) = (order.Year, order.CriteriaId, order.Group);
        if (Years.Refuse(year) is { } badYear)
        {
            return Outcome<RunHeader>.Fail(OutcomeKind.Invalid, badYear);
        }
        if (order.Offered is { } offered)
        {
            var frozen = await versions.FreezeAsync(offered, actor, ct).ConfigureAwait(false);
            if (!frozen.Ok)
            {
                return Outcome<RunHeader>.Fail(OutcomeKind.Conflict, frozen.Problem!);
            }
        }
        if (await versions.LoadAsync(criteriaId, ct).ConfigureAwait(false) is not { } criteria)
        {
            return Outcome<RunHeader>.Fail(OutcomeKind.NotFound, $"Bộ tiêu chí \"{criteriaId}\" chưa được lưu trong kho (chưa có bài nộp nào theo bộ này).");
        }
        if (group is not null && criteria.Version.FindGroup(group) is null)
        {
            return Outcome<RunHeader>.Fail(OutcomeKind.NotFound, $"Khối \"{group}\" không có trong bộ tiêu chí {criteriaId}.");
        }
        var plan = await PlanAsync(criteria.Version, year, group, ct).ConfigureAwait(false);
        var (stored, agencies, warnings) = (plan.Stored, plan.Agencies, plan.Preview.Warnings);
        if (warnings.Count > 0 && !order.Knowingly)
        {
            return Outcome<RunHeader>.Fail(OutcomeKind.Conflict,
                "Chưa tạo lượt xếp loại: " + string.Join(" ", warnings) + " Nếu vẫn muốn tạo, hãy xác nhận tạo dù có cảnh báo (knowingly).",
                [.. warnings.Select(w => new Problem($"năm {year}, bộ tiêu chí {criteriaId}", null, w))]);
        }
        var inputs = new List<RunInputRow>();
        var rebuilt = new List<Submission>();
        foreach (var input in stored)
        {
            // The name printed is the registry's at the time of the run, never what the agency typed into its own workbook.
            var name = agencies.GetValueOrDefault(input.AgencyCode)?.Name ?? input.Submission.AgencyName;
            inputs.Add(new RunInputRow(input.AgencyCode, input.Submission.GroupCode, input.SubmissionId, input.RevisionId, input.AppraisalIds, null, name));
            rebuilt.Add(input.Submission);
        }
        foreach (var agency in plan.Missing)
        {
            const string reason = "Không có bài nộp đã khóa của năm";
            inputs.Add(new RunInputRow(agency.Code, agency.Group, null, null, [], reason, agency.Name));
            rebuilt.Add(new Submission(agency.Code, agency.Name, agency.Group, new Dictionary<string, Answer>(), new Dictionary<string, decimal>(), reason));
        }
        var results = RunResults.Write(RunResults.Classify(criteria.Version, criteria.Scorer, rebuilt));
        var header = new RunHeader(0, year, criteriaId, criteria.Hash, group, EngineBuild, results.Hash, RunState.Draft, "", actor, null, null, null, warnings);
        var id = await store.Runs.InsertAsync(header, inputs, results, actor, ct, afterEachResult).ConfigureAwait(false);
        var created = (await store.Runs.GetAsync(id, ct).ConfigureAwait(false))!;
        return Outcome<RunHeader>.Done(created, $"Đã tạo lượt xếp loại số {id} (bản nháp), năm {year}, bộ tiêu chí {criteriaId}"
            + (group is null ? "" : $", khối {criteria.Version.FindGroup(group)!.Name}") + $": {inputs.Count} đơn vị."
            + (warnings.Count > 0 ? " Tạo dù có cảnh báo: " + string.Join(" ", warnings) : ""));
    }

    private sealed record Plan(List<RunInput> Stored, IReadOnlyDictionary<string, AgencyInfo> Agencies, List<AgencyInfo> Missing, RunPreview Preview);

    // What a run of the year (and group) under the version ranks: the locked submissions, the active agencies without one, and the warnings.
    private async Task<Plan> PlanAsync(CriteriaVersion version, int year, string? group, CancellationToken ct)
    {
        var stored = (await store.Submissions.RunInputsAsync(year, version.Id, ct).ConfigureAwait(false))
            .Where(i => group is null || i.Submission.GroupCode == group).ToList();
        var agencies = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var submitted = (await store.Submissions.ListAsync(year, version.Id, ct).ConfigureAwait(false))
            .Where(s => s.State == SubmissionState.Submitted).Select(s => agencies.GetValueOrDefault(s.AgencyCode)?.Group)
            .Where(g => g is not null && (group is null || g == group)).ToList();
        var present = stored.Select(i => i.AgencyCode).ToHashSet(StringComparer.Ordinal);
        var missing = agencies.Values.Where(a => !present.Contains(a.Code) && a.ActiveIn(year) && version.FindGroup(a.Group) is not null
            && (group is null || a.Group == group)).ToList();
        var counts = version.Groups.Where(g => group is null || g.Code == group).Select(g => new GroupCount(g.Code,
            stored.Count(s => s.Submission.GroupCode == g.Code) + missing.Count(a => a.Group == g.Code),
            stored.Count(s => s.Submission.GroupCode == g.Code), submitted.Count(s => s == g.Code))).ToList();
        var gate = await YearLockRows.GetAsync(store.Database, version.Id, year, ct).ConfigureAwait(false);
        var warnings = RunPolicy.Warnings(version, year, gate, stored.Count, submitted.Count,
            [.. stored.Select(s => s.Submission with { AgencyName = agencies.GetValueOrDefault(s.AgencyCode)?.Name ?? s.Submission.AgencyName })], counts);
        return new Plan(stored, agencies, missing, new RunPreview(year, version.Id, group, gate, counts, warnings));
    }
}

/// <summary>What a run would rank: per group the agencies listed, locked and submitted-but-open; the year's lock; the warnings
/// that refuse the run unless it is asked for knowingly.</summary>
public sealed record RunPreview(int Year, string CriteriaId, string? Group, YearLock Gate, IReadOnlyList<GroupCount> Groups, IReadOnlyList<string> Warnings);
