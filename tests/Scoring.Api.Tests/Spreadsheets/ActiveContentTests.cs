using System.Buffers.Binary;
using System.Net;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>Content that acts when staff open a stored upload is refused with a Vietnamese reason, over HTTP: links to other files, data
/// connections, embedded objects, ActiveX, pivot caches, images declaring huge dimensions, and formulas typed into input cells.</summary>
public sealed class ActiveContentTests : IDisposable
{
    private const string AnLac = "ubnd-huyen-an-lac";
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static byte[] Sample => File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", AnLac + ".xlsx"));

    private async Task<(HttpStatusCode Status, string Body)> UploadAsync(byte[] bytes)
    {
        _factory.ImportSampleAgencies();
        var staff = _factory.ClientAs(Roles.Staff);
        var response = await ApiClient.UploadBytesAsync(staff, AnLac, bytes);
        return (response.StatusCode, System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("xl/externalLinks/externalLink1.xml", "liên kết tới tệp khác (external link)")]
    [InlineData("xl/connections.xml", "kết nối dữ liệu tự làm mới (data connection)")]
    [InlineData("xl/embeddings/oleObject1.bin", "đối tượng hoặc tệp nhúng (OLE)")]
    [InlineData("xl/activeX/activeX1.xml", "điều khiển ActiveX")]
    [InlineData("xl/pivotCache/pivotCacheDefinition1.xml", "bảng tổng hợp (PivotTable)")]
    public async Task Upload_ActiveContent_RefusedNamingIt(string part, string named)
    {
        var bytes = UploadFiles.AddEntries(Sample, (part, s => s.Write("<x/>"u8)));

        var (status, body) = await UploadAsync(bytes);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Sổ có nội dung tự hoạt động khi mở, hệ thống không nhận: " + named, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ImageDeclaringAHundredThousandPixelsSquare_Refused()
    {
        var png = new byte[33];
        (new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }).CopyTo(png, 0);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8), 13);
        "IHDR"u8.CopyTo(png.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 100_000);
        var bytes = UploadFiles.AddEntries(Sample, ("xl/media/image1.png", s => s.Write(png)));

        var (status, body) = await UploadAsync(bytes);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Hình ảnh xl/media/image1.png khai báo kích thước 100000 × 100000 điểm ảnh", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_FormulaInAnInputCell_RefusedAtTheCell()
    {
        var bytes = Workbooks.Edit(Sample, s => s.Cells[Workbooks.Row(s, "II.1"), TemplateLayout.Points].Formula = "2+2");

        var (status, body) = await UploadAsync(bytes);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("trang tính \"Tự chấm điểm\", ô F15\",\"code\":\"II.1\"", body, StringComparison.Ordinal);
        Assert.Contains("Ô nhập liệu chứa công thức \"=2+2\": chỉ nhận giá trị gõ trực tiếp", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_TheSampleWithItsOwnFormulas_Accepted()
    {
        // The template's own formulas (points of yes-no, count, tiers and formula items, the totals) are not input cells.
        var (status, body) = await UploadAsync(Sample);

        Assert.True(status == HttpStatusCode.Created, body);
    }
}
