using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.UseCases;

namespace Scoring.Api.Endpoints;

/// <summary>The report workbook of a stored run: the same bytes the pages and the CLI give.</summary>
public static class RunReport
{
    /// <summary>The report workbook of a run, as a download; <c>?format=pdf</c>: the annex of the decision alone, as a PDF.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(long id, string? format, Operations ops, CancellationToken ct)
    {
        if (format is not (null or "xlsx" or "pdf"))
        {
            return ApiProblems.BadRequest($"Định dạng \"{format}\" không có: chọn xlsx (báo cáo Excel, mặc định) hoặc pdf (phụ lục kèm quyết định).");
        }
        var pdf = format == "pdf";
        var outcome = await (pdf ? ops.Report.PdfAsync(id, ct) : ops.Report.RunAsync(id, ct)).ConfigureAwait(false);
        return outcome is { Ok: true, Value: { } file }
            ? TypedResults.File(file.Bytes, file.ContentType, file.FileName)
            : ApiProblems.From(outcome, "Không lập được báo cáo");
    }
}
