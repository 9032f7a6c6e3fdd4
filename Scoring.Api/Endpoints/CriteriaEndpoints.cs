using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Rules.Format;

namespace Scoring.Api.Endpoints;

/// <summary>/api/criteria: the versions the server offers.</summary>
public static class CriteriaEndpoints
{
    /// <summary>Maps the criteria endpoints.</summary>
    public static RouteGroupBuilder MapCriteriaEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/criteria").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", List);
        group.MapGet("/{id}", Show);
        return group;
    }

    /// <summary>Every valid version: id, title, decision, sample flag, hash, groups.</summary>
    public static Ok<IEnumerable<CriteriaSummary>> List(CriteriaCatalog catalog) =>
        TypedResults.Ok(catalog.Versions.Select(CriteriaSummary.Of));

    /// <summary>One version in canonical form, or 404 with a Vietnamese problem.</summary>
    public static Results<ContentHttpResult, ProblemHttpResult> Show(string id, CriteriaCatalog catalog) =>
        catalog.Find(id) is { } c
            ? TypedResults.Content(CanonicalForm.Write(c.Version), "application/json")
            : TypedResults.Problem(statusCode: 404, title: "Không tìm thấy bộ tiêu chí", detail: $"Không có bộ tiêu chí \"{id}\".");
}

/// <summary>A version as listed.</summary>
public sealed record CriteriaSummary(string Id, string Title, string? Decision, bool Sample, string Hash, IReadOnlyList<string> Groups)
{
    /// <summary>The summary of a compiled version.</summary>
    public static CriteriaSummary Of(Scoring.Rules.Compilation.CompiledCriteria c) =>
        new(c.Version.Id, c.Version.Identity.Title, c.Version.Identity.DecisionNumber, c.Version.Identity.IsSample, c.Hash, [.. c.Version.Groups.Select(g => g.Code)]);
}
