using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Xunit;

namespace Scoring.Api.Tests.Hostile;

/// <summary>Token guessing is throttled; no token appears in logs or answers.</summary>
public sealed class HostileAccessTests : IDisposable
{
    private readonly ScoringFactory _factory = new();
    private readonly ManualClock _clock = new();
    private readonly LogSink _logs = new();
    private readonly WebApplicationFactory<Program> _app;

    public HostileAccessTests() => _app = _factory.WithWebHostBuilder(b =>
    {
        b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock));
        b.ConfigureLogging(l => l.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
    });

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    private HttpClient Bearer(string token)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpResponseMessage> SignInPageAsync(HttpClient http, string token)
    {
        var form = await http.GetStringAsync(ApiClient.Url("/dang-nhap"));
        return await http.PostAsync(ApiClient.Url("/dang-nhap"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["__RequestVerificationToken"] = PageClient.Antiforgery(form),
        }));
    }

    [Fact]
    public async Task SignIn_FiveFailuresWithinFiveMinutes_WrongCodes429InVietnameseButAValidCodeStillSignsIn()
    {
        // Issue 14: one person typing wrong codes must not lock out an office sharing the address: only wrong codes are held back.
        var good = await _app.Services.GetRequiredService<Store>().Tokens.CreateAsync("Thử", Roles.Staff, null, "test", CancellationToken.None);
        var http = _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInPageAsync(http, "sai-" + i)).StatusCode);
            _clock.Advance(TimeSpan.FromSeconds(30));
        }

        var wrongPage = await SignInPageAsync(http, "sai-nua");
        var wrongApi = await Bearer("sai-nua-nua").GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024"));
        var page = await SignInPageAsync(http, good);
        var api = await Bearer(good).GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024"));

        Assert.Equal(HttpStatusCode.TooManyRequests, wrongPage.StatusCode);
        Assert.Contains("Đăng nhập sai quá nhiều lần", await wrongPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, wrongApi.StatusCode);
        Assert.Contains("Đăng nhập sai quá nhiều lần", await wrongApi.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        _clock.Advance(SignInThrottle.Window);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer("sai-sau").GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024"))).StatusCode);
    }

    [Fact]
    public async Task Api_FourFailuresThenGoodToken_NotThrottledAndFailuresSpreadOverTimeForgotten()
    {
        var good = await _app.Services.GetRequiredService<Store>().Tokens.CreateAsync("Thử", Roles.Staff, null, "test", CancellationToken.None);
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer("doan-" + i).GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024"))).StatusCode);
            _clock.Advance(TimeSpan.FromMinutes(2));
        }

        Assert.Equal(HttpStatusCode.OK, (await Bearer(good).GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024"))).StatusCode);
    }

    [Fact]
    public async Task Logs_FailedAndSuccessfulApiCalls_NeverContainToken()
    {
        var good = await _app.Services.GetRequiredService<Store>().Tokens.CreateAsync("Thử", Roles.Staff, null, "test", CancellationToken.None);
        const string Guess = "doan-ma-bi-mat-0123456789";

        var failed = await Bearer(Guess).GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024"));
        var ok = await Bearer(good).GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024"));

        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.DoesNotContain(Guess, await failed.Content.ReadAsStringAsync());
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(Guess, StringComparison.Ordinal) || l.Contains(good, StringComparison.Ordinal));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2024, 12, 1, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    private sealed class LogSink : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception) + " " + exception);

        public void Dispose()
        {
        }
    }
}
