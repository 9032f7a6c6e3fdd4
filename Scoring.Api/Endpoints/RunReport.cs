using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Api.UseCases;

namespace Scoring.Api.Endpoints;

/// <summary>The report workbook of a stored run: the same bytes the pages and the CLI give.</summary>
public static class RunReport
{
    /// <summary>The report workbook of a run, as a download.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(long id, Operations ops, CancellationToken ct)
    {
        var outcome = await ops.Report.RunAsync(id, ct).ConfigureAwait(false);
        return outcome is { Ok: true, Value: { } file }
            ? TypedResults.File(file.Bytes, Scoring.Api.Spreadsheets.Xlsx.ContentType, file.FileName)
            : ApiProblems.From(outcome, "Không lập được báo cáo");
    }
}
