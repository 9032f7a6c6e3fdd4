using System.Net;
using System.Net.Http.Headers;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Xunit;

namespace Scoring.Api.Tests.Hostile;

/// <summary>The sign-in throttle over a real socket, with and without a configured reverse proxy (issue 14, part 3): forwarded addresses
/// are believed only from the proxy, wrong codes are counted by address, by code and overall, and a valid code always signs in.</summary>
public sealed class ForwardedHeaderTests
{
    private const string Path = "/api/submissions/mau-2024/2024";

    private static async Task<HttpStatusCode> TryAsync(LiveServer server, string code, string? forwardedFor = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", code);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task NoProxyConfigured_RotatingForwardedFor_StillThrottledEvenWithTheHostSwitchOn()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED (here as its setting) would believe anyone; without a configured proxy it must not.
        await using var server = await LiveServer.StartAsync("--FORWARDEDHEADERS_ENABLED=true");
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await TryAsync(server, $"sai-ma-so-{i:D4}", $"198.51.100.{i + 1}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await TryAsync(server, "sai-ma-nua-9999", "198.51.100.200"));
    }

    [Fact]
    public async Task ProxyConfigured_ClientsCountedApartAndASpoofedVictimAddressLocksOutOnlyTheAttacker()
    {
        await using var server = await LiveServer.StartAsync($"--{TrustedProxies.Key}=127.0.0.1");
        var good = await server.Store.Tokens.CreateAsync("Thử", Roles.Staff, null, "test", CancellationToken.None);
        // The attacker (203.0.113.5) writes the victim's address first; the proxy appends the real one, which is the one counted.
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await TryAsync(server, $"doan-ma-{i:D6}", "203.0.113.6, 203.0.113.5"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await TryAsync(server, "doan-ma-them-1", "203.0.113.5"));
        Assert.Equal(HttpStatusCode.Unauthorized, await TryAsync(server, "go-nham-ma-01", "203.0.113.6"));
        Assert.Equal(HttpStatusCode.OK, await TryAsync(server, good, "203.0.113.5"));
    }

    [Fact]
    public async Task ProxyConfigured_OneWrongCodeFromManyAddresses_ThatCodeHeldBackOthersNot()
    {
        await using var server = await LiveServer.StartAsync($"--{TrustedProxies.Key}=127.0.0.1");
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await TryAsync(server, "ma-bi-lo-da-thu-hoi", $"192.0.2.{i + 1}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await TryAsync(server, "ma-bi-lo-da-thu-hoi", "192.0.2.100"));
        Assert.Equal(HttpStatusCode.Unauthorized, await TryAsync(server, "ma-khac-hoan-toan", "192.0.2.101"));
    }

    [Fact]
    public async Task ProxyConfigured_ManyAddressesEachUnderItsLimit_OverallCeilingHoldsWrongCodesValidStillSignsIn()
    {
        await using var server = await LiveServer.StartAsync($"--{TrustedProxies.Key}=127.0.0.1");
        var good = await server.Store.Tokens.CreateAsync("Thử", Roles.Staff, null, "test", CancellationToken.None);
        for (var i = 0; i < SignInThrottle.MaxOverall; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await TryAsync(server, $"quet-ma-{i:D6}", $"10.{i / 250}.{i % 250}.{i % 7 + 1}"));
        }

        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "quet-ma-cuoi-cung");
        request.Headers.Add("X-Forwarded-For", "172.16.5.5");
        using var refused = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(SignInThrottle.OverallMessage, await refused.Content.ReadAsStringAsync());
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, await TryAsync(server, good, "172.16.5.5"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignIn_BehindAKnownProxyOverHttps_SessionCookieSecure_NotFromAnUnknownOne(bool known)
    {
        await using var server = await LiveServer.StartAsync(known ? $"--{TrustedProxies.Key}=127.0.0.1" : "--FORWARDEDHEADERS_ENABLED=true");
        var code = await server.Store.Tokens.CreateAsync("Thử", Roles.Staff, null, "test", CancellationToken.None);
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(server.Url) };
        using var get = new HttpRequestMessage(HttpMethod.Get, "/dang-nhap");
        get.Headers.Add("X-Forwarded-Proto", "https");
        using var form = await http.SendAsync(get);
        var antiforgery = form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["token"] = code, ["__RequestVerificationToken"] = PageClient.Antiforgery(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("X-Forwarded-Proto", "https");
        post.Headers.Add("Cookie", string.Join("; ", antiforgery));

        using var signedIn = await http.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(TokenAuthentication.Cookie + "=", StringComparison.Ordinal));
        Assert.Equal(known, session.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
    }
}
