using Scoring.Api.Catalog;
using Scoring.Engine.Registry;
using Scoring.Api.UseCases;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Rules.Format;
using Scoring.Rules.Lint;

namespace Scoring.Api.Endpoints;

/// <summary>/api/criteria: the versions the server offers, the linter, and the self-scoring workbook.</summary>
public static class CriteriaEndpoints
{
    private const string Xlsx = Scoring.Api.Spreadsheets.Xlsx.ContentType;

    /// <summary>Maps the criteria endpoints.</summary>
    public static RouteGroupBuilder MapCriteriaEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/criteria").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", List);
        group.MapGet("/{id}", Show);
        group.MapPost("/lint", Lint).DisableAntiforgery();
        group.MapGet("/{id}/template", Template);
        return group;
    }

    /// <summary>Every valid version: id, title, decision, sample flag, hash, groups.</summary>
    public static Ok<IEnumerable<CriteriaSummary>> List(CriteriaCatalog catalog) =>
        TypedResults.Ok(catalog.Versions.Select(CriteriaSummary.Of));

    /// <summary>One version in canonical form, or 404 with a Vietnamese problem.</summary>
    public static Results<ContentHttpResult, ProblemHttpResult> Show(string id, CriteriaCatalog catalog) =>
        catalog.Find(id) is { } c
            ? TypedResults.Content(CanonicalForm.Write(c.Version), "application/json")
            : ApiProblems.UnknownCriteria(id);

    /// <summary>Lints the YAML text of the body: 200 with ok and every problem (line, column, message), 400 when the body cannot be read.</summary>
    public static async Task<Results<Ok<LintReport>, ProblemHttpResult>> Lint(HttpRequest request, CancellationToken ct)
    {
        var (text, problem) = await RequestBody.TextAsync(request, CriteriaReader.MaxLength, ct).ConfigureAwait(false);
        if (text is null)
        {
            return ApiProblems.BadRequest(problem!);
        }
        var read = CriteriaReader.Read(text, "tiêu chí gửi lên");
        var problems = CriteriaLinter.Lint(read);
        var views = problems.Select(p => new LintProblem(p.Line, p.Column, p.Message, p.IsWarning)).ToList();
        return TypedResults.Ok(new LintReport(read.Version is not null && problems.All(p => p.IsWarning), read.Version?.Id, views));
    }

    /// <summary>The self-scoring workbook of a version for a group (and optionally an agency, prefilled); an agency user gets its own.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Template(string id, string? group, string? agency,
        ClaimsPrincipal user, CriteriaCatalog catalog, Operations ops, CancellationToken ct)
    {
        if (catalog.Find(id) is not { } criteria)
        {
            return ApiProblems.UnknownCriteria(id);
        }
        if (user.Role() == Roles.Agency)
        {
            if (agency is not null && agency != user.AgencyCode())
            {
                return ApiProblems.Forbidden("Đơn vị chỉ tải được bảng tự chấm điểm của chính mình.");
            }
            agency = user.AgencyCode();
        }
        if (user.Role() == Roles.Agency && group is not null && (await ops.AgencyYear.AgencyAsync(agency!, ct).ConfigureAwait(false))?.Group is { } own && own != group)
        {
            return ApiProblems.Forbidden($"Đơn vị {agency} thuộc khối {own}: chỉ tải được bảng của khối mình.");
        }
        var outcome = await ops.IssueWorkbook.RunAsync(criteria, agency, group, null, ct).ConfigureAwait(false);
        return outcome is { Ok: true, Value: { } file } ? TypedResults.File(file.Bytes, Xlsx, file.FileName) : ApiProblems.From(outcome, "Không tạo được bảng tự chấm điểm");
    }
}

/// <summary>A version as listed.</summary>
public sealed record CriteriaSummary(string Id, string Title, string? Decision, bool Sample, string Hash, IReadOnlyList<string> Groups)
{
    /// <summary>The summary of a compiled version.</summary>
    public static CriteriaSummary Of(Scoring.Rules.Compilation.CompiledCriteria c) =>
        new(c.Version.Id, c.Version.Identity.Title, c.Version.Identity.DecisionNumber, c.Version.Identity.IsSample, c.Hash, [.. c.Version.Groups.Select(g => g.Code)]);
}

/// <summary>What the linter found: whether the text is a valid version, its id when read, and every problem.</summary>
public sealed record LintReport(bool Ok, string? Id, IReadOnlyList<LintProblem> Problems);

/// <summary>One lint problem with its line and column (1-based; 0 when not tied to a place).</summary>
public sealed record LintProblem(int Line, int Column, string Message, bool Warning);
