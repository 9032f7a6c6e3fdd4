using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Endpoints;

/// <summary>The one place where expected outcomes (bad input, unknown ids, refusals) become HTTP problems, all in Vietnamese.</summary>
public static class ApiProblems
{
    /// <summary>400: the request itself is malformed (body, form, query); the problems, when any, go in the "problems" extension.</summary>
    public static ProblemHttpResult BadRequest(string detail, IReadOnlyList<Problem>? problems = null) =>
        Make(StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ", detail, problems);

    /// <summary>404: an unknown criteria version, agency, revision or run.</summary>
    public static ProblemHttpResult NotFound(string title, string detail) =>
        Make(StatusCodes.Status404NotFound, title, detail, null);

    /// <summary>403: the data belongs to another agency, or the role may not write.</summary>
    public static ProblemHttpResult Forbidden(string detail = "Dữ liệu không thuộc đơn vị của bạn, hoặc vai trò của bạn không được làm việc này.") =>
        Make(StatusCodes.Status403Forbidden, "Không có quyền", detail, null);

    /// <summary>409: a state change refused (already locked, already published, nothing to withdraw).</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        Make(StatusCodes.Status409Conflict, "Không thực hiện được", detail, null);

    /// <summary>422: a well-formed request whose content was rejected (a workbook, an appraisal), with every problem.</summary>
    public static ProblemHttpResult Rejected(string title, string detail, IReadOnlyList<Problem> problems, IDictionary<string, object?>? extra = null) =>
        Make(StatusCodes.Status422UnprocessableEntity, title, detail, problems, extra);

    /// <summary>404 for a criteria id the server does not offer.</summary>
    public static ProblemHttpResult UnknownCriteria(string id) =>
        NotFound("Không tìm thấy bộ tiêu chí", $"Không có bộ tiêu chí \"{id}\".");

    /// <summary>404 for an unknown run.</summary>
    public static ProblemHttpResult UnknownRun(long id) =>
        NotFound("Không tìm thấy lượt xếp loại", $"Không có lượt xếp loại số {id}.");

    /// <summary>The HTTP problem of a failed outcome: 400 invalid, 404 not found, 409 conflict or integrity, 422 rejected with every problem.</summary>
    public static ProblemHttpResult From<T>(Outcome<T> outcome, string title, IDictionary<string, object?>? extra = null) => outcome.Kind switch
    {
        OutcomeKind.Invalid => Make(StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ", outcome.Message, outcome.Problems, extra),
        OutcomeKind.NotFound => Make(StatusCodes.Status404NotFound, "Không tìm thấy", outcome.Message, null, extra),
        OutcomeKind.Conflict => Make(StatusCodes.Status409Conflict, title, outcome.Message, outcome.Problems, extra),
        OutcomeKind.Integrity => Integrity(outcome.Message),
        _ => Make(StatusCodes.Status422UnprocessableEntity, title, outcome.Message, outcome.Problems, extra),
    };

    /// <summary>409 for stored data that no longer fits together (never a 500, never a stack trace).</summary>
    public static ProblemHttpResult Integrity(string detail) =>
        Make(StatusCodes.Status409Conflict, "Dữ liệu đã lưu không khớp", detail, null);

    /// <summary>Whether the user may change an agency's data: staff and admin any, an agency only its own, auditors never.</summary>
    public static bool MayWrite(this ClaimsPrincipal user, string agency) =>
        user.Role() is Roles.Admin or Roles.Staff || (user.Role() == Roles.Agency && user.AgencyCode() == agency);

    private static ProblemHttpResult Make(int status, string title, string detail, IReadOnlyList<Problem>? problems, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?>(extra ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        if (problems is not null)
        {
            extensions["problems"] = problems.Select(p => new ProblemView(p.Where, p.Code, p.Message)).ToList();
        }
        return TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
    }
}

/// <summary>One problem as the API returns it: where (file, sheet, cell or line), the item code when any, and the Vietnamese message.</summary>
public sealed record ProblemView(string Where, string? Code, string Message);
