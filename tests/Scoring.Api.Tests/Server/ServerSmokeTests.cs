using System.Net;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

public sealed class ServerSmokeTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Criteria_WithoutToken_401ProblemInVietnameseWithSecurityHeaders()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/api/criteria", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Chưa đăng nhập", await response.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Criteria_WithStaffToken_ListsShippedVersions()
    {
        var body = await _factory.ClientAs(Roles.Staff).GetStringAsync(new Uri("/api/criteria", UriKind.Relative));
        Assert.Contains("\"id\":\"mau-2024\"", body);
    }

    [Fact]
    public async Task SignInPage_Anonymous_VietnameseFormWithLabelledField()
    {
        var html = await _factory.CreateClient().GetStringAsync(new Uri("/dang-nhap", UriKind.Relative));
        Assert.Contains("<label for=\"token\">Mã đăng nhập</label>", html);
        Assert.Contains("__RequestVerificationToken", html);
        Assert.Contains("lang=\"vi\"", html);
    }

    [Fact]
    public async Task OpenApi_Served()
    {
        var json = await _factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/api/criteria", json);
    }

    [Theory]
    [InlineData("GET", "/api/runs/khong-phai-so", 404, "Không tìm thấy")]
    [InlineData("DELETE", "/api/runs", 405, "Phương thức không được hỗ trợ")]
    public async Task FrameworkProblems_UnknownRouteOrMethod_VietnameseProblemNoStackTrace(string method, string path, int status, string title)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        var response = await _factory.ClientAs(Roles.Staff).SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(title, body);
        Assert.DoesNotContain("   at ", body);
    }
}
