using Scoring.Api.Catalog;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Endpoints;

/// <summary>/api/submissions/{criteria}/{year}: uploads (each a revision), the tracker, withdrawal, and the year's lock (read, lock, reopen).</summary>
public static class SubmissionEndpoints
{
    /// <summary>Maps the submission endpoints; per-agency access is checked in the handlers.</summary>
    public static RouteGroupBuilder MapSubmissionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/submissions/{criteria}/{year:int}").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", List);
        group.MapGet("/lock", LockState);
        group.MapPost("/lock", Lock).RequireAuthorization(Policies.Staff).AddEndpointFilter<IdempotencyFilter>();
        group.MapPost("/reopen", Reopen).RequireAuthorization(Policies.Staff).AddEndpointFilter<IdempotencyFilter>();
        group.MapPost("/{agency}", Upload).DisableAntiforgery().AddEndpointFilter<IdempotencyFilter>();
        group.MapPost("/{agency}/withdraw", Withdraw).AddEndpointFilter<IdempotencyFilter>();
        group.MapGet("/{agency}", SubmissionRevisions.List);
        group.MapGet("/{agency}/revisions/{seq:int}", SubmissionRevisions.Download);
        group.MapGet("/{agency}/revisions/{seq:int}/errors", SubmissionRevisions.Errors);
        group.MapGet("/{agency}/result", SubmissionRevisions.Result);
        group.MapEvidence();
        return group;
    }

    /// <summary>Stores the uploaded workbook as a new revision: 201 when accepted, 422 with every problem when rejected (the revision is kept),
    /// 409 when the year is locked (nothing stored).</summary>
    public static async Task<Results<Created<UploadView>, ProblemHttpResult>> Upload(string criteria, int year, string agency, HttpRequest request,
        ClaimsPrincipal user, CriteriaCatalog catalog, Operations ops, CancellationToken ct)
    {
        if (!user.MayWrite(agency))
        {
            return ApiProblems.Forbidden("Chỉ đơn vị nộp bài của chính mình; cán bộ Nội vụ nộp thay được cho mọi đơn vị; thanh tra không nộp bài.");
        }
        if (catalog.Find(criteria) is not { } compiled)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        var (name, bytes, problem) = await RequestBody.FileAsync(request, ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var outcome = await ops.Upload.RunAsync(agency, year, compiled, bytes, name!, user.Actor(), ct).ConfigureAwait(false);
        if (outcome is { Ok: true, Value: { } done })
        {
            return TypedResults.Created($"/api/submissions/{criteria}/{year}/{agency}/revisions/{done.Seq}", new UploadView(done.Seq, true, done.Late));
        }
        var title = outcome.Kind == OutcomeKind.Conflict ? "Không nhận tệp" : "Tệp bị từ chối";
        return ApiProblems.From(outcome, title, new Dictionary<string, object?> { ["revision"] = outcome.Value?.Seq });
    }

    /// <summary>The year's submissions under a version: every agency for Home Affairs and auditors, only its own for an agency.</summary>
    public static async Task<Results<Ok<IEnumerable<SubmissionView>>, ProblemHttpResult>> List(string criteria, int year, ClaimsPrincipal user,
        CriteriaCatalog catalog, Operations ops, CancellationToken ct)
    {
        if (catalog.Find(criteria) is null)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        var all = await ops.Records.SubmissionsAsync(year, criteria, ct).ConfigureAwait(false);
        return TypedResults.Ok(all.Where(s => user.MaySee(s.AgencyCode))
            .Select(s => new SubmissionView(s.AgencyCode, s.Year, s.CriteriaId, s.State.Code(), s.State.Label(), s.Late)));
    }

    /// <summary>Withdraws a submitted submission before the lock (the agency itself or Home Affairs); 409 when it cannot be withdrawn.</summary>
    public static async Task<Results<Ok<StateView>, ProblemHttpResult>> Withdraw(string criteria, int year, string agency, ClaimsPrincipal user,
        Operations ops, CancellationToken ct)
    {
        if (!user.MayWrite(agency))
        {
            return ApiProblems.Forbidden();
        }
        var outcome = await ops.Withdraw.RunAsync(agency, year, criteria, user.Actor(), ct).ConfigureAwait(false);
        return outcome is { Ok: true, Value: var state } ? TypedResults.Ok(new StateView(state.Code(), state.Label())) : ApiProblems.From(outcome, "Không rút được bài nộp");
    }

    /// <summary>Whether the year's uploads are locked, by whom, when, and the reason of the last reopening.</summary>
    public static async Task<Results<Ok<LockView>, ProblemHttpResult>> LockState(string criteria, int year, CriteriaCatalog catalog, Operations ops, CancellationToken ct)
    {
        if (catalog.Find(criteria) is null)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        return TypedResults.Ok(LockView.Of(await ops.Records.LockAsync(criteria, year, ct).ConfigureAwait(false), 0));
    }

    /// <summary>Locks the year's uploads under the version and every submitted submission with it (Home Affairs); 409 when already locked.</summary>
    public static async Task<Results<Ok<LockView>, ProblemHttpResult>> Lock(string criteria, int year, ClaimsPrincipal user,
        CriteriaCatalog catalog, Operations ops, CancellationToken ct)
    {
        if (catalog.Find(criteria) is null)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        var outcome = await ops.Lock.RunAsync(year, criteria, user.Actor(), ct).ConfigureAwait(false);
        return outcome is { Ok: true, Value: { } done } ? TypedResults.Ok(LockView.Of(done.Gate, done.Submissions)) : ApiProblems.From(outcome, "Không khóa được");
    }

    /// <summary>Reopens a locked year with a reason (JSON body {"reason": "…"}); audited.</summary>
    public static async Task<Results<Ok<LockView>, ProblemHttpResult>> Reopen(string criteria, int year, HttpRequest request, ClaimsPrincipal user,
        CriteriaCatalog catalog, Operations ops, CancellationToken ct)
    {
        if (catalog.Find(criteria) is null)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        var (body, problem) = await RequestBody.JsonAsync<ReopenRequest>(request, ct).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var outcome = await ops.Reopen.RunAsync(year, criteria, body.Reason, user.Actor(), ct).ConfigureAwait(false);
        return outcome is { Ok: true, Value: { } done } ? TypedResults.Ok(LockView.Of(done.Gate, done.Submissions)) : ApiProblems.From(outcome, "Không mở lại được");
    }
}

/// <summary>What an upload stored: the revision's number (null when nothing was stored), whether it was accepted, and whether it was late.</summary>
public sealed record UploadView(int? Seq, bool Accepted, bool Late);

/// <summary>A submission in the tracker, with its state and the state's Vietnamese name.</summary>
public sealed record SubmissionView(string Agency, int Year, string Criteria, string State, string StateLabel, bool Late);

/// <summary>A submission's state after a change.</summary>
public sealed record StateView(string State, string StateLabel);

/// <summary>A reopening's reason.</summary>
public sealed record ReopenRequest(string? Reason);

/// <summary>The year's lock: whether it is locked, by whom and when (UTC), the reason of a reopening, and how many submissions the last action moved.</summary>
public sealed record LockView(bool Locked, string? By, DateTimeOffset? At, string? Reason, int Changed)
{
    /// <summary>The view of a gate.</summary>
    public static LockView Of(YearLock gate, int changed) => new(gate.Locked, gate.By, gate.At, gate.Reason, changed);
}
