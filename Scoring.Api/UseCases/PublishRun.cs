using Scoring.Api.Storage;
using Scoring.Engine.Workflow;

namespace Scoring.Api.UseCases;

/// <summary>Publishes a draft run as the official answer of its scope: one published run per (version, year, group). An all-groups run
/// supersedes every published run of its version and year; a group run supersedes that group's run and that group's part of an all-groups run.</summary>
public sealed class PublishRun(Store store)
{
    /// <summary>Publishes, or says why not; <paramref name="decision"/> is the decision the run is the annex of (its parts may be left out).</summary>
    public Task<Outcome<RunHeader>> RunAsync(long id, string actor, CancellationToken ct, RunDecision? decision = null) =>
        store.WriteAsync(async w =>
        {
            if (DecisionProblem(decision) is { } problem)
            {
                return Outcome<RunHeader>.Fail(OutcomeKind.Invalid, problem);
            }
            if (await RunRows.GetAsync(w, id).ConfigureAwait(false) is not { } run)
            {
                return Outcome<RunHeader>.Fail(OutcomeKind.NotFound, $"Không có lượt xếp loại số {id}.");
            }
            if (PublicationPolicy.Refuse(run.Scope) is { } refusal)
            {
                return Outcome<RunHeader>.Fail(OutcomeKind.Conflict, refusal, value: run);
            }
            var year = await RunRows.OfYearAsync(w, run.CriteriaId, run.Year).ConfigureAwait(false);
            var publication = PublicationPolicy.Decide(run.Scope, year.Select(r => r.Scope));
            await RunRows.PublishAsync(w, id, actor, Clean(decision)).ConfigureAwait(false);
            foreach (var old in publication.SupersededRuns)
            {
                await RunRows.SupersedeAsync(w, old, id).ConfigureAwait(false);
                await w.AuditAsync(actor, "run.supersede", null, old, $"Lượt {old} được thay thế bởi lượt {id}").ConfigureAwait(false);
            }
            foreach (var (old, group) in publication.SupersededParts)
            {
                await RunRows.SupersedePartAsync(w, old, group, id).ConfigureAwait(false);
                await w.AuditAsync(actor, "run.supersede-part", null, old, $"Phần khối {group} của lượt {old} được thay thế bởi lượt {id}").ConfigureAwait(false);
            }
            await w.AuditAsync(actor, "run.publish", null, id, $"Công bố lượt xếp loại số {id}" + Words(Clean(decision))).ConfigureAwait(false);
            var replaced = publication.SupersededRuns.Select(r => $"lượt {r}")
                .Concat(publication.SupersededParts.Select(p => $"phần khối {p.Group} của lượt {p.Run}")).ToList();
            return Outcome<RunHeader>.Done((await RunRows.GetAsync(w, id).ConfigureAwait(false))!,
                $"Đã công bố lượt xếp loại số {id}." + (replaced.Count > 0 ? $" Thay thế {string.Join(", ", replaced)}." : ""));
        }, ct);

    /// <summary>The longest text kept for a decision's number, signer's title or name.</summary>
    public const int MaxText = 200;

    /// <summary>What is wrong with a decision as typed, in Vietnamese; null when nothing is.</summary>
    public static string? DecisionProblem(RunDecision? decision) =>
        decision is null ? null
        : new[] { ("Số quyết định", decision.Number), ("Chức danh người ký", decision.SignerTitle), ("Họ tên người ký", decision.SignerName),
                ("Cơ quan ban hành", decision.Issuer), ("Địa danh", decision.Place) }
            .FirstOrDefault(f => f.Item2 is { Length: > MaxText }) is { Item1: { } field } ? $"{field} quá dài: tối đa {MaxText} ký tự." : null;

    /// <summary>A decision's date as people type it (dd/MM/yyyy or yyyy-MM-dd; blank: none), or why it is not one, in Vietnamese.</summary>
    public static (DateOnly? Date, string? Problem) DecisionDate(string? text) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
        : VietnamDays.TryDay(text, out var day) ? (day, null)
        : (null, $"Ngày quyết định \"{text.Trim()}\" không đúng dạng ngày/tháng/năm (ví dụ 15/01/2027).");

    /// <summary>The decision with blank parts left out, or null when nothing is given.</summary>
    public static RunDecision? Clean(RunDecision? d)
    {
        static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var clean = d is null ? null : new RunDecision(Text(d.Number), d.Date, Text(d.SignerTitle), Text(d.SignerName), Text(d.Issuer?.Replace("\r", "", StringComparison.Ordinal)), Text(d.Place));
        return clean is { Number: null, Date: null, SignerTitle: null, SignerName: null, Issuer: null, Place: null } ? null : clean;
    }

    private static string Words(RunDecision? d) => d is null ? ""
        : $" (quyết định số {d.Number ?? "…"} ngày {d.Date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}"
          + (d.SignerName is null ? "" : $", {d.SignerTitle} {d.SignerName}".TrimEnd()) + ")";
}
