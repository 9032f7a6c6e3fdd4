using Scoring.Api.Catalog;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Endpoints;

/// <summary>/api/appraisals/{criteria}/{year}/{agency}: Home Affairs' appraisal of a locked submission, per item or by workbook.</summary>
public static class AppraisalEndpoints
{
    /// <summary>Maps the appraisal endpoints (Home Affairs only).</summary>
    public static RouteGroupBuilder MapAppraisalEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/appraisals/{criteria}/{year:int}/{agency}");
        group.MapGet("/", List).RequireAuthorization(Policies.Read);
        group.MapPost("/", Appraise).RequireAuthorization(Policies.Staff).AddEndpointFilter<IdempotencyFilter>();
        group.MapPost("/workbook", Workbook).RequireAuthorization(Policies.Staff).DisableAntiforgery().AddEndpointFilter<IdempotencyFilter>();
        return group;
    }

    /// <summary>Every appraisal change of the agency's submission, oldest first, each with the value before it.</summary>
    public static async Task<Ok<IEnumerable<AppraisalChangeView>>> List(string criteria, int year, string agency, Operations ops, CancellationToken ct) =>
        TypedResults.Ok((await ops.Records.AppraisalsAsync(agency, year, criteria, ct).ConfigureAwait(false)).Select(AppraisalChangeView.Of));

    /// <summary>Records one item's appraisal (points null clears it): 200 with "recorded" false when the value is already in force;
    /// 409 when the submission is not locked; 422 when the item cannot take the points.</summary>
    public static async Task<Results<Ok<AppraisalView>, ProblemHttpResult>> Appraise(string criteria, int year, string agency, HttpRequest request,
        ClaimsPrincipal user, CriteriaCatalog catalog, Operations ops, CancellationToken ct)
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
        var outcome = await ops.Appraise.RunAsync(agency, year, compiled, body.Item, body.Points, body.Reason, user.Actor(), ct).ConfigureAwait(false);
        return outcome is { Ok: true, Value: var state }
            ? TypedResults.Ok(new AppraisalView(state.Code(), state.Label(), outcome.Kind == OutcomeKind.Done, outcome.Message))
            : ApiProblems.From(outcome, "Không ghi được thẩm định");
    }

    /// <summary>Records every change of an appraisal workbook (multipart "file"): all or none; 422 with every problem and its cell.</summary>
    public static async Task<Results<Ok<AppraisalWorkbookView>, ProblemHttpResult>> Workbook(string criteria, int year, string agency, HttpRequest request,
        ClaimsPrincipal user, CriteriaCatalog catalog, Operations ops, CancellationToken ct)
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
        var outcome = await ops.AppraiseWorkbook.RunAsync(agency, year, compiled, bytes, name!, user.Actor(), ct).ConfigureAwait(false);
        return outcome is { Ok: true, Value: { } receipt }
            ? TypedResults.Ok(new AppraisalWorkbookView(receipt.Recorded, receipt.Unchanged))
            : ApiProblems.From(outcome, "Bảng thẩm định bị từ chối");
    }
}

/// <summary>One appraisal change: the item's code, the points (null clears the appraisal) and the reason.</summary>
public sealed record AppraisalRequest(string? Item, decimal? Points, string? Reason);

/// <summary>The submission's state after an appraisal, whether a change was recorded, and what was done.</summary>
public sealed record AppraisalView(string State, string StateLabel, bool Recorded, string Message);

/// <summary>How many appraisal changes a workbook recorded, and how many items already had the value.</summary>
public sealed record AppraisalWorkbookView(int Changes, int Unchanged);
