using System.Net;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Xunit;

namespace Scoring.Api.Tests.Registry;

/// <summary>The registry page (issue 19): staff import the agency list with its "Thay thế cho" column from the page; a refused line is
/// named and nothing is imported; the same list again changes nothing; an auditor reads the list but has no form and may not post.</summary>
public sealed class RegistryPageTests : IDisposable
{
    private const string Header = "Mã đơn vị,Tên đơn vị,Khối,Đơn vị cấp trên,Hoạt động từ,Hoạt động đến,Thay thế cho";

    private const string Good = Header + """

        quan-a,UBND quận A,quan-huyen,,,30/06/2025,
        quan-b,UBND quận B,quan-huyen,,,30/06/2025,
        phuong-ab,UBND phường AB,xa-phuong,,01/07/2025,,quan-a; quan-b
        """;

    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Staff_ImportFromThePage_ThenTheListShowsTheLineage_AndTheSameListAgainChangesNothing()
    {
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);

        var first = WebUtility.HtmlDecode(await ImportAsync(staff, Good, "ds.csv"));
        var again = WebUtility.HtmlDecode(await ImportAsync(staff, Good, "ds.csv"));

        Assert.Contains("Đã nhập danh sách đơn vị từ ds.csv: thêm 3, cập nhật 0, không đổi 0.", first, StringComparison.Ordinal);
        Assert.Contains("<td>UBND quận A; UBND quận B</td>", first, StringComparison.Ordinal);
        Assert.Contains("Đã nhập danh sách đơn vị từ ds.csv: thêm 0, cập nhật 0, không đổi 3.", again, StringComparison.Ordinal);
        Assert.Equal(3, (await _factory.Store.Audit.SearchAsync(null, null, null, null, null, 100, CancellationToken.None)).Count(a => a.Action == "agency.add"));
        // The message is shown once: a refresh of the list after the redirect does not repeat it.
        Assert.DoesNotContain("Đã nhập danh sách", WebUtility.HtmlDecode(await staff.GetAsync("/danh-sach-don-vi")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_ARefusedLine_IsNamed_AndNothingIsImported()
    {
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);

        var page = WebUtility.HtmlDecode(await ImportAsync(staff, Header + "\nxa-x,UBND xã X,xa-phuong,,01/07/2025,,xa-khong-co", "ds.csv"));

        Assert.Contains("Tệp ds.csv có 1 lỗi, chưa nhập đơn vị nào.", page, StringComparison.Ordinal);
        Assert.Contains("<li>ds.csv, dòng 2: Mã \"xa-khong-co\" ở cột \"Thay thế cho\" không có trong danh sách đơn vị", page, StringComparison.Ordinal);
        Assert.Empty(await _factory.Store.Agencies.CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Auditor_ReadsTheList_WithoutTheForm_AndMayNotImport()
    {
        var auditor = await PageClient.SignInAsync(_factory, Roles.Auditor);
        var page = await auditor.GetAsync("/danh-sach-don-vi");
        Assert.DoesNotContain("Nhập danh sách đơn vị", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        using var content = new MultipartFormDataContent
        {
            { new StringContent(PageClient.Antiforgery(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Good)), "file", "ds.csv" },
        };
        var response = await auditor.Http.PostAsync(new Uri("/danh-sach-don-vi?handler=Import", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _factory.Store.Agencies.CurrentAsync(CancellationToken.None));
    }

    // Posts the page's import form with a file and follows the redirect, as a browser does.
    private static async Task<string> ImportAsync(PageClient client, string text, string fileName)
    {
        var html = await client.GetAsync("/danh-sach-don-vi");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PageClient.Antiforgery(html)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "file", fileName },
        };
        var response = await client.Http.PostAsync(new Uri("/danh-sach-don-vi?handler=Import", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetAsync(response.Headers.Location!.OriginalString);
    }
}
