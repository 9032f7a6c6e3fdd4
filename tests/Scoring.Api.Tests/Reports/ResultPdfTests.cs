using System.Net;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Scoring.Api.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>One agency's result as a PDF (issue 16, part 3), read back with PdfPig: the title, the agency's name with all its diacritics,
/// the items and their points with decimal commas, the class, the table's header again on every page and page numbers from the second;
/// from the agency's page, the appraisal page, the API (an agency only its own) and the CLI.</summary>
public sealed class ResultPdfTests : IDisposable
{
    private const string BacSon = "ubnd-quan-bac-son";
    private const string Query = "criteria=mau-2024&year=2024";
    private readonly ScoringFactory _factory = new();

    public ResultPdfTests() => _factory.SeedSamples();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AgencyPage_ResultPdf_ReadsAsTheResultWithTheAppraisal()
    {
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, BacSon);

        var page = await agency.GetAsync($"/don-vi?{Query}");
        var response = await agency.Http.GetAsync(ApiClient.Url($"/don-vi?handler=Result&format=pdf&{Query}"));

        Assert.Contains("Tải kết quả chi tiết (.pdf)", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"ket-qua-{BacSon}-2024-mau-2024.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = pdf.GetPages().Select(p => p.Text).ToList();
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        var first = pages[0];
        Assert.Contains("KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CÔNG TÁC DÂN VẬN", first);
        Assert.Contains("Đơn vị: UBND quận Bắc Sơn (mã ubnd-quan-bac-son)", first);
        Assert.Contains("(giờ Việt Nam)", first);
        var all = string.Join("\n", pages);
        // The sample appraisal of II.1, with its reason; points with a decimal comma; the class.
        Assert.Contains(Squash("Chưa có báo cáo kết quả tuyên truyền Nghị quyết 43-NQ/TW"), Squash(all));
        Assert.Matches(@"\d+,\d\d", all);
        Assert.DoesNotMatch(@"\d+\.\d\d", all);
        Assert.Contains("XẾP LOẠI", all);
        Assert.Contains("TỔNG ĐIỂM", all);
        // The header row on every page; the page number from the second page on.
        Assert.All(pages, p => Assert.Contains(Squash("Cuối cùng"), Squash(p)));
        Assert.All(Enumerable.Range(2, pages.Count - 1), n => Assert.StartsWith(n.ToString(System.Globalization.CultureInfo.InvariantCulture), pages[n - 1].TrimStart()));
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "ket-qua-bac-son.pdf"), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Api_ResultPdf_OwnOnlyAndTheSameWordsAsTheStaffPage()
    {
        var own = await _factory.ClientAs(Roles.Agency, BacSon).GetAsync(ApiClient.Url($"/api/submissions/mau-2024/2024/{BacSon}/result?format=pdf"));
        var other = await _factory.ClientAs(Roles.Agency, "so-noi-vu").GetAsync(ApiClient.Url($"/api/submissions/mau-2024/2024/{BacSon}/result?format=pdf"));
        var unknown = await _factory.ClientAs(Roles.Staff).GetAsync(ApiClient.Url($"/api/submissions/mau-2024/2024/{BacSon}/result?format=docx"));
        var workbook = await _factory.ClientAs(Roles.Staff).GetAsync(ApiClient.Url($"/api/submissions/mau-2024/2024/{BacSon}/result"));
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);
        var view = await staff.GetAsync($"/noi-vu/tham-dinh?agency={BacSon}&{Query}");
        var page = await staff.Http.GetAsync(ApiClient.Url($"/noi-vu/tham-dinh?handler=Result&format=pdf&agency={BacSon}&{Query}"));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        using (var problem = System.Text.Json.JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()))
        {
            Assert.Contains("Định dạng \"docx\" không có", problem.RootElement.GetProperty("detail").GetString());
        }
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal(Scoring.Api.Spreadsheets.Xlsx.ContentType, workbook.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Tải kết quả chi tiết (.pdf)", view);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // The same result whoever asks; only the line of who made it and when differs.
        Assert.Equal(Body(await own.Content.ReadAsByteArrayAsync()), Body(await page.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public void Cli_ScoreOutPdf_WritesThePdfOfTheSameResult()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ket-qua-{Guid.NewGuid():N}.pdf");
        var output = new StringWriter();

        var code = Scoring.Api.Cli.CliApp.Run(["score", "--criteria", "mau-2024", Repo.Path("samples", "workbooks", "mau-2024", BacSon + ".xlsx"),
            "--out", file, "--by", "Trần Thị Hương"], output);

        Assert.Equal(Scoring.Api.Cli.CliApp.Ok, code);
        using (var pdf = PdfDocument.Open(File.ReadAllBytes(file)))
        {
            var all = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("UBND quận Bắc Sơn", all);
            Assert.Contains("Lập bởi Trần Thị Hương", all);
            Assert.Contains("XẾP LOẠI", all);
        }
        File.Delete(file);
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    // The words of every page but the line saying who made it and when.
    private static string Body(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(p => System.Text.RegularExpressions.Regex.Replace(p.Text, "Lập bởi .*?\\(giờ Việt Nam\\)", "")));
    }
}
