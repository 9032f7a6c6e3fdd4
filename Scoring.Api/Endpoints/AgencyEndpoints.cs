using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;

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
    public static async Task<Ok<IEnumerable<AgencyInfo>>> List(Store store, CancellationToken ct) =>
        TypedResults.Ok((await store.Agencies.CurrentAsync(ct).ConfigureAwait(false)).Values.OrderBy(a => a.Code, StringComparer.Ordinal).AsEnumerable());

    /// <summary>Imports a CSV or .xlsx list (multipart "file"): all or nothing; 400 with every problem when the list is bad.</summary>
    public static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> Import(HttpRequest request, ClaimsPrincipal user, Store store, CancellationToken ct)
    {
        var (name, bytes, problem) = await RequestBody.FileAsync(request, ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var (agencies, problems) = AgencyListFile.Read(bytes, name!);
        if (agencies is null)
        {
            return ApiProblems.BadRequest($"Tệp {name} có {problems.Count} lỗi, chưa nhập đơn vị nào.", problems);
        }
        return TypedResults.Ok(await store.Agencies.ImportAsync([.. agencies.Values], name!, user.Actor(), ct).ConfigureAwait(false));
    }
}
