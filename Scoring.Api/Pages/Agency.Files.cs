using Microsoft.AspNetCore.Mvc;
using Scoring.Api.Server;

namespace Scoring.Api.Pages;

/// <summary>The agency's own files: each upload as received, and its current result as a workbook.</summary>
public sealed partial class AgencyModel
{
    /// <summary>The address of an upload's file, but its number.</summary>
    public string FileLink => $"/don-vi?handler=File&criteria={Uri.EscapeDataString(Criteria)}&year={Year}&seq=";

    /// <summary>One of the agency's own uploads, as received (only its own: the agency comes from the sign-in, never from the address).</summary>
    public async Task<IActionResult> OnGetFileAsync(int seq, CancellationToken ct)
    {
        if (await ChooseAsync(ct) is not { } criteria)
        {
            return NotFound();
        }
        var file = await ops.Records.RevisionFileAsync(Agency!.Code, Year, criteria.Version.Id, seq, ct);
        if (!file.Ok)
        {
            Problem = file.Message;
            return Redirect($"/don-vi?criteria={Uri.EscapeDataString(Criteria)}&year={Year}");
        }
        return File(file.Value.Bytes, Scoring.Api.Spreadsheets.Xlsx.ContentType, file.Value.FileName);
    }

    /// <summary>The agency's current result (self-score, appraisals in force, totals, class) as a printable workbook; back to the page with
    /// the reason when there is none yet.</summary>
    public async Task<IActionResult> OnGetResultAsync(string? format, CancellationToken ct)
    {
        if (await ChooseAsync(ct) is not { } criteria)
        {
            return NotFound();
        }
        var file = await ops.IssueWorkbook.ResultAsync(Agency!.Code, Year, criteria, User.Actor(), clock.GetLocalNow(), format == "pdf", ct);
        if (file.Value is not { } workbook)
        {
            Problem = file.Message;
            return Redirect($"/don-vi?criteria={Uri.EscapeDataString(Criteria)}&year={Year}");
        }
        return File(workbook.Bytes, workbook.ContentType, workbook.FileName);
    }
}
