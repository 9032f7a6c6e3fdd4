using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Catalog;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Registry;

namespace Scoring.Api.Pages.Admin;

/// <summary>Sign-in codes, for administrators: every code with its state; issue one (shown once), issue one to every agency of a group with
/// a printable sheet to send, revoke, renew. Each form carries a one-time key, so a refresh or a double click issues nothing twice.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class CodesModel(Operations ops, CriteriaCatalog catalog, TimeProvider clock) : PageModel
{
    /// <summary>Every code, newest first.</summary>
    public IReadOnlyList<TokenInfo> Codes { get; private set; } = [];

    /// <summary>The current agencies, by name.</summary>
    public IReadOnlyList<AgencyInfo> Agencies { get; private set; } = [];

    /// <summary>The groups of the current agencies: code and name.</summary>
    public IReadOnlyList<(string Code, string Name)> Groups { get; private set; } = [];

    /// <summary>The key of the forms shown (a new one each time the page is shown).</summary>
    public string FormKey { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A code just issued or renewed, shown this once.</summary>
    public IssuedCode? Issued { get; private set; }

    /// <summary>Codes just issued to a group: the printable sheet.</summary>
    public IssuedBatch? Batch { get; private set; }

    /// <summary>What the last action did.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Why the last action failed.</summary>
    [TempData]
    public string? Problem { get; set; }

    /// <summary>What the action shown in this answer did (not kept for the next page).</summary>
    public string? Done { get; private set; }

    /// <summary>Why the action shown in this answer failed.</summary>
    public string? Refused { get; private set; }

    /// <summary>The address agencies sign in at, for the sheet.</summary>
    public string SignInAddress => $"{Request.Scheme}://{Request.Host}/dang-nhap";

    /// <summary>Whether a code's last day has passed.</summary>
    public bool Expired(TokenInfo code) => code.ExpiresAt is { } end && DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture) <= clock.GetUtcNow();

    /// <summary>The name of a group.</summary>
    public string GroupName(string code) => Groups.FirstOrDefault(g => g.Code == code).Name ?? code;

    /// <summary>Shows the codes and the forms.</summary>
    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>Issues one code and shows it once (no redirect: the code is not kept anywhere to be shown again).</summary>
    public async Task<IActionResult> OnPostIssueAsync(string? name, string? role, string? agency, string? expires, string? key, CancellationToken ct)
    {
        var outcome = await ops.Accounts.IssueAsync(name, role, role == Roles.Agency ? agency : null, User.Actor(), ct, expires, Key(key));
        return await ShowAsync(outcome, ct);
    }

    /// <summary>Issues codes to a group's agencies and shows the printable sheet once.</summary>
    public async Task<IActionResult> OnPostGroupAsync(string? group, string? expires, string? key, CancellationToken ct)
    {
        var outcome = await ops.Accounts.IssueGroupAsync(group, User.Actor(), ct, expires, Key(key));
        Batch = outcome.Value is { Codes.Count: > 0 } batch ? batch : null;
        (Done, Refused) = outcome.Ok ? (outcome.Message, null) : ((string?)null, outcome.Message);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Revokes a code, with a reason.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(long id, string? reason, CancellationToken ct)
    {
        var outcome = await ops.Accounts.RevokeAsync(id, reason, User.Actor(), ct);
        (Message, Problem) = outcome.Ok ? (outcome.Message, null) : ((string?)null, outcome.Message);
        return RedirectToPage();
    }

    /// <summary>Renews a code (the old one is revoked) and shows the new one once.</summary>
    public async Task<IActionResult> OnPostRenewAsync(long id, string? key, CancellationToken ct) =>
        await ShowAsync(await ops.Accounts.RenewAsync(id, User.Actor(), ct, Key(key)), ct);

    private async Task<IActionResult> ShowAsync(Outcome<IssuedCode> outcome, CancellationToken ct)
    {
        Issued = outcome.Value;
        (Done, Refused) = outcome.Ok ? (outcome.Message, null) : ((string?)null, outcome.Message);
        await LoadAsync(ct);
        return Page();
    }

    private string? Key(string? key) => key is { Length: > 0 and <= 80 } ? $"page:{User.Actor()}:{key}" : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        Codes = await ops.Accounts.ListAsync(ct);
        Agencies = await ops.Accounts.AgenciesAsync(ct);
        var names = catalog.Versions.Reverse().SelectMany(v => v.Version.Groups).GroupBy(g => g.Code).ToDictionary(g => g.Key, g => g.First().Name);
        Groups = [.. Agencies.Select(a => a.Group).Distinct().Order(StringComparer.Ordinal).Select(g => (g, names.GetValueOrDefault(g, g)))];
    }
}
