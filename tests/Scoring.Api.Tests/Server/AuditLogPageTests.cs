using System.Net;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The audit log page (issue 15, part 6): staff and auditors see who did what and when, filtered by agency, run, person and day;
/// agencies do not see it.</summary>
public sealed class AuditLogPageTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Filter_PersonTypedInCapitals_FoundWhateverTheLettersCase()
    {
        // Vietnamese capitals (Đ, Ử, …) are not A to Z: the search folds them too, on SQLite as on PostgreSQL.
        _factory.ImportSampleAgencies();
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(_factory.ClientAs(Roles.Staff, null), "so-noi-vu")).StatusCode);
        var auditor = await PageClient.SignInAsync(_factory, Roles.Auditor);

        var byPerson = await auditor.GetAsync("/nhat-ky?actor=" + Uri.EscapeDataString("THỬ STAFF"));

        Assert.Contains("Nộp bài (được nhận)", byPerson);
    }

    [Fact]
    public async Task Filters_ByAgencyPersonAndDay_InWordsAndVietnamTime()
    {
        _factory.ImportSampleAgencies();
        var api = _factory.ClientAs(Roles.Staff, null);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(api, "so-noi-vu")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ApiClient.UploadAsync(api, "so-lao-dong-tbxh")).StatusCode);
        var auditor = await PageClient.SignInAsync(_factory, Roles.Auditor);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

        var all = await auditor.GetAsync("/nhat-ky");
        var one = await auditor.GetAsync("/nhat-ky?agency=so-lao-dong-tbxh");
        var byPerson = await auditor.GetAsync("/nhat-ky?actor=Th%E1%BB%AD%20staff");
        var todayOnly = await auditor.GetAsync($"/nhat-ky?from={today}&to={today}");
        var longAgo = await auditor.GetAsync("/nhat-ky?from=01/01/2020&to=31/12/2020");
        var wrong = await auditor.GetAsync("/nhat-ky?from=hom-qua");

        Assert.Contains("Nộp bài (được nhận)", all);
        Assert.Contains("Nộp bài (bị từ chối)", all);
        Assert.Contains("Sở Nội vụ", all);
        Assert.DoesNotContain("submission.upload", all);
        Assert.Contains("Nộp bài (bị từ chối)", one);
        Assert.DoesNotContain("Nộp bài (được nhận)", one);
        Assert.Contains("Nộp bài (được nhận)", byPerson);
        Assert.DoesNotContain("Khởi tạo", byPerson);
        Assert.Contains("Nộp bài (được nhận)", todayOnly);
        Assert.Contains("Không có mục nào khớp bộ lọc.", longAgo);
        Assert.Contains("Từ ngày &quot;hom-qua&quot; không đúng dạng ngày/tháng/năm", wrong);
    }

    [Fact]
    public async Task Agency_IsRefused()
    {
        _factory.ImportSampleAgencies();
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, "so-noi-vu");

        var response = await agency.Http.GetAsync(ApiClient.Url("/nhat-ky"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
