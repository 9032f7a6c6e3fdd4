using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Pages;

/// <summary>The ranked table of a run (by default the official answer, per group), and its report workbook.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class RankingModel(Operations ops) : PageModel
{
    /// <summary>The run chosen; null: the latest published.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Run { get; set; }

    /// <summary>The run shown.</summary>
    public RunHeader? Header { get; private set; }

    /// <summary>Every run, newest first.</summary>
    public IReadOnlyList<RunHeader> Runs { get; private set; } = [];

    /// <summary>Whether the run's version has classes (a version without them scores and ranks only).</summary>
    public bool Classed { get; private set; } = true;

    /// <summary>Whether the version has a part the superior level scores (shown in its own column).</summary>
    public bool Superior { get; private set; }

    /// <summary>The lines by group (scope), in ranked order.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<RankedLine> Lines)> Groups { get; private set; } = [];

    /// <summary>The earlier year the lines are compared with (null: none was published before).</summary>
    public int? LastYear { get; private set; }

    /// <summary>The distribution of classes per group (an inline SVG), or null.</summary>
    public string? ClassChart { get; private set; }

    /// <summary>Points against rank per group (an inline SVG), or null.</summary>
    public string? RankChart { get; private set; }

    /// <summary>Why nothing is shown.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the table.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var table = await ops.RankedTable.RunAsync(Run, ct);
        (Header, Runs, Problem, Classed, Superior, LastYear) = (table.Header, table.Runs, table.Problem, table.Classed, table.Superior, table.LastYear);
        ClassChart = table.Classes.Count > 0 ? Charts.ClassChart.Draw(table.ByGroup, table.Classes) : null;
        RankChart = Charts.RankChart.Draw(table.ByGroup, table.Scale, table.RankedAcross);
        Groups = [.. table.Blocks.Select(b => (b.RunId == Header?.Id ? b.Group : $"{b.Group} (lượt {b.RunId})", b.Lines))];
    }

    /// <summary>The report workbook of the run, rebuilt from its stored inputs.</summary>
    public Task<IActionResult> OnGetReportAsync(CancellationToken ct) => FileAsync(pdf: false, ct);

    /// <summary>The annex of the decision as a PDF, rebuilt from the run's stored inputs.</summary>
    public Task<IActionResult> OnGetAnnexAsync(CancellationToken ct) => FileAsync(pdf: true, ct);

    private async Task<IActionResult> FileAsync(bool pdf, CancellationToken ct)
    {
        var outcome = Run is { } id ? await (pdf ? ops.Report.PdfAsync(id, ct) : ops.Report.RunAsync(id, ct)) : null;
        if (outcome is { Ok: true, Value: { } report })
        {
            return File(report.Bytes, report.ContentType, report.FileName);
        }
        await OnGetAsync(ct);
        Problem = outcome?.Message ?? "Hãy chọn lượt xếp loại để lập báo cáo.";
        return Page();
    }
}
