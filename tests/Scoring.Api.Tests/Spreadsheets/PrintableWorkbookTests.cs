using System.Net;
using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Xunit;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>The self-scoring and appraisal workbooks print readably (issue 16, part 2): Times New Roman at 12 pt on columns narrow enough that
/// A4 landscape does not shrink them under 10 pt, the decree's margins, page numbers from the second page, formulas in words with the inputs'
/// titles, and a signature block.</summary>
public sealed class PrintableWorkbookTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public PrintableWorkbookTests() => _factory.ImportSampleAgencies();

    public void Dispose() => _factory.Dispose();

    // A4 landscape less the decree's margins holds about 128 characters of column width at full size.
    private const double FullSizeWidth = 130;

    [Fact]
    public async Task SelfScoringWorkbook_PrintsAtFullSizeWithTitlesAndASignature()
    {
        var response = await _factory.ClientAs(Roles.Staff).GetAsync(ApiClient.Url("/api/criteria/mau-2024/template?agency=so-noi-vu"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var package = new ExcelPackage(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var ws = package.Workbook.Worksheets[TemplateLayout.ScoreSheet];
        var printed = Enumerable.Range(1, TemplateLayout.Explanation).Sum(c => ws.Column(c).Width);
        Assert.True(printed <= FullSizeWidth, $"{printed} characters of columns shrink the page");
        Assert.Equal("Times New Roman", ws.Cells[TemplateLayout.HeaderRow + 2, TemplateLayout.Title].Style.Font.Name);
        Assert.True(ws.Cells[TemplateLayout.HeaderRow + 2, TemplateLayout.Title].Style.Font.Size * FullSizeWidth / Math.Max(printed, FullSizeWidth) >= 10);
        Assert.Equal(1.18m, ws.PrinterSettings.LeftMargin);
        Assert.True(ws.HeaderFooter.differentFirst);
        Assert.Equal("&P", ws.HeaderFooter.OddHeader.CenteredText);
        var texts = Enumerable.Range(1, ws.Dimension.End.Row).SelectMany(r => Enumerable.Range(1, ws.Dimension.End.Column).Select(c => ws.Cells[r, c].Text)).ToList();
        Assert.Contains("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", texts);
        Assert.Contains("(Ký, ghi rõ họ tên và đóng dấu)", texts);
        // A formula item's rule names its inputs by their titles.
        var rules = Enumerable.Range(TemplateLayout.HeaderRow + 1, ws.Dimension.End.Row - TemplateLayout.HeaderRow).Select(r => ws.Cells[r, TemplateLayout.Rule].Text).ToList();
        Assert.Contains(rules, r => r.Contains("nhỏ nhất([Số mô hình", StringComparison.Ordinal));
        Assert.DoesNotContain(rules, r => r.Contains("so_mo_hinh_cong_nhan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppraisalWorkbook_TenColumnsStillAtLeastTenPoints_SignedByTheAppraisers()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(staff, "so-noi-vu")).StatusCode);
        var page = await PageClient.SignInAsync(_factory, Roles.Staff);

        var response = await page.Http.GetAsync(new Uri("/noi-vu/tham-dinh?handler=Workbook&agency=so-noi-vu&criteria=mau-2024&year=2024", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var package = new ExcelPackage(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var ws = package.Workbook.Worksheets[TemplateLayout.ScoreSheet];
        var printed = Enumerable.Range(1, TemplateLayout.Reason).Sum(c => ws.Column(c).Width);
        var size = ws.Cells[TemplateLayout.HeaderRow + 2, TemplateLayout.Title].Style.Font.Size;
        Assert.True(size * FullSizeWidth / Math.Max(printed, FullSizeWidth) >= 10, $"{size} pt on {printed} characters of columns prints under 10 pt");
        var texts = Enumerable.Range(1, ws.Dimension.End.Row).SelectMany(r => Enumerable.Range(1, ws.Dimension.End.Column).Select(c => ws.Cells[r, c].Text)).ToList();
        Assert.Contains("ĐẠI DIỆN ĐOÀN THẨM ĐỊNH", texts);
    }

    [Fact]
    public async Task ResultWorkbook_FromTheStaffPage_ClassNotClipped()
    {
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(_factory.ClientAs(Roles.Staff), "so-noi-vu")).StatusCode);
        var page = await PageClient.SignInAsync(_factory, Roles.Staff);

        var view = await page.GetAsync("/noi-vu/tham-dinh?agency=so-noi-vu&criteria=mau-2024&year=2024");
        var response = await page.Http.GetAsync(new Uri("/noi-vu/tham-dinh?handler=Result&agency=so-noi-vu&criteria=mau-2024&year=2024", UriKind.Relative));

        Assert.Contains("Tải kết quả chi tiết của đơn vị (.xlsx)", view);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var package = new ExcelPackage(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var ws = package.Workbook.Worksheets["Kết quả"];
        var classRow = Enumerable.Range(1, ws.Dimension.End.Row).Single(r => ws.Cells[r, 2].Text == "XẾP LOẠI");
        var final = ws.Cells[classRow, 9];
        Assert.False(string.IsNullOrEmpty(final.Text));
        // The class fits its column, or wraps inside it.
        Assert.True(final.Text.Length <= ws.Column(9).Width || final.Style.WrapText, $"\"{final.Text}\" in {ws.Column(9).Width} characters");
        Assert.Equal("Times New Roman", final.Style.Font.Name);
    }

    [Fact]
    public async Task AppraisalWorkbook_HasTheTotalAfterAppraisal_BesideTheSelfScore()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(staff, "so-noi-vu")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/lock"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(ApiClient.Url("/api/appraisals/mau-2024/2024/so-noi-vu"),
            ApiClient.Json("""{"item":"II.1","points":1,"reason":"Thiếu báo cáo"}"""))).StatusCode);
        var page = await PageClient.SignInAsync(_factory, Roles.Staff);
        var view = System.Net.WebUtility.HtmlDecode(await page.GetAsync("/noi-vu/tham-dinh?agency=so-noi-vu&criteria=mau-2024&year=2024"));

        var response = await page.Http.GetAsync(new Uri("/noi-vu/tham-dinh?handler=Workbook&agency=so-noi-vu&criteria=mau-2024&year=2024", UriKind.Relative));

        using var package = new ExcelPackage(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var ws = package.Workbook.Worksheets[TemplateLayout.ScoreSheet];
        package.Workbook.Calculate();
        var total = Enumerable.Range(1, ws.Dimension.End.Row).Single(r => ws.Cells[r, TemplateLayout.Title].Text.StartsWith("TỔNG ĐIỂM (tạm tính", StringComparison.Ordinal));
        Assert.Contains("sau thẩm định ở cột Điểm thẩm định", ws.Cells[total, TemplateLayout.Title].Text);
        var self = Convert.ToDecimal(ws.Cells[total, TemplateLayout.Points].Value, System.Globalization.CultureInfo.InvariantCulture);
        var appraised = Convert.ToDecimal(ws.Cells[total, TemplateLayout.Appraised].Value, System.Globalization.CultureInfo.InvariantCulture);
        // The page's own figures, computed by the engine: the workbook's preview agrees with them.
        var shown = System.Text.RegularExpressions.Regex.Match(view, "Tổng điểm tự chấm: <strong>([0-9,]+)</strong>.*?sau thẩm định: <strong id=\"tong-diem-tham-dinh\">([0-9,]+)</strong>");
        Assert.True(shown.Success);
        Assert.Equal(shown.Groups[1].Value, Scoring.Engine.Text.Num.Vi(self));
        Assert.Equal(shown.Groups[2].Value, Scoring.Engine.Text.Num.Vi(appraised));
        Assert.True(appraised < self);
    }
}
