using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Catalog;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;

namespace Scoring.Api.Endpoints;

/// <summary>/api/submissions/{criteria}/{year}/{agency}/evidence: the evidence files of an agency's submission, attached per item.</summary>
public static class EvidenceEndpoints
{
    /// <summary>Maps the routes under a submission's group.</summary>
    public static void MapEvidence(this RouteGroupBuilder group)
    {
        group.MapPost("/{agency}/evidence", Attach).DisableAntiforgery().AddEndpointFilter<IdempotencyFilter>();
        group.MapGet("/{agency}/evidence", List);
        group.MapGet("/{agency}/evidence/{sha256}", Download);
    }

    /// <summary>Attaches the multipart "file" to the items of the "items" field(s) (codes, several fields or comma-separated): 201 when
    /// linked, 200 when it was linked to them already (nothing stored twice), 400 with every problem, 409 after the lock or over the quota.</summary>
    public static async Task<Results<Created<EvidenceView>, Ok<EvidenceView>, ProblemHttpResult>> Attach(string criteria, int year, string agency,
        HttpRequest request, ClaimsPrincipal user, CriteriaCatalog catalog, Operations ops, CancellationToken ct)
    {
        if (!user.MayWrite(agency))
        {
            return ApiProblems.Forbidden("Chỉ đơn vị đính kèm tài liệu cho bài nộp của chính mình; cán bộ Nội vụ đính kèm thay được; thanh tra không đính kèm.");
        }
        if (catalog.Find(criteria) is not { } compiled)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        var (name, bytes, form, problem) = await RequestBody.FormFileAsync(request, long.MaxValue, ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var items = form!["items"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var outcome = await ops.Attach.RunAsync(agency, year, compiled, bytes, name!, items, user.Actor(), ct).ConfigureAwait(false);
        if (outcome is { Ok: true, Value: { } done })
        {
            var view = new EvidenceView(done.Sha256, done.Kind, done.Items, done.AlreadyLinked, outcome.Message);
            return done.Items.Count > 0
                ? TypedResults.Created($"/api/submissions/{criteria}/{year}/{agency}/evidence/{done.Sha256}", view)
                : TypedResults.Ok(view);
        }
        return ApiProblems.From(outcome, "Không đính kèm được tệp");
    }

    /// <summary>The evidence files of the agency's submission, per item.</summary>
    public static async Task<Results<Ok<IEnumerable<EvidenceLinkView>>, ProblemHttpResult>> List(string criteria, int year, string agency,
        ClaimsPrincipal user, Operations ops, CancellationToken ct)
    {
        if (!user.MaySee(agency))
        {
            return ApiProblems.Forbidden();
        }
        var links = await ops.Records.EvidenceAsync(agency, year, criteria, ct).ConfigureAwait(false);
        return TypedResults.Ok(links.Select(EvidenceLinkView.Of));
    }

    /// <summary>One evidence file of the agency's submission: a PDF or image shown inline (<c>?download=1</c> to save it), others saved.</summary>
    public static async Task<IResult> Download(string criteria, int year, string agency, string sha256, bool? download, HttpResponse response,
        ClaimsPrincipal user, Operations ops, CancellationToken ct)
    {
        if (!user.MaySee(agency))
        {
            return ApiProblems.Forbidden();
        }
        var file = await ops.Records.EvidenceFileAsync(agency, year, criteria, sha256, ct).ConfigureAwait(false);
        if (file is not { Ok: true, Value: { } found })
        {
            return ApiProblems.From(file, "Không có tệp");
        }
        var (bytes, type) = EvidenceResponse.Prepare(response, found, download == true);
        return Results.Bytes(bytes, type);
    }
}

/// <summary>What attaching did: the file's SHA-256 and type, the items linked now and those linked before, in a sentence.</summary>
public sealed record EvidenceView(string Sha256, string Kind, IReadOnlyList<string> Items, IReadOnlyList<string> AlreadyLinked, string Message);

/// <summary>An evidence file of an item, as listed.</summary>
public sealed record EvidenceLinkView(string Item, string FileName, string Sha256, string Kind, long Size, string AttachedAt, string AttachedBy)
{
    /// <summary>The view of a stored link.</summary>
    public static EvidenceLinkView Of(EvidenceLink l) => new(l.ItemCode, l.FileName, l.Sha256, l.Kind, l.Size, l.AttachedAt, l.AttachedBy);
}
