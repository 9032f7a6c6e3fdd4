using System.Net;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using UglyToad.PdfPig;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>The annex as a PDF (issue 16, part 3), read back with PdfPig as a reader would: the header block, the year, the decision's line,
/// the columns, Vietnamese names with all their diacritics (the embedded font has every letter), comma decimals, page numbers from the
/// second page, and the same file from the API, the page and the CLI.</summary>
public sealed class AnnexPdfTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public AnnexPdfTests() => _factory.SeedSamples();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SampleRun_AnnexPdf_ReadsAsTheDecisionsAnnex()
    {
        var api = await _factory.ClientAs(Roles.Auditor).GetAsync(ApiClient.Url("/api/runs/2/report?format=pdf"));
        var auditor = await PageClient.SignInAsync(_factory, Roles.Auditor);
        var page = await auditor.Http.GetAsync(new Uri("/xep-hang?handler=Annex&run=2", UriKind.Relative));
        var file = Path.Combine(Path.GetTempPath(), $"phu-luc-{Guid.NewGuid():N}.pdf");
        var cli = new StringWriter();
        var code = Scoring.Api.Cli.CliApp.Run(["runs", "report", "2", "--pdf", "--out", file, "--db", _factory.DatabasePath], cli);

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("application/pdf", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal("phu-luc-luot-2-2026-mau-2026.pdf", api.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await api.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(Scoring.Api.Cli.CliApp.Ok, code);
        Assert.Equal(Text(bytes), Text(await page.Content.ReadAsByteArrayAsync()));
        Assert.Equal(Text(bytes), Text(File.ReadAllBytes(file)));
        // The same run gives the same file, whoever asks and when.
        Assert.Equal(bytes, File.ReadAllBytes(file));
        File.Copy(file, Path.Combine(Path.GetTempPath(), "phu-luc-mau-2026.pdf"), overwrite: true);
        File.Delete(file);
        using var pdf = PdfDocument.Open(bytes);
        var first = pdf.GetPage(1).Text;
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH MẪU", first);
        Assert.Contains("SỞ NỘI VỤ", first);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", first);
        Assert.Contains("Tỉnh Mẫu, ngày 30 tháng 11 năm 2026", first);
        Assert.Contains("KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CÔNG TÁC DÂN VẬN NĂM 2026", first);
        Assert.Contains("(Kèm theo Quyết định số 9/QĐ-SNV ngày 30/11/2026 của Sở Nội vụ)", first);
        // Headers wrap inside their cells: compared without the spaces and line ends between their words.
        Assert.Contains(Squash("Tên cơ quan, đơn vị"), Squash(first));
        Assert.Contains(Squash("Phần do cấp trên đánh giá"), Squash(first));
        Assert.Contains("I. Sở, ban, ngành và tương đương", first);
        Assert.Contains(Squash("Ban Quản lý các dự án đầu tư xây dựng thành phố"), Squash(first));
        Assert.DoesNotContain("DỰ THẢO", first);
        var all = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("UBND đặc khu Hòn Ngọc", all);
        Assert.Contains("Nguyễn Văn Mẫu", all);
        Assert.Matches(@"\d+,\d", all);
        // Page numbers at the top from the second page; none on the first.
        Assert.True(pdf.NumberOfPages >= 1);
        foreach (var p in pdf.GetPages().Skip(1))
        {
            Assert.Contains(p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Text);
        }
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
