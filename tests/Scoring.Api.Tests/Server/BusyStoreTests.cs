using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>A store another writer holds (a backup, a command-line import): writes are answered 503 with Retry-After and a Vietnamese
/// message after the configured wait, never a hang and a 500; nothing is stored, and the same request succeeds once the store is free.</summary>
public sealed class BusyStoreTests : IDisposable
{
    private readonly ScoringFactory _factory = new() { Settings = { ["Scoring:Store:BusyTimeoutSeconds"] = "1" } };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Writes_StoreHeldByAnotherWriter_503RetryAfterVietnameseNothingStoredThenAccepted()
    {
        _factory.ImportSampleAgencies();
        var staff = _factory.ClientAs(Roles.Staff);
        var code = await _factory.Store.Tokens.CreateAsync("Thử", Roles.Staff, null, "test", CancellationToken.None);
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var form = await browser.GetStringAsync(ApiClient.Url("/dang-nhap"));
        var signIn = new Dictionary<string, string> { ["token"] = code, ["__RequestVerificationToken"] = PageClient.Antiforgery(form) };

        HttpResponseMessage busyApi, busyPage;
        await using (var holder = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=False"))
        {
            await holder.OpenAsync();
            using var hold = holder.BeginTransaction(deferred: false);
            busyApi = await ApiClient.UploadAsync(staff, "ubnd-huyen-an-lac");
            busyPage = await browser.PostAsync(ApiClient.Url("/dang-nhap"), new FormUrlEncodedContent(signIn));
            hold.Rollback();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busyApi.StatusCode);
        Assert.NotNull(busyApi.Headers.RetryAfter);
        Assert.Equal("application/problem+json", busyApi.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Kho dữ liệu đang bận", await busyApi.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busyPage.StatusCode);
        Assert.NotNull(busyPage.Headers.RetryAfter);
        Assert.Equal("text/html", busyPage.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Kho dữ liệu đang bận", await busyPage.Content.ReadAsStringAsync());
        Assert.Empty(await _factory.Store.Submissions.ListAsync(2024, "mau-2024", CancellationToken.None));
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(staff, "ubnd-huyen-an-lac")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync(ApiClient.Url("/dang-nhap"), new FormUrlEncodedContent(signIn))).StatusCode);
    }
}
