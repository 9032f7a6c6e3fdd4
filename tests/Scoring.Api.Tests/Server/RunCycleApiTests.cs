using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

public sealed class RunCycleApiTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public RunCycleApiTests() => _factory.ImportSampleAgencies();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task FullCycle_UploadLockRunPublish_ReplayMatchesAndReportIsXlsx()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        var auditor = _factory.ClientAs(Roles.Auditor);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(_factory.ClientAs(Roles.Agency, "ubnd-huyen-an-lac"), "ubnd-huyen-an-lac")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(staff, "so-noi-vu")).StatusCode);

        var locked = await staff.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/lock"), null);
        var appraised = await staff.PostAsync(ApiClient.Url("/api/appraisals/mau-2024/2024/so-noi-vu"),
            ApiClient.Json("""{"item":"II.1","points":3,"reason":"Thiếu báo cáo"}"""));
        var created = await staff.PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("""{"year":2024,"criteria":"mau-2024"}"""));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var published = await staff.PostAsync(ApiClient.Url($"/api/runs/{id}/publish"), null);
        var replay = await auditor.GetFromJsonAsync<JsonElement>(ApiClient.Url($"/api/runs/{id}/replay"));

        Assert.Contains("\"changed\":2", await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, appraised.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("\"state\":\"published\"", await published.Content.ReadAsStringAsync());
        Assert.True(replay.GetProperty("matches").GetBoolean());
        var show = await auditor.GetStringAsync(ApiClient.Url($"/api/runs/{id}"));
        Assert.Contains("\"agency\":\"ubnd-huyen-an-lac\"", show);
        var report = await auditor.GetAsync(ApiClient.Url($"/api/runs/{id}/report"));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await report.Content.ReadAsByteArrayAsync())[..2]);
        var diff = await auditor.GetAsync(ApiClient.Url($"/api/runs/{id}/diff?criteria=mau-2024"));
        Assert.Equal(HttpStatusCode.OK, diff.StatusCode);
        var audit = await auditor.GetStringAsync(ApiClient.Url($"/api/audit?run={id}"));
        Assert.Contains("Thử staff", audit);
    }

    [Fact]
    public async Task Publish_Twice_409InVietnamese()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        // Nothing is locked here, so the run is asked for knowingly.
        var created = await staff.PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("""{"year":2024,"criteria":"mau-2024","knowingly":true}"""));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await staff.PostAsync(ApiClient.Url($"/api/runs/{id}/publish"), null);

        var again = await staff.PostAsync(ApiClient.Url($"/api/runs/{id}/publish"), null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("đã công bố", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CreateRun_MalformedJson_400NotServerError()
    {
        var response = await _factory.ClientAs(Roles.Staff).PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("{year:"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON không hợp lệ", await response.Content.ReadAsStringAsync());
    }
}
