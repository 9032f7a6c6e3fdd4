using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Scoring.Api.Cli;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>An office onboards its agencies: an administrator (and only an administrator) issues, lists, revokes and renews sign-in codes
/// over the API and the CLI; a code is shown once; a revoked code signs no one in, and the sessions opened with it end; every change is
/// audited.</summary>
public sealed class AccountTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private HttpClient With(string code)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", code);
        return client;
    }

    [Fact]
    public async Task Admin_IssuesAnAgencyCode_ItWorksUntilRevoked_ThenTheRenewedOneWorks()
    {
        _factory.ImportSampleAgencies();
        var admin = _factory.ClientAs(Roles.Admin);

        var issued = await admin.PostAsync(ApiClient.Url("/api/tokens"), ApiClient.Json("""{"name":"Văn thư Sở Nội vụ","role":"agency","agency":"so-noi-vu"}"""));

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var (id, code) = (body.GetProperty("id").GetInt64(), body.GetProperty("code").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await With(code).GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024/so-noi-vu"))).StatusCode);
        var listed = await admin.GetStringAsync(ApiClient.Url("/api/tokens"));
        Assert.Contains("Văn thư Sở Nội vụ", listed);
        Assert.DoesNotContain(code, listed);

        var revoked = await admin.PostAsync(ApiClient.Url($"/api/tokens/{id}/revoke"), ApiClient.Json("""{"reason":"Cán bộ chuyển công tác"}"""));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await With(code).GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024/so-noi-vu"))).StatusCode);

        var renewed = await admin.PostAsync(ApiClient.Url($"/api/tokens/{id}/renew"), null);
        Assert.Equal(HttpStatusCode.Created, renewed.StatusCode);
        var fresh = (await renewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await With(fresh).GetAsync(ApiClient.Url("/api/submissions/mau-2024/2024/so-noi-vu"))).StatusCode);
        var audit = await _factory.Store.Audit.ForAgencyAsync("so-noi-vu", CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "token.revoke" && e.Detail.Contains("Cán bộ chuyển công tác", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Revoke_TheSessionsOpenedWithTheCodeEnd()
    {
        var (id, code) = await _factory.Store.Tokens.IssueAsync("Cán bộ", Roles.Staff, null, "test", CancellationToken.None);
        var session = await _factory.Store.Sessions.StartAsync(code, CancellationToken.None);
        Assert.NotNull(await _factory.Store.Sessions.FindAsync(session, TimeSpan.FromHours(8), CancellationToken.None));

        await _factory.ClientAs(Roles.Admin).PostAsync(ApiClient.Url($"/api/tokens/{id}/revoke"), ApiClient.Json("""{"reason":"Mất máy"}"""));

        Assert.Null(await _factory.Store.Sessions.FindAsync(session, TimeSpan.FromHours(8), CancellationToken.None));
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Agency)]
    public async Task Tokens_OnlyAnAdministrator(string role)
    {
        _factory.ImportSampleAgencies();
        var client = _factory.ClientAs(role, role == Roles.Agency ? "so-noi-vu" : null);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(ApiClient.Url("/api/tokens"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await client.PostAsync(ApiClient.Url("/api/tokens"), ApiClient.Json("""{"name":"x","role":"admin"}"""))).StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"x","role":"chu-tich"}""", "Vai trò \"chu-tich\" không có")]
    [InlineData("""{"name":"x","role":"agency"}""", "cần mã đơn vị")]
    [InlineData("""{"name":"x","role":"agency","agency":"khong-co"}""", "Mã đơn vị \"khong-co\" không có")]
    [InlineData("""{"name":"","role":"staff"}""", "Thiếu tên")]
    public async Task Issue_BadRequest_VietnameseAndNothingIssued(string json, string expected)
    {
        _factory.ImportSampleAgencies();
        var admin = _factory.ClientAs(Roles.Admin);
        var before = (await _factory.Store.Tokens.ListAsync(CancellationToken.None)).Count;

        var response = await admin.PostAsync(ApiClient.Url("/api/tokens"), ApiClient.Json(json));

        Assert.False(response.IsSuccessStatusCode);
        Assert.Contains(expected, System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, (await _factory.Store.Tokens.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public void Cli_IssuesAnAdminCodeOnTheServerMachine_PrintedOnce()
    {
        var output = new StringWriter();

        var exit = CliApp.Run(["tokens", "issue", "--name", "Quản trị mới", "--role", "admin", "--db", _factory.DatabasePath], output);

        Assert.Equal(CliApp.Ok, exit);
        var code = output.ToString().Split("Mã đăng nhập (chỉ hiện một lần): ")[1].Trim();
        var list = new StringWriter();
        Assert.Equal(CliApp.Ok, CliApp.Run(["tokens", "list", "--db", _factory.DatabasePath], list));
        Assert.Contains("Quản trị mới\tQuản trị", list.ToString());
        Assert.DoesNotContain(code, list.ToString());
    }
}
