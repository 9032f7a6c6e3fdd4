using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scoring.Api.Cli;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>An administrator onboards the office on the page: one code at a time, or every agency of a group with a printable sheet; a
/// refresh or double click issues nothing twice; codes may end on a date (issue 14, part 1).</summary>
public sealed partial class AccountPageTests : IDisposable
{
    private const string Page = "/quan-tri/ma-dang-nhap";
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<HttpStatusCode> SignsInAsync(string code, string path = "/api/criteria")
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", code);
        return (await client.GetAsync(ApiClient.Url(path))).StatusCode;
    }

    private static Dictionary<string, string> Form(string html, params (string Key, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Key, f => f.Value);
        form["key"] = FormKey().Match(html).Groups[1].Value;
        return form;
    }

    private async Task<int> CountAsync() => (await _factory.Store.Tokens.ListAsync(CancellationToken.None)).Count;

    [Fact]
    public async Task IssueOne_ShownOnceWorks_RepostedFormIssuesNothing()
    {
        var admin = await PageClient.SignInAsync(_factory, Roles.Admin);
        var html = await admin.GetAsync(Page);
        var form = Form(html, ("name", "Nguyễn Văn Thẩm"), ("role", Roles.Staff), ("agency", ""), ("expires", ""));

        var first = await (await admin.PostFormAsync(Page + "?handler=Issue", Page, form)).Content.ReadAsStringAsync();
        var count = await CountAsync();
        var again = await admin.PostFormAsync(Page + "?handler=Issue", Page, form);

        var code = Code().Match(first).Groups[1].Value;
        Assert.Contains("Mã mới cho Nguyễn Văn Thẩm (Cán bộ Nội vụ)", first);
        Assert.Equal(HttpStatusCode.OK, await SignsInAsync(code));
        var refused = await again.Content.ReadAsStringAsync();
        Assert.Contains("đã được gửi và mã đã được cấp lần trước", refused);
        Assert.DoesNotContain("id=\"ma-moi\"", refused);
        Assert.Equal(count, await CountAsync());
        Assert.DoesNotContain(code, await admin.GetAsync(Page));
    }

    [Fact]
    public async Task IssueGroup_EveryActiveAgencyOnePrintableSheetEach_RepeatSkipsThoseWithCodes()
    {
        _factory.ImportSampleAgencies();
        var admin = await PageClient.SignInAsync(_factory, Roles.Admin);
        var html = await admin.GetAsync(Page);

        var sheet = await (await admin.PostFormAsync(Page + "?handler=Group", Page, Form(html, ("group", "xa-phuong"), ("expires", "31/12/2099"))))
            .Content.ReadAsStringAsync();
        var second = await (await admin.PostFormAsync(Page + "?handler=Group", Page, Form(await admin.GetAsync(Page), ("group", "xa-phuong"), ("expires", ""))))
            .Content.ReadAsStringAsync();

        Assert.Contains("Đã cấp 5 mã cho khối", sheet);
        Assert.Equal(5, Regex.Count(sheet, "class=\"phieu\""));
        Assert.Contains("Kính gửi: <strong>UBND phường An Lạc</strong>", sheet);
        Assert.Contains("Mã dùng được đến hết ngày 31/12/2099.", sheet);
        Assert.Contains("@media print", sheet);
        var codes = Code().Matches(sheet).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(5, codes.Count);
        foreach (var code in codes)
        {
            Assert.Equal(HttpStatusCode.OK, await SignsInAsync(code));
        }
        Assert.Contains("Đã cấp 0 mã", second);
        Assert.Contains("5 đơn vị đã có mã còn hiệu lực", second);
        Assert.DoesNotContain("class=\"phieu\"", second);
        Assert.DoesNotContain(await _factory.Store.Tokens.ListAsync(CancellationToken.None), t => t.AgencyCode == "ubnd-huyen-an-lac");
    }

    [Fact]
    public async Task RevokeAndRenewOnThePage_RenewRepeatedIssuesNothingMore()
    {
        var (id, code) = await _factory.Store.Tokens.IssueAsync("Thanh tra viên", Roles.Auditor, null, "test", CancellationToken.None);
        var admin = await PageClient.SignInAsync(_factory, Roles.Admin);
        var html = await admin.GetAsync(Page);
        var form = new Dictionary<string, string>
        {
            ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["key"] = Regex.Match(html, $"name=\"key\" value=\"([0-9a-f]+-{id})\"").Groups[1].Value,
        };

        var renewed = await (await admin.PostFormAsync(Page + "?handler=Renew", Page, form)).Content.ReadAsStringAsync();
        var count = await CountAsync();
        var again = await (await admin.PostFormAsync(Page + "?handler=Renew", Page, form)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, await SignsInAsync(code));
        Assert.Equal(HttpStatusCode.OK, await SignsInAsync(Code().Match(renewed).Groups[1].Value));
        Assert.Contains("đã được gửi và mã đã được cấp lần trước", again);
        Assert.Equal(count, await CountAsync());
        var newId = (await _factory.Store.Tokens.ListAsync(CancellationToken.None))[0].Id;
        var shown = await admin.SubmitAsync(Page + "?handler=Revoke", Page, new Dictionary<string, string>
        {
            ["id"] = newId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["reason"] = "Nghỉ hưu",
        });
        Assert.Contains($"Đã thu hồi mã đăng nhập số {newId}", shown);
        Assert.Contains("đã thu hồi lúc", shown);
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Auditor)]
    public async Task Page_OnlyAdministrators(string role)
    {
        var user = await PageClient.SignInAsync(_factory, role);

        var response = await user.Http.GetAsync(ApiClient.Url(Page));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_GroupAndExpiry_RetriedKeyIssuesNothingPastDateRefused()
    {
        _factory.ImportSampleAgencies();
        var admin = _factory.ClientAs(Roles.Admin);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tokens/group") { Content = ApiClient.Json("""{"group":"so-nganh","expires":"2099-12-31"}""") };
        request.Headers.Add("Idempotency-Key", "cap-so-nganh-1");
        using var retry = new HttpRequestMessage(HttpMethod.Post, "/api/tokens/group") { Content = ApiClient.Json("""{"group":"so-nganh"}""") };
        retry.Headers.Add("Idempotency-Key", "cap-so-nganh-1");

        var created = await admin.SendAsync(request);
        var count = await CountAsync();
        var retried = await admin.SendAsync(retry);
        var past = await admin.PostAsync(ApiClient.Url("/api/tokens"), ApiClient.Json("""{"name":"x","role":"staff","expires":"01/01/2020"}"""));
        var wrong = await admin.PostAsync(ApiClient.Url("/api/tokens"), ApiClient.Json("""{"name":"x","role":"staff","expires":"mai"}"""));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var batch = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2099-12-31", batch.GetProperty("expires").GetString());
        var group = (await _factory.Store.Agencies.CurrentAsync(CancellationToken.None)).Values
            .Where(a => a.Group == "so-nganh" && a.ActiveTo is null).Select(a => a.Code).Order().ToList();
        Assert.Equal(group, batch.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("agencyCode").GetString()!).Order().ToList());
        Assert.DoesNotContain(await _factory.Store.Tokens.ListAsync(CancellationToken.None), t => t.AgencyCode == "so-lao-dong-tbxh"); // merged away in 2025
        Assert.Equal(HttpStatusCode.Conflict, retried.StatusCode);
        Assert.Equal(count, await CountAsync());
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("đã qua", Regex.Unescape(await past.Content.ReadAsStringAsync()));
        Assert.Contains("không đúng dạng ngày/tháng/năm", Regex.Unescape(await wrong.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Expiry_CodeAndItsSessionsStopAfterTheLastDayVietnamTime()
    {
        using var temp = new TempStore();
        var store = temp.Open();
        // 15/11/2024 09:00 in Vietnam; the code's last day is that day: it works until midnight Vietnam time (17:00 UTC).
        var accounts = new Scoring.Api.UseCases.Accounts(store);
        var issued = (await accounts.IssueAsync("Cán bộ", Roles.Staff, null, "test", CancellationToken.None, "15/11/2024")).Value!;
        var session = await store.Sessions.StartAsync(issued.Code, CancellationToken.None);

        temp.Clock.Now = new DateTimeOffset(2024, 11, 15, 23, 59, 0, TimeSpan.FromHours(7));
        Assert.NotNull(await store.Tokens.FindAsync(issued.Code, CancellationToken.None));
        temp.Clock.Now = new DateTimeOffset(2024, 11, 16, 0, 0, 0, TimeSpan.FromHours(7));
        Assert.Null(await store.Tokens.FindAsync(issued.Code, CancellationToken.None));
        Assert.Null(await store.Sessions.FindAsync(session, TimeSpan.FromDays(2), CancellationToken.None));
    }

    [Fact]
    public void Cli_GroupPrintsEachAgencyCodeOnce()
    {
        _factory.ImportSampleAgencies();
        var output = new StringWriter();

        var exit = CliApp.Run(["tokens", "group", "--group", "so-nganh", "--expires", "31/12/2099", "--db", _factory.DatabasePath], output);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("dùng được đến hết ngày 31/12/2099", output.ToString());
        Assert.Matches("so-noi-vu\tSở Nội vụ\tsc_", output.ToString());
    }

    [GeneratedRegex("name=\"key\" value=\"([0-9a-f]+)\"")]
    private static partial Regex FormKey();

    [GeneratedRegex("class=\"ma\">(sc_[A-Za-z0-9_-]+)<")]
    private static partial Regex Code();
}
