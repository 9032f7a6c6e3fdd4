using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Server;

namespace Scoring.Api.Pages;

/// <summary>Signs out: removes the sign-in cookie.</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>Removes the cookie and goes to the sign-in page.</summary>
    public IActionResult OnPost()
    {
        Response.Cookies.Delete(TokenAuthentication.Cookie);
        return Redirect("/dang-nhap");
    }
}
