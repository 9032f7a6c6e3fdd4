using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Reports;
using Scoring.Api.Server;
using Scoring.Api.UseCases;
using Scoring.Engine.History;

namespace Scoring.Api.Endpoints;

/// <summary>Results across years: a run compared with last year (Home Affairs and auditors), an agency's history (also the agency itself).</summary>
public static class HistoryEndpoints
{
    /// <summary>Maps <c>GET /api/runs/{id}/last-year</c> and <c>GET /api/agencies/{code}/history</c>.</summary>
    public static RouteGroupBuilder MapHistoryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/runs/{id:long}/last-year", LastYear).RequireAuthorization(Policies.Read);
        api.MapGet("/agencies/{code}/history", History).RequireAuthorization(Policies.SignedIn);
        return api;
    }

    /// <summary>Every agency of the run compared with the latest earlier published year (as it stood when the run was published).</summary>
    public static async Task<Results<Ok<LastYearView>, ProblemHttpResult>> LastYear(long id, Operations ops, CancellationToken ct)
    {
        if (await ops.History.ForRunAsync(id, ct).ConfigureAwait(false) is not var (header, lastYear))
        {
            return ApiProblems.UnknownRun(id);
        }
        var agencies = lastYear.ByCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => ComparisonView.Of(c, lastYear.Year!.Value)).ToList();
        return TypedResults.Ok(new LastYearView(header.Id, header.Year, lastYear.Year, lastYear.Runs, agencies,
            lastYear.Year is null ? $"Chưa có năm nào trước năm {header.Year} có lượt xếp loại đã công bố." : null));
    }

    /// <summary>An agency's results over every published year, with its predecessors' before it existed; an agency sees only its own.</summary>
    public static async Task<Results<Ok<HistoryView>, ProblemHttpResult>> History(string code, ClaimsPrincipal user, Operations ops, CancellationToken ct)
    {
        if (!user.MaySee(code))
        {
            return ApiProblems.Forbidden();
        }
        var history = await ops.History.AgencyAsync(code, ct).ConfigureAwait(false);
        if (history.Agency is null)
        {
            return ApiProblems.NotFound("Không tìm thấy đơn vị", $"Không có đơn vị mã \"{code}\" trong danh sách đơn vị.");
        }
        return TypedResults.Ok(new HistoryView(code, history.Agency.Name, history.Agency.Predecessors,
            [.. history.Years.Select(y => new HistoryYearView(y.Year, y.Own is { } own ? StandingView.Of(own) : null, [.. y.Predecessors.Select(StandingView.Of)]))]));
    }
}

/// <summary>A run compared with last year: the run, its year, the year and runs compared with (null and none when no earlier year was
/// published; <c>problem</c> then says so), and each agency's comparison by code.</summary>
public sealed record LastYearView(long RunId, int Year, int? ComparedYear, IReadOnlyList<long> ComparedRuns, IReadOnlyList<ComparisonView> Agencies, string? Problem);

/// <summary>One agency compared: its relation to last year's agencies (<c>same</c>, <c>renamed</c>, <c>merged</c>, <c>split</c>,
/// <c>reorganised</c>, <c>new</c>) and its words, last year's standings, the change in points and rank (null when none is computed) and
/// whether the points were compared with the predecessors' mean, and the same in words as the pages and report print them.</summary>
public sealed record ComparisonView(string Agency, string Relation, string RelationText, IReadOnlyList<StandingView> Before, decimal? PointsChange, int? RankChange,
    bool AgainstMean, string BeforeText, string ChangeText, string? Note)
{
    /// <summary>The view of a comparison with <paramref name="year"/>.</summary>
    public static ComparisonView Of(Comparison c, int year) =>
        new(c.Code, c.Relation.ToString().ToLowerInvariant(), LastYearText.RelationWords(c.Relation), [.. c.Before.Select(StandingView.Of)], c.PointsChange, c.RankChange,
            c.AgainstMean, LastYearText.Before(c), LastYearText.Change(c), LastYearText.Note(c, year));
}

/// <summary>A standing in a published run: agency, name, group, rank, total, class (or status words) and status.</summary>
public sealed record StandingView(string Agency, string Name, string Group, int? Rank, decimal? Total, string Class, string Status)
{
    /// <summary>The view of a standing.</summary>
    public static StandingView Of(Standing s) => new(s.Code, s.Name, s.Group, s.Rank, s.Total, s.ClassWords, s.Status.ToString());
}

/// <summary>An agency's history: its code, name, the agencies it replaces, and each published year's standing (its own, or its predecessors').</summary>
public sealed record HistoryView(string Agency, string Name, IReadOnlyList<string> Replaces, IReadOnlyList<HistoryYearView> Years);

/// <summary>One year of an agency's history.</summary>
public sealed record HistoryYearView(int Year, StandingView? Own, IReadOnlyList<StandingView> Predecessors);
