using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Pages.Support;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Pages;

/// <summary>One line of the ranked table.</summary>
public sealed record RankedLine(int? Rank, string Code, string Name, string Total, string Class, string Note);

/// <summary>The ranked table of a run (by default the latest published one), per group, and its report workbook.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class XepHangModel(Store store, Operations ops) : PageModel
{
    /// <summary>The run chosen; null: the latest published.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Run { get; set; }

    /// <summary>The run shown.</summary>
    public RunHeader? Header { get; private set; }

    /// <summary>Every run, newest first.</summary>
    public IReadOnlyList<RunHeader> Runs { get; private set; } = [];

    /// <summary>The lines by group (scope), in ranked order.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<RankedLine> Lines)> Groups { get; private set; } = [];

    /// <summary>Why nothing is shown.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the table.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Runs = [.. (await store.Runs.ListAsync(ct)).OrderByDescending(r => r.Id)];
        Header = Run is { } id ? Runs.FirstOrDefault(r => r.Id == id) : Runs.FirstOrDefault(r => r.State == RunState.Published);
        if (Header is null)
        {
            Problem = Run is { } missing ? $"Không có lượt xếp loại số {missing}." : "Chưa có lượt xếp loại nào được công bố.";
            return;
        }
        var agencies = await store.Agencies.CurrentAsync(ct);
        var inputs = (await store.Runs.InputsAsync(Header.Id, ct)).ToDictionary(i => i.AgencyCode, StringComparer.Ordinal);
        var lines = new List<(string Scope, RankedLine Line)>();
        foreach (var r in await store.Runs.ResultsAsync(Header.Id, ct))
        {
            var input = inputs.GetValueOrDefault(r.AgencyCode);
            var name = input?.AgencyName ?? agencies.GetValueOrDefault(r.AgencyCode)?.Name ?? r.AgencyCode;
            var note = r.Status switch
            {
                "NotAssessed" => "Chưa đánh giá" + (input?.NotAssessed is { } why ? ": " + why : ""),
                _ => string.Join("; ", Reasons(r.ResultJson).Append(input?.AppraisalIds.Count > 0 ? "Có điểm thẩm định" : null).OfType<string>()),
            };
            lines.Add((r.Scope, new RankedLine(r.Rank, r.AgencyCode, name, r.Status == "NotAssessed" ? "—" : PageScores.Vi(r.Total), r.Status == "Classified" ? r.ClassName ?? "" : "", note)));
        }
        var version = (await store.Criteria.LoadAsync(Header.CriteriaId, ct))?.Version;
        Groups = [.. lines.GroupBy(l => l.Scope, StringComparer.Ordinal)
            .Select(g => (version?.FindGroup(g.Key)?.Name ?? g.Key, (IReadOnlyList<RankedLine>)[.. g.Select(x => x.Line)]))];
    }

    /// <summary>The report workbook of the run, rebuilt from its stored inputs.</summary>
    public async Task<IActionResult> OnGetBaoCaoAsync(CancellationToken ct)
    {
        var outcome = Run is { } id ? await ops.Report.RunAsync(id, ct) : null;
        if (outcome is { Ok: true, Value: { } report })
        {
            return File(report.Bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report.FileName);
        }
        await OnGetAsync(ct);
        Problem = outcome?.Message ?? "Hãy chọn lượt xếp loại để lập báo cáo.";
        return Page();
    }

    /// <summary>The reasons a stored result gives: the eligibility gate, and every cap that changed the class.</summary>
    private static List<string?> Reasons(string resultJson)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(resultJson);
        var root = doc.RootElement;
        var reasons = new List<string?> { root.GetProperty("statusReason").GetString() };
        foreach (var c in root.GetProperty("conditions").EnumerateArray())
        {
            if (c.GetProperty("changed").GetBoolean() && c.GetProperty("atMost").GetString() is { } atMost)
            {
                reasons.Add($"{c.GetProperty("reason").GetString()} (xếp loại tối đa {atMost})");
            }
        }
        return reasons;
    }
}
