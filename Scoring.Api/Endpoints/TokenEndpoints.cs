using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;

namespace Scoring.Api.Endpoints;

/// <summary>/api/tokens: sign-in codes, for administrators only: list, issue (the code is in the answer, once), revoke, renew.</summary>
public static class TokenEndpoints
{
    /// <summary>Maps the token endpoints.</summary>
    public static RouteGroupBuilder MapTokenEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tokens").RequireAuthorization(Policies.Admin);
        group.MapGet("/", List);
        group.MapPost("/", Issue);
        group.MapPost("/group", IssueGroup);
        group.MapPost("/{id:long}/revoke", Revoke);
        group.MapPost("/{id:long}/renew", Renew);
        return group;
    }

    /// <summary>Every code (never the code itself), newest first.</summary>
    public static async Task<Ok<IReadOnlyList<TokenInfo>>> List(Operations ops, CancellationToken ct) =>
        TypedResults.Ok(await ops.Accounts.ListAsync(ct).ConfigureAwait(false));

    /// <summary>Issues a code: <c>{"name": "...", "role": "agency", "agency": "so-noi-vu", "expires": "31/12/2026"}</c>; 201 with the code,
    /// shown this once. A retried request with the same <c>Idempotency-Key</c> issues nothing (409: the code is never kept to be shown again).</summary>
    public static async Task<Results<Created<IssuedCode>, ProblemHttpResult>> Issue(HttpRequest request, ClaimsPrincipal user, Operations ops, CancellationToken ct)
    {
        var (body, problem) = await RequestBody.JsonAsync<IssueRequest>(request, ct).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var outcome = await ops.Accounts.IssueAsync(body.Name, body.Role, body.Agency, user.Actor(), ct, body.Expires, Key(request)).ConfigureAwait(false);
        return outcome.Value is { } issued ? TypedResults.Created($"/api/tokens/{issued.Id}", issued) : ApiProblems.From(outcome, "Không cấp được mã đăng nhập");
    }

    /// <summary>Issues a code to every agency of a group that holds no valid one: <c>{"group": "xa-phuong", "expires": "31/12/2026"}</c>; 201 with the
    /// codes (shown this once) and the agencies left out. Idempotency-Key as for one code.</summary>
    public static async Task<Results<Created<IssuedBatch>, ProblemHttpResult>> IssueGroup(HttpRequest request, ClaimsPrincipal user, Operations ops, CancellationToken ct)
    {
        var (body, problem) = await RequestBody.JsonAsync<IssueGroupRequest>(request, ct).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var outcome = await ops.Accounts.IssueGroupAsync(body.Group, user.Actor(), ct, body.Expires, Key(request)).ConfigureAwait(false);
        return outcome.Value is { } batch ? TypedResults.Created("/api/tokens", batch) : ApiProblems.From(outcome, "Không cấp được mã đăng nhập");
    }

    private static string? Key(HttpRequest request) =>
        request.Headers["Idempotency-Key"].ToString() is { Length: > 0 and <= 200 } key ? "api:" + key : null;

    /// <summary>Revokes a code: <c>{"reason": "..."}</c>.</summary>
    public static async Task<Results<Ok<TokenInfo>, ProblemHttpResult>> Revoke(long id, HttpRequest request, ClaimsPrincipal user, Operations ops, CancellationToken ct)
    {
        var (body, problem) = await RequestBody.JsonAsync<RevokeRequest>(request, ct).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var outcome = await ops.Accounts.RevokeAsync(id, body.Reason, user.Actor(), ct).ConfigureAwait(false);
        return outcome.Value is { } token ? TypedResults.Ok(token) : ApiProblems.From(outcome, "Không thu hồi được mã đăng nhập");
    }

    /// <summary>Renews a code: the old one is revoked and a new one issued to the same holder (201 with it).</summary>
    public static async Task<Results<Created<IssuedCode>, ProblemHttpResult>> Renew(long id, HttpRequest request, ClaimsPrincipal user, Operations ops,
        CancellationToken ct)
    {
        var outcome = await ops.Accounts.RenewAsync(id, user.Actor(), ct, Key(request)).ConfigureAwait(false);
        return outcome.Value is { } issued ? TypedResults.Created($"/api/tokens/{issued.Id}", issued) : ApiProblems.From(outcome, "Không cấp lại được mã đăng nhập");
    }
}

/// <summary>A code to issue: the holder's name, the role, and the agency for an agency's code.</summary>
public sealed record IssueRequest(string? Name, string? Role, string? Agency, string? Expires = null);

/// <summary>Codes to issue to a group's agencies, and their last day.</summary>
public sealed record IssueGroupRequest(string? Group, string? Expires = null);

/// <summary>Why a code is revoked.</summary>
public sealed record RevokeRequest(string? Reason);
