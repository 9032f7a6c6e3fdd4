using Scoring.Api.Host;
using Scoring.Api.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Pages.Support;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Text;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Pages;

/// <summary>The appraisal of one agency: every item in one table (the agency's answer, evidence and explanation, its self-score, the points in
/// force) with the appraisal input and reason beside it, saved at once.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed partial class AppraisalModel(CriteriaCatalog catalog, Operations ops, TimeProvider clock) : PageModel
{
    /// <summary>The agency appraised.</summary>
    [BindProperty(SupportsGet = true)]
    public string Agency { get; set; } = "";

    /// <summary>The criteria version.</summary>
    [BindProperty(SupportsGet = true)]
    public string Criteria { get; set; } = SampleSeeder.Version;

    /// <summary>The year.</summary>
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; } = SampleSeeder.Year;

    /// <summary>The agency's name.</summary>
    public string? AgencyName { get; private set; }

    /// <summary>The submission's state (null when nothing was uploaded).</summary>
    public SubmissionState? State { get; private set; }

    /// <summary>The result from the self-score alone.</summary>
    public AgencyResult? Self { get; private set; }

    /// <summary>The result with the appraisals in force.</summary>
    public AgencyResult? Final { get; private set; }

    /// <summary>The agency's answers (latest accepted upload).</summary>
    public Scoring.Engine.Submissions.Submission? Answers { get; private set; }

    /// <summary>What the agency answered for an item, in words (a level by its name, yes or no, a figure with a decimal comma).</summary>
    public string AnswerOf(string code)
    {
        if (Answers?.Answers.GetValueOrDefault(code) is not { } answer)
        {
            return "";
        }
        if (answer.NotApplicable)
        {
            return "không áp dụng";
        }
        var kind = Compiled?.Version.FindItem(code)?.Kind;
        return kind switch
        {
            Scoring.Engine.Kinds.LevelsKind levels when answer.Level is { } level =>
                (levels.Levels.FirstOrDefault(l => l.Code == level)?.Name ?? level) + (answer.Value is { } v ? $", {Num.Vi(v)} điểm" : ""),
            Scoring.Engine.Kinds.YesNoKind => answer.Value == 1m ? "Có" : answer.Value == 0m ? "Không" : "",
            _ => answer.Value is { } value ? Num.Vi(value) : "",
        };
    }

    /// <summary>What an item without an answer of its own was computed from (a formula's inputs), by their titles.</summary>
    public string InputsOf(ItemResult item) => string.Join("; ", item.Inputs.Select(i =>
        $"{Compiled?.Version.Inputs.FirstOrDefault(d => d.Code == i.Name)?.Title ?? i.Name}: {i.Text ?? Num.Vi(i.Value)}"));

    /// <summary>The version shown.</summary>
    public CompiledCriteria? Compiled { get; private set; }

    /// <summary>Whether the submission can be appraised now (locked, or being appraised).</summary>
    public bool Open => State is SubmissionState.Locked or SubmissionState.Appraised;

    /// <summary>What the last action did (kept across the redirect after it).</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Why the last action (or the choice) failed.</summary>
    [TempData]
    public string? Problem { get; set; }

    /// <summary>Shows the appraisal view.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Support.CriteriaChoice.DefaultYear(catalog, Criteria, Year, Request);
        await LoadAsync(ct);
    }

    /// <summary>Every appraisal record of the submission by item, oldest first: the change history shown in the item's row.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AppraisalRecord>> History { get; private set; } = new Dictionary<string, IReadOnlyList<AppraisalRecord>>();

    /// <summary>The agency's uploads of the year.</summary>
    public IReadOnlyList<RevisionInfo> Revisions { get; private set; } = [];

    /// <summary>The upload the scores come from.</summary>
    public long? Used { get; private set; }

    /// <summary>The address of an upload's file, but its number.</summary>
    public string FileLink => $"/noi-vu/tham-dinh?handler=File&agency={Uri.EscapeDataString(Agency)}&criteria={Uri.EscapeDataString(Criteria)}&year={Year}&seq=";

    /// <summary>One of the agency's uploads, as received.</summary>
    public async Task<IActionResult> OnGetFileAsync(int seq, CancellationToken ct)
    {
        if (Choose() is not { } criteria)
        {
            return NotFound();
        }
        var file = await ops.Records.RevisionFileAsync(Agency, Year, criteria.Version.Id, seq, ct);
        if (!file.Ok)
        {
            Problem = file.Message;
            return Back(null);
        }
        return File(file.Value.Bytes, Scoring.Api.Spreadsheets.Xlsx.ContentType, file.Value.FileName);
    }

    /// <summary>The rows as posted (kept when the page is shown again with their errors).</summary>
    [BindProperty]
    public List<AppraisalRow> Rows { get; set; } = [];

    /// <summary>What the save refused, by item code (shown in the item's row).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The refusals of the save, in order (shown above the table, each linking to its row).</summary>
    public IReadOnlyList<Scoring.Engine.Submissions.Problem> Refusals { get; private set; } = [];

    /// <summary>The posted row of an item, when the page is shown again after a refused save.</summary>
    public AppraisalRow? Entered(string code) => Rows.FirstOrDefault(r => r.Item == code);

    /// <summary>Saves every changed row at once (all or nothing), then shows the page again by a redirect (a refresh repeats nothing); when
    /// any row is refused, nothing is saved and the page comes back with what was typed and each error in its row.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Choose() is not { } criteria)
        {
            return Back(null);
        }
        // A row counts when its points differ from those shown, or a reason was written.
        var changes = Rows.Where(r => !string.IsNullOrWhiteSpace(r.Item)
                && ((r.Points ?? "").Trim() != (r.Was ?? "").Trim() || !string.IsNullOrWhiteSpace(r.Reason)))
            .Select(r => new TypedAppraisal(r.Item!, r.Points, r.Reason)).ToList();
        var outcome = await ops.AppraiseItems.RunAsync(Agency, Year, criteria, changes, User.Actor(), ct);
        if (outcome.Kind == OutcomeKind.Rejected)
        {
            Refusals = outcome.Problems;
            Errors = outcome.Problems.Where(p => p.Code is not null).GroupBy(p => p.Code!).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(p => p.Message)));
            Problem = null;
            Refused = outcome.Message;
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        (Message, Problem) = outcome.Ok ? ((string?)outcome.Message, (string?)null) : (null, outcome.Message);
        return Back(changes.Count == 1 ? changes[0].Item : null);
    }

    /// <summary>Why the save shown in this answer was refused (not kept for the next page).</summary>
    public string? Refused { get; private set; }

    private RedirectResult Back(string? item) =>
        Redirect($"/noi-vu/tham-dinh?agency={Uri.EscapeDataString(Agency)}&criteria={Uri.EscapeDataString(Criteria)}&year={Year}"
            + (item is null ? "" : "#tc-" + Uri.EscapeDataString(item)));

    private CompiledCriteria? Choose()
    {
        var (criteria, problem) = Support.CriteriaChoice.Resolve(catalog, Criteria, Year, ModelState);
        Problem ??= problem;
        return criteria;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var problem = Problem;
        var criteria = Choose();
        Problem = problem ?? Problem;
        if (criteria is null)
        {
            return;
        }
        Compiled = criteria;
        var view = await ops.AgencyYear.RunAsync(Agency, Year, criteria, ct);
        AgencyName = view.Agency?.Name;
        if (AgencyName is null)
        {
            Problem ??= $"Mã đơn vị \"{Agency}\" không có trong danh sách đơn vị.";
            return;
        }
        (State, Self, Final, Answers, Revisions, Used) = (view.Submission?.State, view.Self, view.Final, view.Answers, view.Revisions, view.Submission?.LatestAcceptedRevision);
        History = (view.History ?? []).GroupBy(r => r.ItemCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<AppraisalRecord>)[.. g.OrderBy(r => r.Id)]);
        await LoadEvidenceAsync(criteria, ct);
    }
}
