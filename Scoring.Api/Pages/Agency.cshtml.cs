using Scoring.Api.Host;
using Scoring.Api.Catalog;
using Scoring.Engine.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Pages.Support;
using Scoring.Api.Server;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;
using Scoring.Engine.Evaluation;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Pages;

/// <summary>An agency's own page: download the workbook, upload it, see every error, its revisions and its explained score.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed partial class AgencyModel(CriteriaCatalog catalog, Operations ops, TimeProvider clock) : PageModel
{
    /// <summary>The criteria version chosen.</summary>
    [BindProperty(SupportsGet = true)]
    public string Criteria { get; set; } = SampleSeeder.Version;

    /// <summary>The year chosen.</summary>
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; } = SampleSeeder.Year;

    /// <summary>The versions on offer.</summary>
    public IReadOnlyList<CompiledCriteria> Versions => catalog.Versions;

    /// <summary>The signed-in agency, or null when it is not in the registry.</summary>
    public AgencyInfo? Agency { get; private set; }

    /// <summary>A problem with the choice (unknown version, group not in it, no such agency) or the last upload refused outright.</summary>
    [TempData]
    public string? Problem { get; set; }

    /// <summary>The revision whose outcome to show (the one just uploaded: the page is shown again after a redirect).</summary>
    [BindProperty(SupportsGet = true, Name = "lan")]
    public int? Shown { get; set; }

    /// <summary>The revision just uploaded, when <see cref="Shown"/> names one.</summary>
    public RevisionInfo? Upload { get; private set; }

    /// <summary>Whether the year's uploads are locked, by whom and when.</summary>
    public YearLock? Gate { get; private set; }

    /// <summary>The submission's state, or null when nothing was uploaded.</summary>
    public SubmissionInfo? Submission { get; private set; }

    /// <summary>Every upload, oldest first.</summary>
    public IReadOnlyList<RevisionInfo> Revisions { get; private set; } = [];

    /// <summary>The score of the latest accepted revision, appraisals in force.</summary>
    public AgencyResult? Result { get; private set; }

    /// <summary>The version the result was scored under (its inputs' titles explain the result).</summary>
    public Scoring.Engine.Criteria.CriteriaVersion? Version { get; private set; }

    /// <summary>Shows the page.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Support.CriteriaChoice.DefaultYear(catalog, Criteria, Year, Request);
        await LoadAsync(ct);
    }

    /// <summary>The self-scoring workbook of the chosen version for the agency's group, with its code and name filled in.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct)
    {
        if (await ChooseAsync(ct) is not { } criteria)
        {
            await LoadAsync(ct);
            return Page();
        }
        var outcome = await ops.IssueWorkbook.RunAsync(criteria, Agency!.Code, null, Year, ct);
        if (outcome is not { Ok: true, Value: { } file })
        {
            Problem = outcome.Message;
            await LoadAsync(ct);
            return Page();
        }
        return File(file.Bytes, Scoring.Api.Spreadsheets.Xlsx.ContentType, file.FileName);
    }

    /// <summary>Uploads a filled workbook for the chosen version and year, then shows the page again by a redirect (a refresh repeats nothing).</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        int? seq = null;
        if (await ChooseAsync(ct) is { } criteria)
        {
            if (file is null || file.Length == 0)
            {
                Problem = "Chưa chọn tệp: hãy chọn tệp Excel (.xlsx) đã điền rồi bấm Nộp tệp.";
            }
            else if (file.Length > UploadLimits.Default.MaxBytes)
            {
                Problem = $"Tệp {file.FileName} quá lớn: tối đa {UploadLimits.Default.MaxBytes / 1024 / 1024} MB.";
            }
            else
            {
                using var memory = new MemoryStream();
                await file.CopyToAsync(memory, ct);
                var outcome = await ops.Upload.RunAsync(Agency!.Code, Year, criteria, memory.ToArray(), Path.GetFileName(file.FileName), User.Actor(), ct);
                seq = outcome.Value?.Seq;
                Problem = seq is null ? outcome.Message : null;
            }
        }
        return RedirectToPage(new { criteria = Criteria, year = Year, lan = seq });
    }

    /// <summary>Withdraws the agency's submission before the lock (asked first on the page), then shows the page again by a redirect.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        if (await ChooseAsync(ct) is { } criteria)
        {
            var outcome = await ops.Withdraw.RunAsync(Agency!.Code, Year, criteria.Version.Id, User.Actor(), ct);
            (Done, Problem) = outcome.Ok ? ($"Đã rút bài nộp năm {Year}: bài không được xếp loại cho đến khi đơn vị nộp lại.", (string?)null) : (null, outcome.Message);
        }
        return RedirectToPage(new { criteria = Criteria, year = Year });
    }

    /// <summary>What the last action did (kept across the redirect after it).</summary>
    [TempData]
    public string? Done { get; set; }

    /// <summary>Where the agency's year stands, in a sentence.</summary>
    public string StateSentence => Support.StateSentences.For(Submission?.State, Year);

    /// <summary>Whether the deadline has passed under a version that refuses late uploads (then the page offers no upload).</summary>
    public bool PastDeadline { get; private set; }

    /// <summary>The year's deadline in words, or null when the version sets none.</summary>
    public string? Deadline { get; private set; }

    /// <summary>The problems of a rejected revision, as lines.</summary>
    public static IReadOnlyList<string> Errors(RevisionInfo revision) => [.. ProblemJson.Read(revision.ErrorsJson).Select(p => p.ToString())];

    private async Task<CompiledCriteria?> ChooseAsync(CancellationToken ct)
    {
        Agency = await ops.AgencyYear.AgencyAsync(User.AgencyCode() ?? "", ct);
        if (Agency is null)
        {
            Problem = $"Mã đơn vị \"{User.AgencyCode()}\" không có trong danh sách đơn vị; hãy liên hệ cơ quan Nội vụ.";
            return null;
        }
        var (chosen, problem) = Support.CriteriaChoice.Resolve(catalog, Criteria, Year, ModelState);
        if (chosen is not { } criteria)
        {
            Problem = problem;
            return null;
        }
        if (criteria.Version.FindGroup(Agency.Group) is null)
        {
            Problem = $"Bộ tiêu chí {criteria.Version.Id} không áp dụng cho khối {Agency.Group} của đơn vị.";
            return null;
        }
        return criteria;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var problem = Problem;
        var criteria = await ChooseAsync(ct);
        Problem = problem ?? Problem;
        if (criteria is null)
        {
            return;
        }
        var view = await ops.AgencyYear.RunAsync(Agency!.Code, Year, criteria, ct);
        (Submission, Revisions, Gate, Result, Version) = (view.Submission, view.Revisions, view.Gate, view.Final, criteria.Version);
        Deadline = UploadDeadline.Words(criteria.Version.Uploads, Year, clock.GetUtcNow());
        PastDeadline = criteria.Version.Uploads.Late == Scoring.Engine.Criteria.LatePolicy.Refuse && UploadDeadline.IsLate(criteria.Version.Uploads, Year, clock.GetUtcNow());
        Upload = Shown is { } seq ? Revisions.FirstOrDefault(r => r.Seq == seq) : null;
        Evidence = await ops.Records.EvidenceAsync(Agency.Code, Year, criteria.Version.Id, ct);
        History = await ops.History.AgencyAsync(Agency.Code, ct);
    }

    /// <summary>The agency's published results over the years, with its predecessors' before it existed.</summary>
    public AgencyHistoryView? History { get; private set; }
}
