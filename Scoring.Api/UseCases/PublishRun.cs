using Scoring.Api.Storage;
using Scoring.Engine.Workflow;

namespace Scoring.Api.UseCases;

/// <summary>Publishes a draft run as the official answer of its scope: one published run per (version, year, group). An all-groups run
/// supersedes every published run of its version and year; a group run supersedes that group's run and that group's part of an all-groups run.</summary>
public sealed class PublishRun(Store store)
{
    /// <summary>Publishes, or says why not.</summary>
    public Task<Outcome<RunHeader>> RunAsync(long id, string actor, CancellationToken ct) =>
        store.WriteAsync(async w =>
        {
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
            await RunRows.PublishAsync(w, id, actor).ConfigureAwait(false);
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
            await w.AuditAsync(actor, "run.publish", null, id, $"Công bố lượt xếp loại số {id}").ConfigureAwait(false);
            var replaced = publication.SupersededRuns.Select(r => $"lượt {r}")
                .Concat(publication.SupersededParts.Select(p => $"phần khối {p.Group} của lượt {p.Run}")).ToList();
            return Outcome<RunHeader>.Done((await RunRows.GetAsync(w, id).ConfigureAwait(false))!,
                $"Đã công bố lượt xếp loại số {id}." + (replaced.Count > 0 ? $" Thay thế {string.Join(", ", replaced)}." : ""));
        }, ct);
}
