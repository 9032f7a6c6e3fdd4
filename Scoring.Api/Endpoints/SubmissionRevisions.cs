using Scoring.Api.Catalog;
using Scoring.Api.UseCases;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.Server;
using Scoring.Api.Storage;

namespace Scoring.Api.Endpoints;

/// <summary>The handlers for one agency's revisions: the list, a revision's bytes as received, and a rejected revision's errors.</summary>
public static class SubmissionRevisions
{
    /// <summary>Every revision of the agency's submission, oldest first (without bytes).</summary>
    public static async Task<Results<Ok<IEnumerable<RevisionView>>, ProblemHttpResult>> List(string criteria, int year, string agency,
        ClaimsPrincipal user, Operations ops, CancellationToken ct)
    {
        if (!user.MaySee(agency))
        {
            return ApiProblems.Forbidden();
        }
        var revisions = await ops.Records.RevisionsAsync(agency, year, criteria, ct).ConfigureAwait(false);
        return TypedResults.Ok(revisions.Select(RevisionView.Of));
    }

    /// <summary>A revision's bytes as received, as a download.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(string criteria, int year, string agency, int seq,
        ClaimsPrincipal user, Operations ops, CancellationToken ct)
    {
        if (!user.MaySee(agency))
        {
            return ApiProblems.Forbidden();
        }
        var file = await ops.Records.RevisionFileAsync(agency, year, criteria, seq, ct).ConfigureAwait(false);
        return file.Ok
            ? TypedResults.File(file.Value.Bytes, Scoring.Api.Spreadsheets.Xlsx.ContentType, file.Value.FileName)
            : ApiProblems.From(file, "Không tải được tệp");
    }

    /// <summary>A revision's problems (none when it was accepted).</summary>
    public static async Task<Results<Ok<IEnumerable<ProblemView>>, ProblemHttpResult>> Errors(string criteria, int year, string agency, int seq,
        ClaimsPrincipal user, Operations ops, CancellationToken ct)
    {
        if (!user.MaySee(agency))
        {
            return ApiProblems.Forbidden();
        }
        if (await ops.Records.RevisionAsync(agency, year, criteria, seq, ct).ConfigureAwait(false) is not { } revision)
        {
            return UnknownRevision(agency, seq);
        }
        return TypedResults.Ok(ProblemJson.Read(revision.ErrorsJson).Select(p => new ProblemView(p.Where, p.Code, p.Message)));
    }

    /// <summary>The agency's current result (self-score, appraisals in force, totals, class) as the workbook to print, or with
    /// <c>?format=pdf</c> as a PDF; the same file the agency's and the appraisal pages give.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Result(string criteria, int year, string agency, string? format,
        ClaimsPrincipal user, CriteriaCatalog catalog, Operations ops, TimeProvider clock, CancellationToken ct)
    {
        if (!user.MaySee(agency))
        {
            return ApiProblems.Forbidden();
        }
        if (format is not (null or "xlsx" or "pdf"))
        {
            return ApiProblems.BadRequest($"Định dạng \"{format}\" không có: chọn xlsx (bảng tính, mặc định) hoặc pdf.");
        }
        if (catalog.Find(criteria) is not { } compiled)
        {
            return ApiProblems.UnknownCriteria(criteria);
        }
        var file = await ops.IssueWorkbook.ResultAsync(agency, year, compiled, user.Actor(), clock.GetUtcNow(), format == "pdf", ct).ConfigureAwait(false);
        return file is { Ok: true, Value: { } result }
            ? TypedResults.File(result.Bytes, result.ContentType, result.FileName)
            : ApiProblems.From(file, "Chưa có kết quả");
    }

    private static ProblemHttpResult UnknownRevision(string agency, int seq) =>
        ApiProblems.NotFound("Không tìm thấy lần nộp", $"Đơn vị {agency} không có lần nộp số {seq}.");
}

/// <summary>A revision as listed: number, file, hash, verdict, who and when, and its problems.</summary>
public sealed record RevisionView(int Seq, string FileName, string Sha256, bool Accepted, bool Late, string UploadedAt, string UploadedBy,
    IReadOnlyList<ProblemView> Problems)
{
    /// <summary>The view of a stored revision.</summary>
    public static RevisionView Of(RevisionInfo r) => new(r.Seq, r.FileName, r.Sha256, r.Accepted, r.Late, r.UploadedAt, r.UploadedBy,
        [.. ProblemJson.Read(r.ErrorsJson).Select(p => new ProblemView(p.Where, p.Code, p.Message))]);
}
