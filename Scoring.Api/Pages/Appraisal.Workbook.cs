using Microsoft.AspNetCore.Mvc;
using Scoring.Api.Server;
using Scoring.Api.UseCases;

namespace Scoring.Api.Pages;

/// <summary>The appraisal page's workbook: download it prefilled, upload it filled.</summary>
public sealed partial class AppraisalModel
{
    /// <summary>The agency's current result (self-score, appraisals in force, totals, class) as a printable workbook.</summary>
    public async Task<IActionResult> OnGetResultAsync(string? format, CancellationToken ct)
    {
        if (Choose() is not { } criteria)
        {
            return Back(null);
        }
        var file = await ops.IssueWorkbook.ResultAsync(Agency, Year, criteria, User.Actor(), clock.GetUtcNow(), format == "pdf", ct);
        if (file.Value is not { } workbook)
        {
            Problem = file.Message;
            return Back(null);
        }
        return File(workbook.Bytes, workbook.ContentType, workbook.FileName);
    }

    /// <summary>The appraisal workbook of this submission, to fill offline and upload back.</summary>
    public async Task<IActionResult> OnGetWorkbookAsync(CancellationToken ct)
    {
        if (Choose() is not { } criteria)
        {
            return Back(null);
        }
        var file = await ops.IssueWorkbook.AppraisalAsync(Agency, Year, criteria, ct);
        if (file.Value is not { } workbook)
        {
            Problem = file.Message;
            return Back(null);
        }
        return File(workbook.Bytes, Scoring.Api.Spreadsheets.Xlsx.ContentType, workbook.FileName);
    }

    /// <summary>Records every change of an uploaded appraisal workbook, all or none; a refusal comes back with every problem.</summary>
    public async Task<IActionResult> OnPostWorkbookAsync(IFormFile? file, CancellationToken ct)
    {
        if (Choose() is not { } criteria)
        {
            return Back(null);
        }
        if (file is null || file.Length == 0 || file.Length > Scoring.Api.Spreadsheets.UploadLimits.Default.MaxBytes)
        {
            Problem = "Chưa chọn bảng thẩm định (.xlsx), hoặc tệp quá lớn.";
            return Back(null);
        }
        using var memory = new MemoryStream();
        await file.CopyToAsync(memory, ct);
        var outcome = await ops.AppraiseWorkbook.RunAsync(Agency, Year, criteria, memory.ToArray(), Path.GetFileName(file.FileName), User.Actor(), ct);
        if (outcome.Kind == OutcomeKind.Rejected)
        {
            Refusals = outcome.Problems;
            Refused = outcome.Message;
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        (Message, Problem) = outcome.Ok ? ((string?)outcome.Message, (string?)null) : (null, outcome.Message);
        return Back(null);
    }
}
