using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>Errors on page requests are Vietnamese pages with the status code; the API keeps problems (JSON).</summary>
public sealed class ErrorPageTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task AssertPageAsync(HttpResponseMessage response, HttpStatusCode status, string words)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains(words, html);
        Assert.Contains("href=\"/\"", html);
        Assert.DoesNotContain("\"status\"", html);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Pages_ForbiddenAndUnknown_VietnamesePagesApiStillProblems()
    {
        _factory.ImportSampleAgencies();
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, "ubnd-huyen-an-lac");

        await AssertPageAsync(await agency.Http.GetAsync(ApiClient.Url("/noi-vu")), HttpStatusCode.Forbidden, "Không có quyền");
        await AssertPageAsync(await agency.Http.GetAsync(ApiClient.Url("/khong-co-trang-nay")), HttpStatusCode.NotFound, "Không tìm thấy");
        var api = await _factory.ClientAs(Roles.Staff).GetAsync(ApiClient.Url("/api/khong-co"));
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_WrongCodesPastTheLimit_Vietnamese429PageWithRetryAfter()
    {
        var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/runs");
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"ma-sai-so-{i:D4}");
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);
        }

        using var page = new HttpRequestMessage(HttpMethod.Get, "/noi-vu");
        page.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "ma-sai-tiep-theo");
        var response = await http.SendAsync(page);

        await AssertPageAsync(response, HttpStatusCode.TooManyRequests, "Đăng nhập sai quá nhiều lần");
        Assert.Equal(SignInThrottle.Window, response.Headers.RetryAfter?.Delta);
    }
}
