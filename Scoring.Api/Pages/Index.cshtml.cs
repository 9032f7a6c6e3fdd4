using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Server;
using Scoring.Api.Storage;

namespace Scoring.Api.Pages;

/// <summary>The home page: where each role goes from here.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel : PageModel
{
    /// <summary>The links for the signed-in role.</summary>
    public IReadOnlyList<(string Href, string Text)> Links { get; private set; } = [];

    /// <summary>Builds the links.</summary>
    public void OnGet() => Links = [.. Support.Menu.For(User.Role()).Select(p => (p.Href, p.Purpose))];
}
