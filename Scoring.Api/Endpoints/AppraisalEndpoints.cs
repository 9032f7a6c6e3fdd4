using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Endpoints;

/// <summary>/api/appraisals/{criteria}/{year}/{agency}: Home Affairs' appraisal of a locked submission, per item or by workbook.</summary>
public static class AppraisalEndpoints
{
    /// <summary>Maps the appraisal endpoints (Home Affairs only).</summary>
    public static RouteGroupBuilder MapAppraisalEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/appraisals/{criteria}/{year:int}/{agency}");
        group.MapGet("/", List).RequireAuthorization(Policies.Read);
        group.MapPost("/", Appraise).RequireAuthorization(Policies.Staff);
        group.MapPost("/workbook", Workbook).RequireAuthorization(Policies.Staff).DisableAntiforgery();
        return group;
    }

    /// <summary>Every appraisal change of the agency's submission, oldest first, each with the value before it.</summary>
    public static async Task<Ok<IReadOnlyList<AppraisalRecord>>> List(string criteria, int year, string agency, Store store, CancellationToken ct) =>
        TypedResults.Ok(await store.Submissions.AppraisalsAsync(agency, year, criteria, ct).ConfigureAwait(false));

    /// <summary>Records one item's appraisal (points null clears it); 422 when refused (not locked, unknown item, points out of range).</summary>
    public static async Task<Results<Ok<StateView>, ProblemHttpResult>> Appraise(string criteria, int year, string agency, HttpRequest request,
        ClaimsPrincipal user, CriteriaCatalog catalog, Store store, CancellationToken ct)
    {
        if (catalog.Find(criteria) is not { } compiled)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        var (body, problem) = await RequestBody.JsonAsync<AppraisalRequest>(request, ct).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        if (string.IsNullOrWhiteSpace(body.Item) || string.IsNullOrWhiteSpace(body.Reason))
        {
            return ApiProblems.BadRequest("Cần mã tiêu chí (item) và lý do thẩm định (reason).");
        }
        var change = await store.Submissions.AppraiseAsync(agency, year, compiled, body.Item, body.Points, body.Reason, user.Actor(), ct).ConfigureAwait(false);
        return change.Ok
            ? TypedResults.Ok(new StateView(change.State!, SubmissionStates.Label(change.State)))
            : ApiProblems.Rejected("Không ghi được thẩm định", change.Problem!, [new Problem(body.Item, body.Item, change.Problem!)]);
    }

    /// <summary>Records every change of an appraisal workbook (multipart "file"): all or none; 422 with every problem.</summary>
    public static async Task<Results<Ok<AppraisalWorkbookView>, ProblemHttpResult>> Workbook(string criteria, int year, string agency, HttpRequest request,
        ClaimsPrincipal user, CriteriaCatalog catalog, Store store, CancellationToken ct)
    {
        if (catalog.Find(criteria) is not { } compiled)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        var (name, bytes, problem) = await RequestBody.FileAsync(request, ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var changes = await store.Submissions.AppraiseWorkbookAsync(agency, year, compiled, bytes, name!, user.Actor(), ct).ConfigureAwait(false);
        if (changes.Any(c => !c.Ok))
        {
            var problems = changes.Where(c => !c.Ok).Select(c => new Problem(name!, null, c.Problem!)).ToList();
            return ApiProblems.Rejected("Bảng thẩm định bị từ chối", $"Bảng thẩm định {name} không được ghi (không ghi thay đổi nào) vì {problems.Count} lỗi.", problems);
        }
        return TypedResults.Ok(new AppraisalWorkbookView(changes.Count));
    }
}

/// <summary>One appraisal change: the item's code, the points (null clears the appraisal) and the reason.</summary>
public sealed record AppraisalRequest(string? Item, decimal? Points, string? Reason);

/// <summary>How many appraisal changes a workbook recorded.</summary>
public sealed record AppraisalWorkbookView(int Changes);
