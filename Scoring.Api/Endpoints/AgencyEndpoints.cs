using Scoring.Engine.Registry;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;

namespace Scoring.Api.Endpoints;

/// <summary>/api/agencies: the agency registry.</summary>
public static class AgencyEndpoints
{
    /// <summary>Maps the agency endpoints.</summary>
    public static RouteGroupBuilder MapAgencyEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies");
        group.MapGet("/", List).RequireAuthorization(Policies.Read);
        group.MapPost("/import", Import).RequireAuthorization(Policies.Staff).DisableAntiforgery();
        return group;
    }

    /// <summary>The current version of every agency, by code.</summary>
    public static async Task<Ok<IEnumerable<AgencyInfo>>> List(Operations ops, CancellationToken ct) =>
        TypedResults.Ok((await ops.Records.AgenciesAsync(ct).ConfigureAwait(false)).Values.OrderBy(a => a.Code, StringComparer.Ordinal).AsEnumerable());

    /// <summary>Imports a CSV or .xlsx list (multipart "file"): all or nothing; 422 with every refused line; warnings with the summary.</summary>
    public static async Task<Results<Ok<ImportReceipt>, ProblemHttpResult>> Import(HttpRequest request, ClaimsPrincipal user, Operations ops, CancellationToken ct)
    {
        var (name, bytes, problem) = await RequestBody.FileAsync(request, ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var outcome = await ops.ImportAgencies.RunAsync(bytes, name!, user.Actor(), ct).ConfigureAwait(false);
        return outcome is { Ok: true, Value: { } receipt } ? TypedResults.Ok(receipt) : ApiProblems.From(outcome, "Danh sách đơn vị bị từ chối");
    }
}
