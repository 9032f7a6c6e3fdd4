using Scoring.Api.Catalog;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Runs;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Runs;

namespace Scoring.Api.Endpoints;

/// <summary>/api/runs: annual classification runs: create, publish, list, show, replay, diff and the report workbook.</summary>
public static class RunEndpoints
{
    /// <summary>Maps the run endpoints: reading for Home Affairs and auditors, writing for Home Affairs.</summary>
    public static RouteGroupBuilder MapRunEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/runs").RequireAuthorization(Policies.Read);
        group.MapGet("/", List);
        group.MapGet("/preview", Preview);
        group.MapPost("/", Create).RequireAuthorization(Policies.Staff).AddEndpointFilter<IdempotencyFilter>();
        group.MapGet("/{id:long}", Show);
        group.MapPost("/{id:long}/publish", Publish).RequireAuthorization(Policies.Staff).AddEndpointFilter<IdempotencyFilter>();
        group.MapGet("/{id:long}/replay", Replay);
        group.MapGet("/{id:long}/diff", Diff);
        group.MapGet("/{id:long}/diff/report", DiffReport);
        group.MapGet("/{id:long}/report", RunReport.Download);
        return group;
    }

    /// <summary>Every run, newest first.</summary>
    public static async Task<Ok<IEnumerable<RunSummary>>> List(Operations ops, CancellationToken ct) =>
        TypedResults.Ok((await ops.Runs.ListAsync(ct).ConfigureAwait(false)).Select(RunSummary.Of));

    /// <summary>Classifies every agency of a year under a version (optionally one group) and stores a draft run; 201 with the run;
    /// 409 with the warnings when the run would rank nothing locked, the year is not locked, or the version does not cover the year
    /// (send "knowingly": true to create it anyway, with the warnings stored in the run).</summary>
    public static async Task<Results<Created<RunSummary>, ProblemHttpResult>> Create(HttpRequest request, ClaimsPrincipal user,
        CriteriaCatalog catalog, Operations ops, CancellationToken ct)
    {
        var (body, problem) = await RequestBody.JsonAsync<RunRequest>(request, ct).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        if (body.Year is not { } year || string.IsNullOrWhiteSpace(body.Criteria))
        {
            return ApiProblems.BadRequest("Cần năm (year) và mã bộ tiêu chí (criteria).");
        }
        var order = new RunOrder(year, body.Criteria, string.IsNullOrWhiteSpace(body.Group) ? null : body.Group, body.Knowingly == true, catalog.Find(body.Criteria));
        var outcome = await ops.CreateRun.RunAsync(order, user.Actor(), ct).ConfigureAwait(false);
        return outcome is { Ok: true, Value: { } run } ? TypedResults.Created($"/api/runs/{run.Id}", RunSummary.Of(run)) : ApiProblems.From(outcome, "Không tạo được lượt xếp loại");
    }

    /// <summary>What a run of the year under a version (optionally one group) would rank now, per group, and the warnings that would refuse it.</summary>
    public static async Task<Results<Ok<RunPreview>, ProblemHttpResult>> Preview(int? year, string? criteria, string? group, CriteriaCatalog catalog,
        Operations ops, CancellationToken ct)
    {
        if (year is not { } y || string.IsNullOrWhiteSpace(criteria))
        {
            return ApiProblems.BadRequest("Cần năm (year) và mã bộ tiêu chí (criteria).");
        }
        var outcome = await ops.CreateRun.PreviewAsync(new RunOrder(y, criteria, string.IsNullOrWhiteSpace(group) ? null : group, false, catalog.Find(criteria)), ct)
            .ConfigureAwait(false);
        return outcome is { Ok: true, Value: { } preview } ? TypedResults.Ok(preview) : ApiProblems.From(outcome, "Không xem trước được lượt xếp loại");
    }

    /// <summary>A run's header and its ranked results, each with the explained result.</summary>
    public static async Task<Results<Ok<RunView>, ProblemHttpResult>> Show(long id, Operations ops, CancellationToken ct)
    {
        if (await ops.Records.RunAsync(id, ct).ConfigureAwait(false) is not { } run)
        {
            return ApiProblems.UnknownRun(id);
        }
        var results = await ops.Records.RunResultsAsync(id, ct).ConfigureAwait(false);
        return TypedResults.Ok(new RunView(RunSummary.Of(run), [.. results.Select(r => new RunResultView(r.AgencyCode, r.Position, r.Scope, r.Rank, r.Total, r.ClassName,
            r.Status.ToString(), JsonDocument.Parse(r.ResultJson).RootElement.Clone()))]));
    }

    /// <summary>Publishes a draft run as the official answer of its scope (what it replaces is superseded); 409 when already published.</summary>
    /// The body is optional: {"decisionNumber", "decisionDate" (dd/MM/yyyy), "signerTitle", "signerName", "issuer", "place"}, the decision the run is
    /// the annex of.
    public static async Task<Results<Ok<RunSummary>, ProblemHttpResult>> Publish(long id, HttpRequest request, ClaimsPrincipal user, Operations ops,
        CancellationToken ct)
    {
        RunDecision? decision = null;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var (body, problem) = await RequestBody.JsonAsync<PublishRequest>(request, ct).ConfigureAwait(false);
            if (body is null)
            {
                return ApiProblems.BadRequest(problem!);
            }
            var (date, dateProblem) = PublishRun.DecisionDate(body.DecisionDate);
            if (dateProblem is not null)
            {
                return ApiProblems.BadRequest(dateProblem);
            }
            decision = new RunDecision(body.DecisionNumber, date, body.SignerTitle, body.SignerName, body.Issuer, body.Place);
        }
        var outcome = await ops.Publish.RunAsync(id, user.Actor(), ct, decision).ConfigureAwait(false);
        return outcome is { Ok: true, Value: { } run } ? TypedResults.Ok(RunSummary.Of(run)) : ApiProblems.From(outcome, "Không công bố được");
    }

    /// <summary>Recomputes the run from what is stored and compares: matches, hashes and every difference.</summary>
    public static async Task<Results<Ok<ReplayReport>, ProblemHttpResult>> Replay(long id, RunService runs, CancellationToken ct) =>
        await runs.ReplayAsync(id, ct).ConfigureAwait(false) is { } report ? TypedResults.Ok(report) : ApiProblems.UnknownRun(id);

    /// <summary>Re-scores the run's inputs under another version (?criteria=): per agency old and new total, class, rank, and item changes.</summary>
    public static async Task<Results<Ok<RunDiffView>, ProblemHttpResult>> Diff(long id, string? criteria, CriteriaCatalog catalog, RunService runs, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(criteria))
        {
            return ApiProblems.BadRequest("Cần mã bộ tiêu chí để so sánh (tham số criteria).");
        }
        if (catalog.Find(criteria) is not { } other)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        return await runs.DiffAsync(id, other, ct).ConfigureAwait(false) is { } diff
            ? TypedResults.Ok(new RunDiffView(id, diff.From.Version.Id, other.Version.Id, diff.Diffs))
            : ApiProblems.UnknownRun(id);
    }

    /// <summary>The comparison under another version (?criteria=) as an Excel workbook: the summary, every agency by name, every item changed.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DiffReport(long id, string? criteria, CriteriaCatalog catalog, RunService runs,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(criteria))
        {
            return ApiProblems.BadRequest("Cần mã bộ tiêu chí để so sánh (tham số criteria).");
        }
        if (catalog.Find(criteria) is not { } other)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        return await runs.DiffFileAsync(id, other, ct).ConfigureAwait(false) is { } file
            ? TypedResults.File(file.Bytes, Scoring.Api.Spreadsheets.Xlsx.ContentType, file.Name)
            : ApiProblems.UnknownRun(id);
    }

}

/// <summary>The decision a run is published as the annex of; every part optional.</summary>
public sealed record PublishRequest(string? DecisionNumber, string? DecisionDate, string? SignerTitle, string? SignerName, string? Issuer, string? Place);

/// <summary>A run to create: the year, the version, optionally one group, and whether its warnings are accepted knowingly.</summary>
public sealed record RunRequest(int? Year, string? Criteria, string? Group, bool? Knowingly = null);

/// <summary>A run with its results in ranked order.</summary>
public sealed record RunView(RunSummary Run, IReadOnlyList<RunResultView> Results);

/// <summary>One result line of a run, with the explained result as JSON.</summary>
public sealed record RunResultView(string Agency, int Position, string Scope, int? Rank, string Total, string? ClassName, string Status, JsonElement Result);

/// <summary>A run re-scored under another version.</summary>
public sealed record RunDiffView(long Run, string From, string To, IReadOnlyList<AgencyDiff> Agencies);
