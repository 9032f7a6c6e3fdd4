using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>Creating a run says first what it will rank and warns (issue 15, part 5): nothing locked, a group without a locked
/// submission, a version that does not cover the year. The preview stores nothing.</summary>
public sealed class RunPreviewTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public RunPreviewTests() => _factory.ImportSampleAgencies();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Api_AGroupWithoutALockedSubmission_IsCountedAndWarnedAndRefusesTheRun()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(staff, "so-noi-vu")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/lock"), null)).StatusCode);

        var preview = await staff.GetFromJsonAsync<JsonElement>(ApiClient.Url("/api/runs/preview?year=2024&criteria=mau-2024"));
        var refused = await staff.PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("""{"year":2024,"criteria":"mau-2024"}"""));
        var runs = await staff.GetStringAsync(ApiClient.Url("/api/runs"));

        var groups = preview.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("code").GetString()!);
        Assert.Equal(1, groups["so-nganh"].GetProperty("locked").GetInt32());
        Assert.True(groups["so-nganh"].GetProperty("agencies").GetInt32() > 1);
        Assert.Equal(0, groups["quan-huyen"].GetProperty("locked").GetInt32());
        var warning = Assert.Single(preview.GetProperty("warnings").EnumerateArray()).GetString()!;
        Assert.StartsWith("Khối UBND quận, huyện không có bài nộp nào đã khóa năm 2024: cả ", warning);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Khối UBND quận, huyện không có bài nộp nào đã khóa", await refused.Content.ReadAsStringAsync());
        Assert.Equal("[]", runs);
    }

    [Fact]
    public async Task Api_UnknownGroupOrNoYear_VietnameseProblem()
    {
        var staff = _factory.ClientAs(Roles.Staff);

        var group = await staff.GetAsync(ApiClient.Url("/api/runs/preview?year=2024&criteria=mau-2024&group=khong-co"));
        var year = await staff.GetAsync(ApiClient.Url("/api/runs/preview?criteria=mau-2024"));

        Assert.Equal(HttpStatusCode.NotFound, group.StatusCode);
        Assert.Contains("Khối \"khong-co\" không có trong bộ tiêu chí mau-2024",
            (await group.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, year.StatusCode);
    }

    [Fact]
    public async Task TrackerPage_ShowsWhatWillBeRankedAndTheWarningsBeforeTheRunIsAskedFor()
    {
        var api = _factory.ClientAs(Roles.Staff);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(api, "so-noi-vu")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(api, "ubnd-huyen-an-lac")).StatusCode);
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);

        var open = await staff.GetAsync("/noi-vu?criteria=mau-2024&year=2024");
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/lock"), null)).StatusCode);
        var locked = await staff.GetAsync("/noi-vu?criteria=mau-2024&year=2024");

        var table = open[open.IndexOf("id=\"du-kien-xep-loai\"", StringComparison.Ordinal)..];
        Assert.Contains("<th scope=\"row\">Sở, ban, ngành</th>", table);
        Assert.Contains("Chưa khóa nộp bài năm 2024: 2 bài đã nộp nhưng chưa khóa sẽ không được tính", open);
        Assert.Contains("Cần xem lại trước khi tạo", open);
        Assert.DoesNotContain("Cần xem lại trước khi tạo", locked);
        Assert.Contains("Không có cảnh báo: mọi khối đều có bài đã khóa", locked);
        // The deadline of every group, and the lock with who and when, above the groups' tables.
        Assert.Matches("<p id=\"han-nop\">(Hạn nộp của mọi khối: trước ngày 01/12/2024|Đã quá hạn nộp của mọi khối \\(trước ngày 01/12/2024\\))", open);
        var deadline = locked.IndexOf("id=\"han-nop\"", StringComparison.Ordinal);
        Assert.Contains("Nộp bài đã khóa", locked[deadline..locked.IndexOf("</p>", deadline, StringComparison.Ordinal)]);
    }
}
