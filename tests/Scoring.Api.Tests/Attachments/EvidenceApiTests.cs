using System.Net;
using System.Text.Json;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Xunit;

namespace Scoring.Api.Tests.Attachments;

/// <summary>Evidence files through the API (issue 17): attaching to items, listing, viewing and downloading with safe headers, who may
/// fetch them, nothing stored twice, and every bad input answered in Vietnamese with nothing stored.</summary>
public sealed class EvidenceApiTests : IDisposable
{
    private const string AnLac = "ubnd-huyen-an-lac";
    private const string Base = "/api/submissions/mau-2024/2024/" + AnLac + "/evidence";
    private readonly ScoringFactory _factory = new();

    public EvidenceApiTests() => _factory.ImportSampleAgencies();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Attach_Pdf_OwnStaffAndAuditorsSeeIt_OthersDoNot_AndNothingTwice()
    {
        var agency = _factory.ClientAs(Roles.Agency, AnLac);
        var pdf = EvidenceSamples.Pdf("ke-hoach");

        var first = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(pdf, "ke-hoach-12.pdf", "I.1", "II.1"));
        var again = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(pdf, "ke-hoach-12.pdf", "I.1", "II.1"));
        var list = await agency.GetAsync(ApiClient.Url(Base));
        var sha = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("sha256").GetString()!;
        var staff = await _factory.ClientAs(Roles.Staff).GetAsync(ApiClient.Url($"{Base}/{sha}"));
        var saved = await _factory.ClientAs(Roles.Auditor).GetAsync(ApiClient.Url($"{Base}/{sha}?download=true"));
        var other = _factory.ClientAs(Roles.Agency, "so-noi-vu");
        var otherList = await other.GetAsync(ApiClient.Url(Base));
        var otherFile = await other.GetAsync(ApiClient.Url($"{Base}/{sha}"));
        var otherAttach = await other.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(pdf, "ke-hoach-12.pdf", "I.1"));
        var unknown = await agency.GetAsync(ApiClient.Url($"{Base}/{new string('0', 64)}"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("không lưu lại lần nữa", await again.Content.ReadAsStringAsync());
        var links = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        Assert.Equal(["I.1", "II.1"], links.Select(l => l.GetProperty("item").GetString()));
        Assert.All(links, l => Assert.Equal("ke-hoach-12.pdf", l.GetProperty("fileName").GetString()));
        Assert.All(links, l => Assert.Equal("pdf", l.GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal("application/pdf", staff.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", staff.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", string.Join("", staff.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors 'self'", string.Join("", staff.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(pdf, await staff.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", saved.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("ke-hoach-12.pdf", saved.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.Forbidden, otherList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherFile.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherAttach.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("không có tệp kiểm chứng này", Detail(await unknown.Content.ReadAsStringAsync()));
        var audit = await _factory.Store.Audit.ForAgencyAsync(AnLac, CancellationToken.None);
        Assert.Single(audit, a => a.Action == "evidence.attach");
    }

    [Fact]
    public async Task Attach_Word_DownloadsAsAttachment_AndAnImageOpensSandboxed()
    {
        var agency = _factory.ClientAs(Roles.Agency, AnLac);

        var docx = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(EvidenceSamples.Docx(), "bien-ban.docx", "II.1"));
        var png = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(EvidenceSamples.Png(), "anh-hoi-nghi.png", "II.1"));
        var docxFile = await agency.GetAsync(ApiClient.Url($"{Base}/{Sha(await docx.Content.ReadAsStringAsync())}"));
        var pngFile = await agency.GetAsync(ApiClient.Url($"{Base}/{Sha(await png.Content.ReadAsStringAsync())}"));

        Assert.Equal(HttpStatusCode.Created, docx.StatusCode);
        Assert.Equal("attachment", docxFile.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docxFile.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", pngFile.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("image/png", pngFile.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sandbox", string.Join("", pngFile.Headers.GetValues("Content-Security-Policy")));
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        { "png", "bien-ban.pdf", "I.1", "nội dung là ảnh PNG" },
        { "program", "bao-cao.pdf", "I.1", "chương trình chạy được" },
        { "text", "ghi-chu.pdf", "I.1", "Nội dung tệp không phải PDF" },
        { "empty", "trong.pdf", "I.1", "rỗng (0 byte)" },
        { "macros", "bien-ban.docx", "I.1", "macro" },
        { "template", "bien-ban.docx", "I.1", "bên ngoài" },
        { "pdf", "ke-hoach.pdf", "IX.9", "Mã tiêu chí \"IX.9\" không có trong bộ tiêu chí mau-2024" },
        { "pdf", "ke-hoach.pdf", "", "Chưa chọn tiêu chí" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Attach_BadInput_SaysWhatAndWhere_AndStoresNothing(string kind, string fileName, string item, string expected)
    {
        var bytes = kind switch
        {
            "png" => EvidenceSamples.Png(),
            "program" => EvidenceSamples.Program(),
            "text" => "Báo cáo kết quả"u8.ToArray(),
            "empty" => [],
            "macros" => EvidenceSamples.Docx(macros: true),
            "template" => EvidenceSamples.Docx(remoteTemplate: true),
            _ => EvidenceSamples.Pdf(),
        };
        var agency = _factory.ClientAs(Roles.Agency, AnLac);

        var response = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(bytes, fileName, item.Length > 0 ? [item] : []));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = Detail(await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(fileName, detail);
        Assert.Empty(await _factory.Store.Evidence.ListAsync(AnLac, 2024, "mau-2024", CancellationToken.None));
        Assert.DoesNotContain(await _factory.Store.Audit.ForAgencyAsync(AnLac, CancellationToken.None), a => a.Action == "evidence.attach");
    }

    [Fact]
    public async Task Attach_AfterTheLock_RefusedWithWhoLocked()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/lock"), null)).StatusCode);

        var response = await _factory.ClientAs(Roles.Agency, AnLac).PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(EvidenceSamples.Pdf(), "ke-hoach.pdf", "I.1"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Đã khóa nộp bài năm 2024", Detail(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await _factory.Store.Evidence.ListAsync(AnLac, 2024, "mau-2024", CancellationToken.None));
    }

    [Fact]
    public async Task Stored_FilesAndLinks_AreNeverOverwrittenOrDeleted()
    {
        var agency = _factory.ClientAs(Roles.Agency, AnLac);
        Assert.Equal(HttpStatusCode.Created, (await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(EvidenceSamples.Pdf(), "ke-hoach.pdf", "I.1"))).StatusCode);

        await using var c = await _factory.Store.Database.OpenAsync(CancellationToken.None);
        foreach (var sql in new[] { "UPDATE evidence_files SET size = 1", "DELETE FROM evidence_files", "UPDATE evidence_links SET item_code = 'II.1'",
            "DELETE FROM evidence_links" })
        {
            var refused = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => Dapper.SqlMapper.ExecuteAsync(c, sql));
            Assert.Matches("never (overwritten|deleted)", refused.Message);
        }
        Assert.Single(await _factory.Store.Evidence.ListAsync(AnLac, 2024, "mau-2024", CancellationToken.None));
    }

    private static string Sha(string json) => JsonDocument.Parse(json).RootElement.GetProperty("sha256").GetString()!;

    private static string Detail(string json) => JsonDocument.Parse(json).RootElement.GetProperty("detail").GetString()!;
}
