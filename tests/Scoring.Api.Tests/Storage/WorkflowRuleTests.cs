using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Scoring.Api.Tests.Support;
using Scoring.Api.UseCases;
using Scoring.Engine.Workflow;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

/// <summary>The workflow rules of the annual cycle, at the use-case level and over HTTP: the lock as a gate, one official answer, runs refused
/// unless asked for knowingly, reports from the stored run, retries without a second write.</summary>
public sealed class WorkflowRuleTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Lock_RacingThirtyUploads_EveryAcceptedUploadIsLockedNoneLeftOut()
    {
        using var temp = new TempStore();
        var store = await OpenWithAgenciesAsync(temp);
        var ops = new Operations(store);
        var bytes = Sample("mau-2024", AnLac);
        var start = new TaskCompletionSource();
        var uploads = Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await new Operations(temp.Open()).Upload.RunAsync(AnLac, 2024, Mau2024, bytes, $"lan-{i}.xlsx", $"Người {i}", Ct);
        })).ToList();
        var locking = Task.Run(async () => { await start.Task; await Task.Delay(15); return await ops.Lock.RunAsync(2024, "mau-2024", "Sở Nội vụ", Ct); });
        start.SetResult();
        var results = await Task.WhenAll(uploads);
        var locked = await locking;

        Assert.True(locked.Ok);
        Assert.All(results, r => Assert.True(r.Kind is OutcomeKind.Done or OutcomeKind.Conflict, r.Message));
        var accepted = results.Count(r => r.Kind == OutcomeKind.Done);
        Assert.Equal(accepted, (await store.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", Ct)).Count);
        Assert.All(results.Where(r => r.Kind == OutcomeKind.Conflict), r => Assert.Contains("Đã khóa nộp bài năm 2024", r.Message));
        if (accepted > 0)
        {
            Assert.Equal(SubmissionState.Locked, Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct)).State);
            Assert.Single(await store.Submissions.RunInputsAsync(2024, "mau-2024", Ct));
        }
        var after = await ops.Upload.RunAsync(AnLac, 2024, Mau2024, bytes, "sau-khoa.xlsx", "Người sau", Ct);
        Assert.Equal(OutcomeKind.Conflict, after.Kind);
    }

    [Fact]
    public async Task Reopen_WithReason_AcceptsUploadsAgainAndIsAudited()
    {
        using var temp = new TempStore();
        var store = await LockedAnLacAsync(temp);
        var ops = new Operations(store);

        Assert.Equal(OutcomeKind.Invalid, (await ops.Reopen.RunAsync(2024, "mau-2024", "  ", "Sở Nội vụ", Ct)).Kind);
        Assert.True((await ops.Reopen.RunAsync(2024, "mau-2024", "Đơn vị nộp nhầm tệp", "Sở Nội vụ", Ct)).Ok);
        Assert.Equal(SubmissionState.Submitted, Assert.Single(await store.Submissions.ListAsync(2024, "mau-2024", Ct)).State);
        Assert.Equal(OutcomeKind.Done, (await ops.Upload.RunAsync(AnLac, 2024, Mau2024, Sample("mau-2024", AnLac), "lai.xlsx", "An Lạc", Ct)).Kind);
        Assert.Contains(await store.Audit.ForAgencyAsync(AnLac, Ct), e => e.Action == "submission.upload" && e.Detail.Contains("lai.xlsx", StringComparison.Ordinal));
        await using var c = await temp.Database.OpenAsync(Ct);
        Assert.Equal("Đơn vị nộp nhầm tệp", await Dapper.SqlMapper.ExecuteScalarAsync<string>(c, "SELECT reason FROM year_locks ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task CreateRun_NothingLockedOrVersionOutOfPeriod_RefusedUnlessKnowingly_ThenWarningsKept()
    {
        using var temp = new TempStore();
        var store = await OpenWithAgenciesAsync(temp);
        var ops = new Operations(store);
        await ops.Upload.RunAsync(AnLac, 2024, Mau2024, Sample("mau-2024", AnLac), "a.xlsx", "An Lạc", Ct);

        var refused = await ops.CreateRun.RunAsync(new RunOrder(2024, "mau-2024"), "Sở Nội vụ", Ct);
        var created = await ops.CreateRun.RunAsync(new RunOrder(2024, "mau-2024", Knowingly: true), "Sở Nội vụ", Ct);

        Assert.Equal(OutcomeKind.Conflict, refused.Kind);
        Assert.Contains("Chưa khóa nộp bài năm 2024: 1 bài đã nộp nhưng chưa khóa", refused.Message);
        Assert.Single(await store.Runs.ListAsync(Ct));
        Assert.Contains(created.Value!.Warnings!, w => w.Contains("Không có bài nộp nào đã khóa", StringComparison.Ordinal));
        var old = await ops.CreateRun.RunAsync(new RunOrder(2024, "mau-2023", Knowingly: false, Offered: Rules.Tests.Support.Criteria.Shipped("mau-2023")), "Sở Nội vụ", Ct);
        Assert.Contains("không áp dụng cho năm 2024", old.Message);
    }

    [Fact]
    public async Task Publish_GroupRunThenAllGroups_AtMostOnePublishedAnswerPerGroup()
    {
        using var temp = new TempStore();
        var store = await LockedAnLacAsync(temp);
        var ops = new Operations(store);
        // Only An Lạc (quan-huyen) has submitted: the run is created knowingly.
        var all = (await ops.CreateRun.RunAsync(new RunOrder(2024, "mau-2024", Knowingly: true), "a", Ct)).Value!;
        await ops.Publish.RunAsync(all.Id, "a", Ct);
        var group = (await ops.CreateRun.RunAsync(new RunOrder(2024, "mau-2024", "quan-huyen"), "a", Ct)).Value!;

        var published = await ops.Publish.RunAsync(group.Id, "a", Ct);

        Assert.Contains($"phần khối quan-huyen của lượt {all.Id}", published.Message);
        var headers = await store.Runs.ListAsync(Ct);
        Assert.Equal(["quan-huyen"], headers.Single(h => h.Id == all.Id).SupersededParts);
        Assert.Equal(new Dictionary<string, long> { ["quan-huyen"] = group.Id, ["so-nganh"] = all.Id },
            PublicationPolicy.Official(headers.Select(h => h.Scope), ["quan-huyen", "so-nganh"]));
        var again = (await ops.CreateRun.RunAsync(new RunOrder(2024, "mau-2024", Knowingly: true), "a", Ct)).Value!;
        await ops.Publish.RunAsync(again.Id, "a", Ct);
        Assert.Equal([again.Id], (await store.Runs.ListAsync(Ct)).Where(h => h.State == RunState.Published).Select(h => h.Id));
    }

    [Fact]
    public async Task Report_SameBytesFromApiPageAndCli_NamesFromTheRegistryNotTheWorkbook()
    {
        _factory.ImportSampleAgencies();
        var staff = _factory.ClientAs(Roles.Staff);
        var bytes = Spreadsheets.Workbooks.Edit(Sample("mau-2024", AnLac), s => s.Cells[Api.Spreadsheets.TemplateLayout.AgencyName.Row, Api.Spreadsheets.TemplateLayout.AgencyName.Column].Value = "UBND huyện Khác");
        var upload = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "an-lac.xlsx" } };
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync(ApiClient.Url($"/api/submissions/mau-2024/2024/{AnLac}"), upload)).StatusCode);
        await staff.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/lock"), null);
        var created = await staff.PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("""{"year":2024,"criteria":"mau-2024","knowingly":true}"""));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var api = await (await staff.GetAsync(ApiClient.Url($"/api/runs/{id}/report"))).Content.ReadAsByteArrayAsync();
        var page = await (await (await PageClient.SignInAsync(_factory, Roles.Auditor)).Http.GetAsync(new Uri($"/xep-hang?handler=Report&run={id}", UriKind.Relative)))
            .Content.ReadAsByteArrayAsync();
        var file = (await new Operations(_factory.Store).Report.RunAsync(id, Ct)).Value!;

        Assert.Equal(api, page);
        Assert.Equal(api, file.Bytes);
        Assert.EndsWith("-ban-nhap.xlsx", file.FileName);
        using var package = new OfficeOpenXml.ExcelPackage(new MemoryStream(api));
        var text = string.Join("\n", package.Workbook.Worksheets.SelectMany(w => w.Cells.Select(c => c.Text)));
        Assert.Contains("UBND huyện An Lạc", text);
        Assert.DoesNotContain("UBND huyện Khác", text);
        Assert.Contains($"NĂM 2024 (LƯỢT {id}, BẢN NHÁP - CHƯA CÔNG BỐ)", text);
    }

    [Fact]
    public async Task Api_RetriedWithSameIdempotencyKey_FirstAnswerAgainAndOneWrite()
    {
        _factory.ImportSampleAgencies();
        var staff = _factory.ClientAs(Roles.Staff);
        async Task<HttpResponseMessage> Upload(string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, ApiClient.Url($"/api/submissions/mau-2024/2024/{AnLac}")) { Content = ApiClient.Sample(AnLac) };
            request.Headers.Add("Idempotency-Key", key);
            return await staff.SendAsync(request);
        }

        var first = await Upload("lan-1");
        var retry = await Upload("lan-1");
        var other = await Upload("lan-2");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(["true"], retry.Headers.GetValues("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(2, (await _factory.Store.Submissions.RevisionsAsync(AnLac, 2024, "mau-2024", Ct)).Count);

        using var mismatch = new HttpRequestMessage(HttpMethod.Post, ApiClient.Url("/api/runs")) { Content = ApiClient.Json("""{"year":2024,"criteria":"mau-2024"}""") };
        mismatch.Headers.Add("Idempotency-Key", "lan-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.SendAsync(mismatch)).StatusCode);
    }

    [Fact]
    public async Task Integrity_RunWhoseRevisionVanished_409InApiPageMessageAndExit5InCli()
    {
        _factory.ImportSampleAgencies();
        var staff = _factory.ClientAs(Roles.Staff);
        await ApiClient.UploadAsync(staff, AnLac);
        await staff.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/lock"), null);
        var created = await staff.PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("""{"year":2024,"criteria":"mau-2024","knowingly":true}"""));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await using (var c = await _factory.Store.Database.OpenAsync(Ct))
        {
            await Dapper.SqlMapper.ExecuteAsync(c, "DROP TRIGGER run_inputs_kept; UPDATE run_inputs SET appraisal_ids = '[999]' WHERE run_id = @Id", new { Id = id });
        }

        var report = await staff.GetAsync(ApiClient.Url($"/api/runs/{id}/report"));

        Assert.Equal(HttpStatusCode.Conflict, report.StatusCode);
        Assert.Contains("không còn khớp", await report.Content.ReadAsStringAsync());
        var page = await (await PageClient.SignInAsync(_factory, Roles.Staff)).GetAsync($"/xep-hang?handler=Report&run={id}");
        Assert.Contains("không còn khớp", page);
        var db = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_factory.Store.Database.ConnectionString).DataSource;
        var output = new StringWriter();
        Assert.Equal(Api.Cli.CliApp.Integrity, Api.Cli.CliApp.Run(["runs", "report", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", Path.GetTempFileName(), "--db", db], output));
        Assert.Contains("không còn khớp", output.ToString());
        Assert.DoesNotContain("   at ", output.ToString());
    }
}
