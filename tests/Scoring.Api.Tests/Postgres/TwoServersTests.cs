using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Postgres;

/// <summary>Two server processes on different ports against one PostgreSQL store (issue 18, part 4): uploads spread over both and retried on
/// the other with the same Idempotency-Key, a lock asked of both at once, an appraisal, a run created on one and published on both at once,
/// and a page session opened on one used on the other. Nothing lost, nothing twice, one published run, the same answers from both.</summary>
[Collection(PostgresTests.Name)]
public sealed class TwoServersTests(PostgresFixture postgres)
{
    [Fact]
    public async Task TwoServers_OneStore_NothingLostNothingTwice()
    {
        var connection = postgres.NewDatabase();
        var store = await Store.OpenAsync(Database.ForPostgres(connection), CancellationToken.None);
        var (list, _) = AgencyListFile.Read(File.ReadAllBytes(Repo.Path("samples", "agencies.csv")), "agencies.csv");
        await store.Agencies.ImportAsync([.. list!.Values], "agencies.csv", "test", CancellationToken.None);
        var staffCode = await store.Tokens.CreateAsync("Chuyên viên Nội vụ", Roles.Staff, null, "test", CancellationToken.None);
        var agencies = Directory.GetFiles(Repo.Path("samples", "workbooks", "mau-2024"), "*.xlsx").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(list.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var codes = new Dictionary<string, string>();
        foreach (var agency in agencies)
        {
            codes[agency] = await store.Tokens.CreateAsync($"Văn thư {agency}", Roles.Agency, agency, "test", CancellationToken.None);
        }
        var folder = Directory.CreateTempSubdirectory("scoring-two-").FullName;
        string[] settings = ["--Scoring:Store:Provider=postgres", $"--ConnectionStrings:Scoring={connection}", $"--Scoring:KeysPath={Path.Combine(folder, "keys")}"];
        using var a = await ServerProcess.StartAsync(folder, "unused.db", null, settings);
        using var b = await ServerProcess.StartAsync(folder, "unused.db", null, settings);
        Assert.True(a.Running, string.Join('\n', a.Lines));
        Assert.True(b.Running, string.Join('\n', b.Lines));
        var servers = new[] { a.Url, b.Url };

        // Every agency uploads through one server, and its retry (same key) goes to the other.
        var uploads = await Task.WhenAll(agencies.Select(async (agency, n) =>
        {
            var bytes = File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", agency + ".xlsx"));
            var first = await SendAsync(servers[n % 2], codes[agency], HttpMethod.Post, $"/api/submissions/mau-2024/2024/{agency}", Workbook(bytes, agency), $"nop-{agency}");
            var retry = await SendAsync(servers[(n + 1) % 2], codes[agency], HttpMethod.Post, $"/api/submissions/mau-2024/2024/{agency}", Workbook(bytes, agency), $"nop-{agency}");
            return (agency, first, retry);
        }));
        // The same request sent to both servers at the same moment (a retry racing the original) runs once.
        var again = agencies.First(x => uploads.Single(u => u.agency == x).first.Status == HttpStatusCode.Created);
        var racing = await Task.WhenAll(servers.Select(s => SendAsync(s, codes[again], HttpMethod.Post, $"/api/submissions/mau-2024/2024/{again}",
            Workbook(File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", again + ".xlsx")), again), "nop-lai")));
        var locks = await Task.WhenAll(servers.Select(s => SendAsync(s, staffCode, HttpMethod.Post, "/api/submissions/mau-2024/2024/lock", null, null)));
        var accepted = uploads.First(u => u.first.Status == HttpStatusCode.Created).agency;
        var appraised = await SendAsync(b.Url, staffCode, HttpMethod.Post, $"/api/appraisals/mau-2024/2024/{accepted}",
            Json("""{"item":"I.5","points":0.5,"reason":"Thẩm định lại theo biên bản"}"""), "tham-dinh-1");
        var created = await SendAsync(a.Url, staffCode, HttpMethod.Post, "/api/runs", Json("""{"year":2024,"criteria":"mau-2024","knowingly":true}"""), "luot-1");
        var run = JsonDocument.Parse(created.Body).RootElement.GetProperty("id").GetInt64();
        var publications = await Task.WhenAll(servers.Select((s, n) => SendAsync(s, staffCode, HttpMethod.Post, $"/api/runs/{run}/publish", null, $"cong-bo-{n}")));
        var shown = await Task.WhenAll(servers.Select(s => SendAsync(s, staffCode, HttpMethod.Get, $"/api/runs/{run}", null, null)));

        // Some sample workbooks are wrong on purpose (refused, and kept as refused): each is answered the same on both servers.
        Assert.All(uploads, u => Assert.True(u.first.Status is HttpStatusCode.Created or HttpStatusCode.UnprocessableEntity, $"{u.agency}: {u.first.Body}"));
        Assert.True(uploads.Count(u => u.first.Status == HttpStatusCode.Created) >= 8);
        Assert.All(uploads, u => Assert.Equal((u.first.Status, u.first.Body), (u.retry.Status, u.retry.Body)));
        foreach (var agency in agencies.Where(x => x != again))
        {
            Assert.Single(await store.Submissions.RevisionsAsync(agency, 2024, "mau-2024", CancellationToken.None));
        }
        Assert.Equal(racing[0], racing[1]);
        Assert.Equal(2, (await store.Submissions.RevisionsAsync(again, 2024, "mau-2024", CancellationToken.None)).Count);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], locks.Select(l => l.Status).Order());
        Assert.Equal(HttpStatusCode.OK, appraised.Status);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Single(publications, p => p.Status == HttpStatusCode.OK);
        var runs = await store.Runs.ListAsync(CancellationToken.None);
        Assert.Equal(Scoring.Engine.Workflow.RunState.Published, Assert.Single(runs).State);
        Assert.Equal(shown[0].Body, shown[1].Body);

        // A session opened on one server is honoured by the other, and ended on both by signing out on it.
        using var cookies = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(cookies);
        var signIn = await browser.GetStringAsync(new Uri(a.Url + "/dang-nhap"));
        var posted = await browser.PostAsync(new Uri(a.Url + "/dang-nhap"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = staffCode, ["__RequestVerificationToken"] = PageClient.Antiforgery(signIn),
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var staffHome = await browser.GetAsync(new Uri(b.Url + "/noi-vu"));
        Assert.Equal(HttpStatusCode.OK, staffHome.StatusCode);
    }

    private static MultipartFormDataContent Workbook(byte[] bytes, string agency) => new() { { new ByteArrayContent(bytes), "file", agency + ".xlsx" } };

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(string server, string code, HttpMethod method, string path, HttpContent? content, string? key)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(server + path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", code);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
