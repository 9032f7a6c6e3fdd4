using Microsoft.AspNetCore.Mvc;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Engine.Criteria;

namespace Scoring.Api.Pages;

/// <summary>The agency's evidence files (tài liệu kiểm chứng): attach one to items before the lock, list them, open or save one.</summary>
public sealed partial class AgencyModel
{
    /// <summary>The evidence files attached to the submission, by item.</summary>
    public IReadOnlyList<EvidenceLink> Evidence { get; private set; } = [];

    /// <summary>The items an agency may attach evidence to: those of its group it scores itself.</summary>
    public IEnumerable<Item> EvidenceItems => Version is { } v && Agency is { } a ? v.AllItems.Where(i => v.Applies(i, a.Group) && !i.AwardedBySuperior) : [];

    /// <summary>The address of an evidence file, but its SHA-256.</summary>
    public string EvidenceLink => $"/don-vi?handler=Evidence&criteria={Uri.EscapeDataString(Criteria)}&year={Year}&sha=";

    /// <summary>Attaches a file to the chosen items, then shows the page again by a redirect (a refresh repeats nothing; the same file for the
    /// same items is never stored twice).</summary>
    public async Task<IActionResult> OnPostEvidenceAsync(IFormFile? file, string[]? items, CancellationToken ct)
    {
        if (await ChooseAsync(ct) is { } criteria)
        {
            if (file is null)
            {
                Problem = "Chưa chọn tệp kiểm chứng: hãy chọn tệp PDF, ảnh, Word hoặc Excel rồi bấm Đính kèm.";
            }
            else
            {
                using var memory = new MemoryStream();
                await file.CopyToAsync(memory, ct);
                var outcome = await ops.Attach.RunAsync(Agency!.Code, Year, criteria, memory.ToArray(), Path.GetFileName(file.FileName), items ?? [],
                    User.Actor(), ct);
                (Done, Problem) = outcome.Ok ? (outcome.Message, (string?)null) : (null, string.Join(" ", new[] { outcome.Message }
                    .Concat(outcome.Problems.Skip(1).Select(p => p.Message))));
            }
        }
        return Redirect($"/don-vi?criteria={Uri.EscapeDataString(Criteria)}&year={Year}#tai-lieu");
    }

    /// <summary>One of the agency's own evidence files: a PDF or an image opens in the browser, others (or with download) are saved.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(string? sha, bool download, CancellationToken ct)
    {
        if (await ChooseAsync(ct) is not { } criteria)
        {
            return NotFound();
        }
        var file = await ops.Records.EvidenceFileAsync(Agency!.Code, Year, criteria.Version.Id, sha ?? "", ct);
        if (file.Value is not { } found)
        {
            Problem = file.Message;
            return Redirect($"/don-vi?criteria={Uri.EscapeDataString(Criteria)}&year={Year}");
        }
        var (bytes, type) = EvidenceResponse.Prepare(Response, found, download);
        return File(bytes, type);
    }
}
