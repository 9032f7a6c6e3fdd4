using System.Net;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>Staff see why an agency was rejected and download any of its files; an agency downloads its own (issue 15, parts 2 and 4).</summary>
public sealed class SubmissionFilesPageTests : IDisposable
{
    private const string Bad = "so-lao-dong-tbxh";
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Rejected_TrackerSaysSoAndLinksToEveryErrorFilesDownloadAsReceived()
    {
        _factory.ImportSampleAgencies();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ApiClient.UploadAsync(_factory.ClientAs(Roles.Staff), Bad)).StatusCode);
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);

        var tracker = await staff.GetAsync("/noi-vu?criteria=mau-2024&year=2024");
        var submission = await staff.GetAsync($"/noi-vu/tham-dinh?agency={Bad}&criteria=mau-2024&year=2024");
        var file = await staff.Http.GetAsync(ApiClient.Url($"/noi-vu/tham-dinh?handler=File&agency={Bad}&criteria=mau-2024&year=2024&seq=1"));

        Assert.Contains("1 bị từ chối, chưa có tệp hợp lệ", tracker);
        Assert.Contains("xem lỗi lần nộp 1</a>", tracker);
        Assert.Contains("Các lỗi của lần nộp 1", submission);
        Assert.Contains("ô F15 (mục II.1)", submission);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", Bad + ".xlsx")), await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("no-store", file.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Agency_DownloadsItsOwnFileOnly()
    {
        _factory.ImportSampleAgencies();
        var staff = _factory.ClientAs(Roles.Staff);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(staff, "so-noi-vu")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ApiClient.UploadAsync(staff, Bad)).StatusCode);
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, "so-noi-vu");

        var page = await agency.GetAsync("/don-vi?criteria=mau-2024&year=2024");
        var own = await agency.Http.GetAsync(ApiClient.Url("/don-vi?handler=File&criteria=mau-2024&year=2024&seq=1"));
        var other = await agency.Http.GetAsync(ApiClient.Url($"/noi-vu/tham-dinh?handler=File&agency={Bad}&criteria=mau-2024&year=2024&seq=1"));

        Assert.Contains("/don-vi?handler=File&amp;criteria=mau-2024&amp;year=2024&amp;seq=1", page);
        Assert.Equal(File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", "so-noi-vu.xlsx")), await own.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }
}
