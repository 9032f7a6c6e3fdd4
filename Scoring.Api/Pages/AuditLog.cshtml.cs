using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;

namespace Scoring.Api.Pages;

/// <summary>The audit log for Home Affairs staff, auditors and administrators: who did what and when, filtered by agency, run, person and days.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class AuditLogModel(Operations ops) : PageModel
{
    /// <summary>The most entries shown at once.</summary>
    public const int Limit = 500;

    /// <summary>Only this agency's entries.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    /// <summary>Only this run's entries.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Run { get; set; }

    /// <summary>Only entries by someone whose name contains this.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    /// <summary>From this day (dd/MM/yyyy).</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Until this day, included (dd/MM/yyyy).</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The entries found, newest first.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>The agencies, for the filter and to name them.</summary>
    public IReadOnlyDictionary<string, Scoring.Engine.Registry.AgencyInfo> Agencies { get; private set; } = new Dictionary<string, Scoring.Engine.Registry.AgencyInfo>();

    /// <summary>Why the filter could not be applied.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the entries.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Agencies = await ops.Records.AgenciesAsync(ct);
        var found = await ops.Records.AuditAsync(Agency, Run, Actor, From, To, Limit, ct);
        Entries = found.Value ?? [];
        Problem = found.Ok ? null : found.Message;
    }
}
