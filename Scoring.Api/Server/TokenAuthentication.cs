using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Scoring.Api.Storage;

namespace Scoring.Api.Server;

/// <summary>Signs requests in: a sign-in code in the <c>Authorization: Bearer</c> header (API), or a session opened by the sign-in page, whose id
/// the cookie carries (pages); a session ends on sign-out, when idle longer than <c>Scoring:Sessions:IdleHours</c> (default 8), or when its
/// code is revoked.</summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Store store, SignInThrottle throttle,
    IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ScoringToken";

    /// <summary>The cookie the sign-in page sets (HttpOnly, SameSite=Strict): a session id, never the sign-in code.</summary>
    public const string Cookie = "scoring_session";

    /// <summary>The request item that marks a request refused by the <see cref="SignInThrottle"/>.</summary>
    private const string Throttled = "scoring:throttled";

    /// <summary>The claim carrying an agency's code.</summary>
    public const string AgencyClaim = "scoring:agency";

    /// <inheritdoc/>
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
        // The API answers the bearer header only: a cookie is sent by the browser on any request, also one another page makes (CSRF).
        var session = bearer is null && IsPage() ? Request.Cookies[Cookie] : null;
        var token = bearer ?? session;
        if (string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }
        if (session is not null)
        {
            // A session cookie: never throttled (a signed-in colleague is not locked out by someone else's wrong codes); an ended or idle
            // session is not a failed sign-in, it is simply signed out.
            var idle = TimeSpan.FromHours(configuration.GetValue("Scoring:Sessions:IdleHours", 8.0));
            return await store.Sessions.FindAsync(session, idle, Context.RequestAborted).ConfigureAwait(false) is { } holder
                ? AuthenticateResult.Success(Ticket(holder))
                : AuthenticateResult.NoResult();
        }
        // A valid code always signs in, even from an address that sent wrong ones: the throttle holds back only the wrong codes.
        var client = SignInThrottle.Client(Context);
        if (await store.Tokens.FindAsync(token, Context.RequestAborted).ConfigureAwait(false) is { } who)
        {
            return AuthenticateResult.Success(Ticket(who));
        }
        if (throttle.Refusal(client, token) is { } refusal)
        {
            Context.Items[Throttled] = refusal;
            return AuthenticateResult.Fail("Too many failed sign-ins.");
        }
        throttle.Failed(client, token);
        return AuthenticateResult.Fail("Unknown or revoked token.");
    }

    private static AuthenticationTicket Ticket(SignedIn who)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, who.Name), new(ClaimTypes.Role, who.Role) };
        if (who.AgencyCode is not null)
        {
            claims.Add(new Claim(AgencyClaim, who.AgencyCode));
        }
        return new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName);
    }

    /// <inheritdoc/>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[Throttled] is string refusal)
        {
            return ErrorAnswers.WriteAsync(Context, StatusCodes.Status429TooManyRequests, "Quá nhiều lần đăng nhập sai", refusal, SignInThrottle.Window);
        }
        if (IsPage())
        {
            Response.Redirect("/dang-nhap?returnUrl=" + Uri.EscapeDataString(Request.Path + Request.QueryString));
            return Task.CompletedTask;
        }
        return ErrorAnswers.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Chưa đăng nhập", "Cần mã đăng nhập hợp lệ (tiêu đề Authorization: Bearer <mã>).");
    }

    /// <inheritdoc/>
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ErrorAnswers.WriteAsync(Context, StatusCodes.Status403Forbidden, "Không có quyền",
            "Vai trò của bạn không được làm việc này, hoặc dữ liệu không thuộc đơn vị của bạn.");

    private bool IsPage() => ErrorAnswers.IsPage(Request);
}

/// <summary>Who is signed in, read from the request's claims.</summary>
public static class CurrentUser
{
    /// <summary>The role, or null when not signed in.</summary>
    public static string? Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    /// <summary>The agency code of an agency user, or null.</summary>
    public static string? AgencyCode(this ClaimsPrincipal user) => user.FindFirstValue(TokenAuthentication.AgencyClaim);

    /// <summary>The name every write records.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "(ẩn danh)";

    /// <summary>Whether the user may read or change an agency's data: staff and admin any, auditors read any, an agency only its own.</summary>
    public static bool MaySee(this ClaimsPrincipal user, string agency) =>
        user.Role() is Roles.Admin or Roles.Staff or Roles.Auditor || (user.Role() == Roles.Agency && user.AgencyCode() == agency);
}
