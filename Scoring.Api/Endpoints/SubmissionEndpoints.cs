using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Storage;

namespace Scoring.Api.Endpoints;

/// <summary>/api/submissions/{criteria}/{year}: uploads (each a revision), the tracker, withdrawal and the lock.</summary>
public static class SubmissionEndpoints
{
    /// <summary>Maps the submission endpoints; per-agency access is checked in the handlers.</summary>
    public static RouteGroupBuilder MapSubmissionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/submissions/{criteria}/{year:int}").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", List);
        group.MapPost("/lock", Lock).RequireAuthorization(Policies.Staff);
        group.MapPost("/{agency}", Upload).DisableAntiforgery();
        group.MapPost("/{agency}/withdraw", Withdraw);
        group.MapGet("/{agency}", SubmissionRevisions.List);
        group.MapGet("/{agency}/revisions/{seq:int}", SubmissionRevisions.Download);
        group.MapGet("/{agency}/revisions/{seq:int}/errors", SubmissionRevisions.Errors);
        return group;
    }

    /// <summary>Stores the uploaded workbook as a new revision: 201 when accepted, 422 with every problem when rejected (the revision is kept).</summary>
    public static async Task<Results<Created<UploadView>, ProblemHttpResult>> Upload(string criteria, int year, string agency, HttpRequest request,
        ClaimsPrincipal user, CriteriaCatalog catalog, Store store, CancellationToken ct)
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
        var result = await store.Submissions.UploadAsync(agency, year, compiled, bytes, name!, user.Actor(), ct).ConfigureAwait(false);
        var view = new UploadView(result.RevisionId == 0 ? null : result.Seq, result.Accepted, result.Late);
        if (!result.Accepted)
        {
            var detail = result.RevisionId == 0
                ? $"Tệp {name} không được nhận."
                : $"Tệp {name} bị từ chối (lần nộp {result.Seq}, tệp được lưu lại cùng {result.Problems.Count} lỗi; sửa rồi nộp lại).";
            return ApiProblems.Rejected("Tệp bị từ chối", detail, result.Problems, new Dictionary<string, object?> { ["revision"] = view.Seq });
        }
        return TypedResults.Created($"/api/submissions/{criteria}/{year}/{agency}/revisions/{result.Seq}", view);
    }

    /// <summary>The year's submissions under a version: every agency for Home Affairs and auditors, only its own for an agency.</summary>
    public static async Task<Results<Ok<IEnumerable<SubmissionView>>, ProblemHttpResult>> List(string criteria, int year, ClaimsPrincipal user,
        CriteriaCatalog catalog, Store store, CancellationToken ct)
    {
        if (catalog.Find(criteria) is null)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        var all = await store.Submissions.ListAsync(year, criteria, ct).ConfigureAwait(false);
        return TypedResults.Ok(all.Where(s => user.MaySee(s.AgencyCode))
            .Select(s => new SubmissionView(s.AgencyCode, s.Year, s.CriteriaId, s.State, SubmissionStates.Label(s.State), s.Late)));
    }

    /// <summary>Withdraws a submitted submission before the lock (the agency itself or Home Affairs); 409 when it cannot be withdrawn.</summary>
    public static async Task<Results<Ok<StateView>, ProblemHttpResult>> Withdraw(string criteria, int year, string agency, ClaimsPrincipal user,
        Store store, CancellationToken ct)
    {
        if (!user.MayWrite(agency))
        {
            return ApiProblems.Forbidden();
        }
        var change = await store.Submissions.WithdrawAsync(agency, year, criteria, user.Actor(), ct).ConfigureAwait(false);
        return change.Ok ? TypedResults.Ok(new StateView(change.State!, SubmissionStates.Label(change.State))) : ApiProblems.Conflict(change.Problem!);
    }

    /// <summary>Locks every submitted submission of the year and version (Home Affairs, at the deadline).</summary>
    public static async Task<Results<Ok<LockView>, ProblemHttpResult>> Lock(string criteria, int year, ClaimsPrincipal user,
        CriteriaCatalog catalog, Store store, CancellationToken ct)
    {
        if (catalog.Find(criteria) is null)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        var locked = await store.Submissions.LockAsync(year, criteria, user.Actor(), ct).ConfigureAwait(false);
        return TypedResults.Ok(new LockView(locked));
    }
}

/// <summary>What an upload stored: the revision's number (null when nothing was stored), whether it was accepted, and whether it was late.</summary>
public sealed record UploadView(int? Seq, bool Accepted, bool Late);

/// <summary>A submission in the tracker, with its state and the state's Vietnamese name.</summary>
public sealed record SubmissionView(string Agency, int Year, string Criteria, string State, string StateLabel, bool Late);

/// <summary>A submission's state after a change.</summary>
public sealed record StateView(string State, string StateLabel);

/// <summary>How many submissions the lock closed.</summary>
public sealed record LockView(int Locked);
