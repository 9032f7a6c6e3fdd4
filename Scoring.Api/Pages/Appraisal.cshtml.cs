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

/// <summary>The appraisal of one agency: self and appraised points side by side, and a form per item.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AppraisalModel(CriteriaCatalog catalog, Operations ops) : PageModel
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

    /// <summary>Records one item's appraised points (empty points: back to the self-score) with a reason, then shows the page again by a
    /// redirect to the item's row (a refresh repeats nothing).</summary>
    public async Task<IActionResult> OnPostAsync(string? item, string? points, string? reason, CancellationToken ct)
    {
        if (Choose() is { } criteria)
        {
            if (string.IsNullOrWhiteSpace(item))
            {
                Problem = "Thiếu mã tiêu chí.";
            }
            else if (string.IsNullOrWhiteSpace(reason))
            {
                Problem = $"Tiêu chí {item}: cần ghi lý do thẩm định.";
            }
            else if (!string.IsNullOrWhiteSpace(points) && !AnswerText.TryParseNumber(points.Trim(), out _))
            {
                Problem = $"Tiêu chí {item}: điểm thẩm định \"{points}\" không phải là một số (ví dụ 3,5 hoặc 3.5).";
            }
            else
            {
                decimal? value = string.IsNullOrWhiteSpace(points) ? null : AnswerText.TryParseNumber(points.Trim(), out var p) ? p : null;
                var outcome = await ops.Appraise.RunAsync(Agency, Year, criteria, item, value, reason.Trim(), User.Actor(), ct);
                (Message, Problem) = outcome.Ok ? ((string?)outcome.Message, (string?)null) : (null, outcome.Message);
            }
        }
        return Redirect($"/noi-vu/tham-dinh?agency={Uri.EscapeDataString(Agency)}&criteria={Uri.EscapeDataString(Criteria)}&year={Year}"
            + (string.IsNullOrWhiteSpace(item) ? "" : "#tc-" + Uri.EscapeDataString(item)));
    }

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
        var view = await ops.AgencyYear.RunAsync(Agency, Year, criteria, ct);
        AgencyName = view.Agency?.Name;
        if (AgencyName is null)
        {
            Problem ??= $"Mã đơn vị \"{Agency}\" không có trong danh sách đơn vị.";
            return;
        }
        (State, Self, Final) = (view.Submission?.State, view.Self, view.Final);
    }
}
