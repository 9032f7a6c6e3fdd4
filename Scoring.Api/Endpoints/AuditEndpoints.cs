using Scoring.Api.UseCases;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Storage;

namespace Scoring.Api.Endpoints;

/// <summary>/api/audit: the append-only log of writes, per agency or per run.</summary>
public static class AuditEndpoints
{
    /// <summary>Maps the audit endpoint (Home Affairs and auditors).</summary>
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").RequireAuthorization(Policies.Read);
        group.MapGet("/", List);
        return group;
    }

    /// <summary>Every write about an agency (?agency=) or a run (?run=), oldest first; exactly one of the two.</summary>
    public static async Task<Results<Ok<IEnumerable<AuditView>>, ProblemHttpResult>> List(string? agency, string? run, Operations ops, CancellationToken ct)
    {
        if ((agency is null) == (run is null))
        {
            return ApiProblems.BadRequest("Cần đúng một trong hai tham số: agency (mã đơn vị) hoặc run (số lượt xếp loại).");
        }
        if (agency is not null)
        {
            return TypedResults.Ok((await ops.Records.AuditOfAgencyAsync(agency, ct).ConfigureAwait(false)).Select(AuditView.Of));
        }
        return long.TryParse(run, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? TypedResults.Ok((await ops.Records.AuditOfRunAsync(id, ct).ConfigureAwait(false)).Select(AuditView.Of))
            : ApiProblems.BadRequest($"Số lượt xếp loại không hợp lệ: \"{run}\".");
    }
}
