using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Scoring.Api.Cli;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The annual cycle (import, upload, lock, appraise, run, publish) driven through the API, the pages and the CLI, each on a store of
/// its own: the same published results (by their hash), and the workflow rules answered on every surface.</summary>
public sealed class ThreeSurfacesTests : IDisposable
{
    private static readonly string[] Agencies = ["so-noi-vu", "ubnd-huyen-an-lac", "ubnd-quan-bac-son"];

    private readonly ScoringFactory _api = new();
    private readonly ScoringFactory _pages = new();
    private readonly string _cli = Directory.CreateTempSubdirectory("scoring-3-").FullName;

    public void Dispose()
    {
        _api.Dispose();
        _pages.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_cli, recursive: true);
    }

    private static string Workbook(string agency) => Repo.Path("samples", "workbooks", "mau-2024", agency + ".xlsx");

    [Fact]
    public async Task Cycle_ApiPagesAndCli_SamePublishedResultsAndTheSameRefusals()
    {
        var viaApi = await ThroughApiAsync();
        var viaPages = await ThroughPagesAsync();
        var viaCli = ThroughCli();

        Assert.Matches("^[0-9a-f]{64}$", viaApi);
        Assert.Equal(viaApi, viaPages);
        Assert.Equal(viaApi, viaCli);
    }

    [Fact]
    public async Task Registry_BadLines_RefusedLineByLineOnApiAndCli_NothingImported()
    {
        const string list = "Mã đơn vị,Tên đơn vị,Khối\nlock,Khóa,so-nganh\nSO-NOI-VU,Sở Nội vụ,so-nganh\nso-tu-phap,Sở\u202ETư pháp,so-nganh\nso-y-te,Sở Y tế,so-nganh\n";
        var file = Path.Combine(_cli, "ds.csv");
        await File.WriteAllTextAsync(file, list);

        var api = await _api.ClientAs(Roles.Staff).PostAsync(ApiClient.Url("/api/agencies/import"), ApiClient.File(file));
        var cli = new StringWriter();
        var code = CliApp.Run(["agencies", "import", file, "--db", Path.Combine(_cli, "scoring.db")], cli);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        var problems = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("where").GetString()).ToList();
        Assert.Equal(["ds.csv, dòng 2", "ds.csv, dòng 3", "ds.csv, dòng 4"], problems);
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Contains("ds.csv, dòng 2", cli.ToString());
        Assert.Contains("dành riêng", cli.ToString());
        Assert.Empty(await _api.Store.Agencies.CurrentAsync(CancellationToken.None));
    }

    private async Task<string> ThroughApiAsync()
    {
        _api.ImportSampleAgencies();
        var staff = _api.ClientAs(Roles.Staff);
        foreach (var agency in Agencies)
        {
            Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync(ApiClient.Url($"/api/submissions/mau-2024/2024/{agency}"), ApiClient.File(Workbook(agency)))).StatusCode);
        }
        var refusedRun = await staff.PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("""{"year":2024,"criteria":"mau-2024"}"""));
        Assert.Equal(HttpStatusCode.Conflict, refusedRun.StatusCode);
        Assert.Contains("Chưa khóa nộp bài năm 2024", await refusedRun.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/lock"), null)).StatusCode);
        var late = await staff.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/so-noi-vu"), ApiClient.File(Workbook("so-noi-vu")));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Đã khóa nộp bài năm 2024", await late.Content.ReadAsStringAsync());
        var lockState = await staff.GetFromJsonAsync<JsonElement>(ApiClient.Url("/api/submissions/mau-2024/2024/lock"));
        Assert.True(lockState.GetProperty("locked").GetBoolean());
        var offStep = await staff.PostAsync(ApiClient.Url("/api/appraisals/mau-2024/2024/ubnd-quan-bac-son"), ApiClient.Json("""{"item":"II.1","points":1.1,"reason":"x"}"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, offStep.StatusCode);
        Assert.Contains("không đúng bước chấm", await offStep.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(ApiClient.Url("/api/appraisals/mau-2024/2024/ubnd-quan-bac-son"),
            ApiClient.Json("""{"item":"II.1","points":3,"reason":"Thiếu báo cáo kết quả"}"""))).StatusCode);
        var created = await staff.PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("""{"year":2024,"criteria":"mau-2024"}"""));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var published = await (await staff.PostAsync(ApiClient.Url($"/api/runs/{id}/publish"), null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("published", published.GetProperty("state").GetString());
        return published.GetProperty("resultsHash").GetString()!;
    }

    private async Task<string> ThroughPagesAsync()
    {
        _pages.ImportSampleAgencies();
        foreach (var agency in Agencies)
        {
            var client = await PageClient.SignInAsync(_pages, Roles.Agency, agency);
            var page = await client.UploadAsync("/don-vi", File.ReadAllBytes(Workbook(agency)), agency + ".xlsx");
            Assert.Contains("id=\"ket-qua-tai-len\"", page);
            // A refresh of the page shown after the upload shows the same outcome and stores nothing again.
            Assert.Contains("id=\"ket-qua-tai-len\"", await client.GetAsync("/don-vi?criteria=mau-2024&year=2024&lan=1"));
            Assert.Single(await _pages.Store.Submissions.RevisionsAsync(agency, 2024, "mau-2024", CancellationToken.None));
        }
        var staff = await PageClient.SignInAsync(_pages, Roles.Staff);
        var refused = await staff.SubmitAsync("/noi-vu?handler=CreateRun", "/noi-vu", new Dictionary<string, string> { ["criteria"] = "mau-2024", ["year"] = "2024", ["group"] = "" });
        Assert.Contains("Chưa khóa nộp bài năm 2024", refused);
        var locked = await staff.SubmitAsync("/noi-vu?handler=Lock&criteria=mau-2024&year=2024", "/noi-vu", new Dictionary<string, string>());
        Assert.Contains("Đã khóa nộp bài năm 2024", locked);
        var agencyPage = await (await PageClient.SignInAsync(_pages, Roles.Agency, "so-noi-vu")).GetAsync("/don-vi?criteria=mau-2024&year=2024");
        Assert.Contains("id=\"da-khoa\"", agencyPage);
        Assert.DoesNotContain("handler=Upload", agencyPage);
        const string appraisal = "/noi-vu/tham-dinh?agency=ubnd-quan-bac-son&criteria=mau-2024&year=2024";
        var appraised = await staff.SubmitAsync(appraisal, appraisal, PageClient.Appraisal(("II.1", "3", "Thiếu báo cáo kết quả")));
        Assert.Contains("Đã ghi 1 điểm thẩm định", appraised);
        Assert.Contains("Đã tạo lượt xếp loại số 1", await staff.SubmitAsync("/noi-vu?handler=CreateRun", "/noi-vu",
            new Dictionary<string, string> { ["criteria"] = "mau-2024", ["year"] = "2024", ["group"] = "" }));
        await staff.GetAsync("/noi-vu?criteria=mau-2024&year=2024");
        Assert.Single(await _pages.Store.Runs.ListAsync(CancellationToken.None));
        Assert.Contains("Đã công bố lượt xếp loại số 1.", await staff.SubmitAsync("/noi-vu?handler=Publish&id=1", "/noi-vu", new Dictionary<string, string>()));
        return (await _pages.Store.Runs.GetAsync(1, CancellationToken.None))!.ResultsHash;
    }

    private string ThroughCli()
    {
        (int Code, string Output) Run(params string[] args)
        {
            var output = new StringWriter();
            return (CliApp.Run([.. args, "--db", Path.Combine(_cli, "scoring.db"), "--criteria-dir", Repo.Path("criteria"), "--by", "Sở Nội vụ"], output), output.ToString());
        }

        Assert.Equal(CliApp.Ok, Run("agencies", "import", Repo.Path("samples", "agencies.csv")).Code);
        foreach (var agency in Agencies)
        {
            Assert.Equal(CliApp.Ok, Run("submissions", "upload", "--agency", agency, "--year", "2024", "--criteria", "mau-2024", Workbook(agency)).Code);
        }
        var refused = Run("runs", "create", "--year", "2024", "--criteria", "mau-2024");
        Assert.Equal(CliApp.InputProblems, refused.Code);
        Assert.Contains("Chưa khóa nộp bài năm 2024", refused.Output);
        Assert.Equal(CliApp.Ok, Run("submissions", "lock", "--year", "2024", "--criteria", "mau-2024").Code);
        var late = Run("submissions", "upload", "--agency", "so-noi-vu", "--year", "2024", "--criteria", "mau-2024", Workbook("so-noi-vu"));
        Assert.Equal(CliApp.InputProblems, late.Code);
        Assert.Contains("Đã khóa nộp bài năm 2024 (bộ tiêu chí mau-2024) bởi Sở Nội vụ", late.Output);
        Assert.Equal(CliApp.Ok, Run("appraise", "--agency", "ubnd-quan-bac-son", "--year", "2024", "--criteria", "mau-2024", "--item", "II.1", "--points", "3",
            "--reason", "Thiếu báo cáo kết quả").Code);
        Assert.Equal(CliApp.Ok, Run("runs", "create", "--year", "2024", "--criteria", "mau-2024").Code);
        Assert.Equal(CliApp.Ok, Run("runs", "publish", "1").Code);
        var list = Run("runs", "list").Output.Split('\n')[0].Split('\t');
        Assert.Equal(("1", "đã công bố"), (list[0], list[4]));
        return list[7].Trim();
    }
}
