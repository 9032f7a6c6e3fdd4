using System.Net;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>Every response carries the security headers, also the ones the server writes itself (status pages), and nothing that holds
/// people's data may be cached: a signed-in page, a downloaded upload, an API answer.</summary>
public sealed class ResponseHeaderTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static void Secured(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage?.RequestUri}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task PagesDownloadsApiAndStatusPages_SecurityHeadersAndNoStore()
    {
        _factory.ImportSampleAgencies();
        var staff = _factory.ClientAs(Roles.Staff);
        var upload = await ApiClient.UploadAsync(staff, "ubnd-huyen-an-lac");
        var page = await PageClient.SignInAsync(_factory, Roles.Staff);

        Secured(await page.Http.GetAsync(new Uri("/noi-vu", UriKind.Relative)));
        Secured(await staff.GetAsync(upload.Headers.Location));
        Secured(await staff.GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024")));
        var missing = await staff.GetAsync(ApiClient.Url("/khong-co-trang-nay"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Secured(missing);
    }
}
