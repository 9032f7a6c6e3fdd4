using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Server;
using Scoring.Api.UseCases;

namespace Scoring.Api.Pages;

/// <summary>Signs out: ends the session on the server and removes the cookie.</summary>
public sealed class SignOutModel(Operations ops) : PageModel
{
    /// <summary>Ends the session, removes the cookie and goes to the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await ops.SignIn.CloseAsync(Request.Cookies[TokenAuthentication.Cookie], ct);
        Response.Cookies.Delete(TokenAuthentication.Cookie);
        return Redirect("/dang-nhap");
    }
}
