using Scoring.Api.Host;
using Scoring.Api.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Pages.Support;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Engine.Criteria;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Pages;

/// <summary>Home Affairs: who has submitted, the lock, appraisal links, and the year's runs (create, publish).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed partial class TrackerModel(CriteriaCatalog catalog, Operations ops, TimeProvider clock, OfficeDefaults office) : PageModel
{
    /// <summary>The criteria version tracked.</summary>
    [BindProperty(SupportsGet = true)]
    public string Criteria { get; set; } = SampleSeeder.Version;

    /// <summary>The year tracked.</summary>
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; } = SampleSeeder.Year;

    /// <summary>The versions on offer.</summary>
    public IReadOnlyList<CompiledCriteria> Versions => catalog.Versions;

    /// <summary>Criteria files in the folder that do not lint, with their errors: the server does not offer them.</summary>
    public IReadOnlyList<LoadedCriteria> Invalid => catalog.Invalid;

    /// <summary>The chosen version, when it exists.</summary>
    public CriteriaVersion? Version { get; private set; }

    /// <summary>The tracker, by group.</summary>
    public IReadOnlyList<(Group? Group, string Code, IReadOnlyList<TrackerRow> Rows)> Groups { get; private set; } = [];

    /// <summary>Every run, newest first.</summary>
    public IReadOnlyList<RunHeader> Runs { get; private set; } = [];

    /// <summary>Whether the year's uploads are locked, by whom and when.</summary>
    public YearLock? Gate { get; private set; }

    /// <summary>What the last action did (kept across the redirect after it).</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Why the last action (or the choice) failed.</summary>
    [TempData]
    public string? Problem { get; set; }

    /// <summary>Shows the tracker and the runs.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Support.CriteriaChoice.DefaultYear(catalog, Criteria, Year, Request);
        await LoadAsync(ct);
    }

    /// <summary>Every agency's file in use for the year, as one zip.</summary>
    public async Task<IActionResult> OnGetFilesAsync(CancellationToken ct)
    {
        if (Choose() is not { } criteria)
        {
            return Back();
        }
        if (await ops.Records.AcceptedFilesAsync(Year, criteria.Version.Id, ct) is not { } zip)
        {
            Problem = $"Năm {Year} chưa có tệp nào được nhận theo bộ tiêu chí {criteria.Version.Id}.";
            return Back();
        }
        return File(zip, "application/zip", $"bai-nop-{criteria.Version.Id}-{Year}.zip");
    }

    /// <summary>Locks the year's uploads under the version.</summary>
    public async Task<IActionResult> OnPostLockAsync(CancellationToken ct)
    {
        if (Choose() is { } criteria)
        {
            Show(await ops.Lock.RunAsync(Year, criteria.Version.Id, User.Actor(), ct));
        }
        return Back();
    }

    /// <summary>Reopens the locked year, with a reason.</summary>
    public async Task<IActionResult> OnPostReopenAsync(string? reason, CancellationToken ct)
    {
        if (Choose() is { } criteria)
        {
            Show(await ops.Reopen.RunAsync(Year, criteria.Version.Id, reason, User.Actor(), ct));
        }
        return Back();
    }

    /// <summary>Creates a draft run for the year, version and optional group (knowingly: despite its warnings).</summary>
    public async Task<IActionResult> OnPostCreateRunAsync(string? group, bool knowingly, CancellationToken ct)
    {
        if (Choose() is { } criteria)
        {
            Show(await ops.CreateRun.RunAsync(new RunOrder(Year, criteria.Version.Id, string.IsNullOrWhiteSpace(group) ? null : group, knowingly, criteria),
                User.Actor(), ct));
        }
        return Back();
    }

    /// <summary>The office's defaults for the publish form.</summary>
    public OfficeDefaults Office => office;

    /// <summary>Publishes a run, with the decision it is the annex of (every part optional).</summary>
    public async Task<IActionResult> OnPostPublishAsync(long id, string? decisionNumber, string? decisionDate, string? signerTitle, string? signerName,
        string? issuer, string? place, CancellationToken ct)
    {
        var (date, dateProblem) = PublishRun.DecisionDate(decisionDate);
        if (dateProblem is not null)
        {
            Problem = $"Chưa công bố lượt {id}: {char.ToLowerInvariant(dateProblem[0])}{dateProblem[1..]}";
            return Back();
        }
        Show(await ops.Publish.RunAsync(id, User.Actor(), ct, new RunDecision(decisionNumber, date, signerTitle, signerName, issuer, place)));
        return Back();
    }

    private void Show<T>(Outcome<T> outcome) => (Message, Problem) = outcome.Ok ? ((string?)outcome.Message, (string?)null) : (null, outcome.Message);

    // After every form, the page is shown again by a redirect: a refresh repeats nothing.
    private RedirectResult Back() => Redirect($"/noi-vu?criteria={Uri.EscapeDataString(Criteria)}&year={Year}");

    private CompiledCriteria? Choose()
    {
        var (criteria, problem) = Support.CriteriaChoice.Resolve(catalog, Criteria, Year, ModelState);
        Problem ??= problem;
        return criteria;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Runs = await ops.Runs.ListAsync(ct);
        var problem = Problem;
        var criteria = Choose();
        Problem = problem ?? Problem;
        if (criteria is null)
        {
            return;
        }
        Version = criteria.Version;
        var tracker = await ops.Tracker.RunAsync(criteria.Version, Year, ct);
        Gate = tracker.Gate;
        Groups = [.. tracker.Groups.Select(g => (g.Group, g.Code, Shown(g.Rows)))];
        Deadline = UploadDeadline.StaffWords(criteria.Version.Uploads, Year, clock.GetUtcNow());
        Preview = (await ops.CreateRun.PreviewAsync(new RunOrder(Year, criteria.Version.Id, null, false, criteria), ct)).Value;
    }

    /// <summary>The year's deadline for every group, in words (null when the version sets none).</summary>
    public string? Deadline { get; private set; }

    /// <summary>What a run of the year under the version would rank now, and its warnings.</summary>
    public RunPreview? Preview { get; private set; }
}
