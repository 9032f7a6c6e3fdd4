using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Server;
using Scoring.Api.UseCases;

namespace Scoring.Api.Pages;

/// <summary>Sign-in with a token; opens a session and sets the HttpOnly, SameSite=Strict session cookie.</summary>
public sealed class SignInModel(Operations ops, SignInThrottle throttle) : PageModel
{
    /// <summary>Where to go after signing in (local paths only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the token and signs in.</summary>
    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken ct)
    {
        // A valid code always signs in, even from an address that sent wrong ones: the throttle holds back only the wrong codes.
        var client = SignInThrottle.Client(HttpContext);
        var signIn = await ops.SignIn.OpenAsync(token, ct);
        if (signIn.Value is not { } opened)
        {
            var tried = token ?? "";
            if (throttle.Refusal(client, tried) is { } refusal)
            {
                Error = refusal;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = ((int)SignInThrottle.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Page();
            }
            throttle.Failed(client, tried);
            Error = signIn.Message;
            return Page();
        }
        // The cookie carries the session id, never the code: signing out ends the session on the server.
        Response.Cookies.Append(TokenAuthentication.Cookie, opened.Session, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = Request.IsHttps,
            IsEssential = true,
            Path = "/",
        });
        return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/");
    }
}
