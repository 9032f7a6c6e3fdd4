using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Server;
using Scoring.Api.UseCases;
using Scoring.Engine.Registry;

namespace Scoring.Api.Pages;

/// <summary>The agency registry for Home Affairs and auditors: every agency with whom it replaces and who replaced it; one agency's
/// versions, lineage and results over the years.</summary>
[Authorize(Policy = Policies.Read)]
public sealed partial class RegistryModel(Operations ops) : PageModel
{
    /// <summary>The agency shown (its code); null: the list.</summary>
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    /// <summary>Every agency (current versions), by group then name.</summary>
    public IReadOnlyList<AgencyInfo> Agencies { get; private set; } = [];

    /// <summary>Names by code (for the lineage columns).</summary>
    public IReadOnlyDictionary<string, AgencyInfo> ByCode { get; private set; } = new Dictionary<string, AgencyInfo>();

    /// <summary>The agency shown, or null.</summary>
    public AgencyLineage? Lineage { get; private set; }

    /// <summary>Why nothing is shown.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the list, or one agency.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        ByCode = await ops.Records.AgenciesAsync(ct);
        Agencies = [.. ByCode.Values.OrderBy(a => a.Group, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal)];
        if (Code is { Length: > 0 } code)
        {
            Lineage = await ops.History.LineageAsync(code, ct);
            Problem = Lineage is null ? $"Không có đơn vị mã \"{code}\" trong danh sách đơn vị." : null;
        }
    }

    /// <summary>The agencies that name <paramref name="code"/> among those they replace.</summary>
    public IEnumerable<AgencyInfo> Successors(string code) => Agencies.Where(a => a.Predecessors.Contains(code));

    /// <summary>When an agency is active, in words ("từ 01/07/2025", "đến 30/06/2025", or empty).</summary>
    public static string Active(AgencyInfo a) =>
        string.Join(" ", new[] { a.ActiveFrom is { } f ? "từ " + Day(f) : null, a.ActiveTo is { } t ? "đến " + Day(t) : null }.OfType<string>());

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
