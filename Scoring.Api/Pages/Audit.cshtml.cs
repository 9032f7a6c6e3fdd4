using Scoring.Api.UseCases;
using Scoring.Api.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Runs;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Engine.Runs;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Pages;

/// <summary>Audit: replay a run to prove it, or re-score its inputs under another criteria version. Reads only.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class AuditModel(CriteriaCatalog catalog, RunService runs) : PageModel
{
    /// <summary>The run examined.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Run { get; set; }

    /// <summary>The version to compare against.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Other { get; set; }

    /// <summary>Every run, newest first.</summary>
    public IReadOnlyList<RunHeader> Runs { get; private set; } = [];

    /// <summary>The versions on offer for a comparison.</summary>
    public IReadOnlyList<CompiledCriteria> Versions => catalog.Versions;

    /// <summary>The replay's outcome.</summary>
    public ReplayReport? Replay { get; private set; }

    /// <summary>The comparison's outcome, per agency.</summary>
    public IReadOnlyList<AgencyDiff>? Diffs { get; private set; }

    /// <summary>The run's own version id in a comparison.</summary>
    public string? FromVersion { get; private set; }

    /// <summary>Why the last action failed.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the runs.</summary>
    public async Task OnGetAsync(CancellationToken ct) => Runs = await runs.ListAsync(ct);

    /// <summary>Recomputes a run from what is stored and compares.</summary>
    public async Task OnGetReplayAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        if (Run is not { } id)
        {
            Problem = "Hãy chọn lượt xếp loại cần kiểm tra lại.";
            return;
        }
        try
        {
            Replay = await runs.ReplayAsync(id, ct);
            Problem = Replay is null ? $"Không có lượt xếp loại số {id}." : null;
        }
        catch (StoreIntegrityException)
        {
            Problem = $"Không tính lại được lượt {id}: dữ liệu đã lưu (bộ tiêu chí, bài nộp hoặc thẩm định) không còn khớp với lượt này.";
        }
    }

    /// <summary>The comparison as an Excel workbook; back to the page with the reason when it cannot be made.</summary>
    public async Task<IActionResult> OnGetDiffFileAsync(CancellationToken ct)
    {
        if (Run is { } id && catalog.Find(Other ?? "") is { } other)
        {
            try
            {
                if (await runs.DiffFileAsync(id, other, ct) is { } file)
                {
                    return File(file.Bytes, Scoring.Api.Spreadsheets.Xlsx.ContentType, file.Name);
                }
            }
            catch (StoreIntegrityException)
            {
                // Shown by the comparison below, which meets the same stored data.
            }
        }
        await OnGetDiffAsync(ct);
        return Page();
    }

    /// <summary>Re-scores a run's inputs under another version and compares.</summary>
    public async Task OnGetDiffAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        if (Run is not { } id || catalog.Find(Other ?? "") is not { } other)
        {
            Problem = "Hãy chọn lượt xếp loại và một bộ tiêu chí có trong danh sách để so sánh.";
            return;
        }
        try
        {
            if (await runs.DiffAsync(id, other, ct) is { } diff)
            {
                Diffs = diff.Diffs;
                FromVersion = diff.From.Version.Id;
            }
            else
            {
                Problem = $"Không có lượt xếp loại số {id}.";
            }
        }
        catch (StoreIntegrityException)
        {
            Problem = $"Không so sánh được lượt {id}: dữ liệu đã lưu không còn khớp với lượt này.";
        }
    }
}
