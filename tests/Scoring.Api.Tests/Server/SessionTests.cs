using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>Pages sign in with a session, not the code: the cookie carries a random session id stored hashed; signing out ends the session
/// on the server, so a saved copy of the cookie no longer works; idle sessions expire; the API takes the bearer header only.</summary>
public sealed class SessionTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>Signs in through the page; returns the session cookie's value and the code.</summary>
    private async Task<(string Cookie, string Code)> SignInAsync()
    {
        var code = await _factory.Store.Tokens.CreateAsync("Cán bộ thử", Roles.Staff, null, "test", CancellationToken.None);
        var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var form = await http.GetAsync(new Uri("/dang-nhap", UriKind.Relative));
        var html = await form.Content.ReadAsStringAsync();
        var antiforgery = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/dang-nhap", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = code, ["__RequestVerificationToken"] = antiforgery }),
        };
        post.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var response = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("scoring_session=", StringComparison.Ordinal)).Split(';')[0];
        return (cookie, code);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string path, string cookie)
    {
        var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task SignIn_CookieIsASessionNotTheCode_AndTheApiIgnoresIt()
    {
        var (cookie, code) = await SignInAsync();

        Assert.DoesNotContain(code, cookie, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync("/noi-vu", cookie)).StatusCode);
        // A cookie sent to the API (as a page of another site could make the browser do) signs no one in.
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithCookieAsync("/api/submissions/mau-2024/2024", cookie)).StatusCode);
    }

    [Fact]
    public async Task SignOut_ASavedCopyOfTheCookieNoLongerWorks()
    {
        var (cookie, _) = await SignInAsync();
        var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var home = await GetWithCookieAsync("/", cookie);
        var html = await home.Content.ReadAsStringAsync();
        var antiforgery = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var cookies = string.Join("; ", new[] { cookie }.Concat(home.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : []));
        using var signOut = new HttpRequestMessage(HttpMethod.Post, new Uri("/dang-xuat", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }),
        };
        signOut.Headers.Add("Cookie", cookies);
        var response = await http.SendAsync(signOut);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var again = await GetWithCookieAsync("/noi-vu", cookie);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/dang-nhap", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_IdleLongerThanTheLimit_Expires()
    {
        using var temp = new TempStore();
        var store = temp.Open();
        await store.Agencies.ImportAsync([], "x", "x", CancellationToken.None);
        var code = await store.Tokens.CreateAsync("Cán bộ", Roles.Staff, null, "test", CancellationToken.None);
        var session = await store.Sessions.StartAsync(code, CancellationToken.None);
        var idle = TimeSpan.FromHours(8);

        temp.Clock.Now = temp.Clock.Now.AddHours(7);
        Assert.NotNull(await store.Sessions.FindAsync(session, idle, CancellationToken.None));
        temp.Clock.Now = temp.Clock.Now.AddHours(7); // seen 7 hours ago: still within the limit
        Assert.NotNull(await store.Sessions.FindAsync(session, idle, CancellationToken.None));
        temp.Clock.Now = temp.Clock.Now.AddHours(8.5);

        Assert.Null(await store.Sessions.FindAsync(session, idle, CancellationToken.None));
    }
}
