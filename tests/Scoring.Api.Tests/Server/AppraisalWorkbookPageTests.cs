using System.Net;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Spreadsheets;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The appraisal workbook from the appraisal page (issue 15, part 3): downloaded prefilled, uploaded back with changes, all or none.</summary>
public sealed class AppraisalWorkbookPageTests : IDisposable
{
    private const string Page = "/noi-vu/tham-dinh?agency=ubnd-phuong-an-lac&criteria=mau-2026&year=2026";
    private readonly ScoringFactory _factory = new();

    public AppraisalWorkbookPageTests() => _factory.SeedSamples();

    public void Dispose() => _factory.Dispose();

    private static async Task<HttpResponseMessage> UploadAsync(PageClient staff, byte[] workbook)
    {
        var html = await staff.GetAsync(Page);
        using var content = new MultipartFormDataContent { { new StringContent(PageClient.Antiforgery(html)), "__RequestVerificationToken" } };
        content.Add(new ByteArrayContent(workbook), "file", "tham-dinh.xlsx");
        return await staff.Http.PostAsync(ApiClient.Url(Page + "&handler=Workbook"), content);
    }

    [Fact]
    public async Task DownloadFillUpload_ChangesRecorded_AWrongCellRefusesEveryChange()
    {
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);
        var download = await staff.Http.GetAsync(ApiClient.Url(Page + "&handler=Workbook"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var workbook = await download.Content.ReadAsByteArrayAsync();
        var before = (await _factory.Store.Submissions.AppraisalsAsync("ubnd-phuong-an-lac", 2026, "mau-2026", CancellationToken.None)).Count;

        var wrong = Workbooks.Edit(workbook, sheet =>
        {
            var a2 = Workbooks.Row(sheet, "A.2");
            sheet.Cells[a2, TemplateLayout.Appraised].Value = 5m;
            sheet.Cells[a2, TemplateLayout.Reason].Value = "Thiếu tài liệu tuyên truyền";
            var b1 = Workbooks.Row(sheet, "B.1");
            sheet.Cells[b1, TemplateLayout.Appraised].Value = 9.3m;
            sheet.Cells[b1, TemplateLayout.Reason].Value = "Công khai chậm";
        });
        var refused = await UploadAsync(staff, wrong);
        var right = Workbooks.Edit(workbook, sheet =>
        {
            var a2 = Workbooks.Row(sheet, "A.2");
            sheet.Cells[a2, TemplateLayout.Appraised].Value = 5m;
            sheet.Cells[a2, TemplateLayout.Reason].Value = "Thiếu tài liệu tuyên truyền";
        });
        var recorded = await UploadAsync(staff, right);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("không đúng bước chấm", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Đã ghi 1 điểm thẩm định từ bảng tham-dinh.xlsx", await staff.GetAsync(recorded.Headers.Location!.OriginalString));
        Assert.Equal(before + 1, (await _factory.Store.Submissions.AppraisalsAsync("ubnd-phuong-an-lac", 2026, "mau-2026", CancellationToken.None)).Count);
    }
}
