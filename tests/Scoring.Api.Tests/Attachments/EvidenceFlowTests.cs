using System.Net;
using OfficeOpenXml;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Scoring.Api.Tests.Spreadsheets;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Attachments;

/// <summary>Evidence in the year's flow (issue 17): a required evidence met by an attached file, the appraiser seeing and opening the files
/// beside each item and in the appraisal workbook, the agency attaching from its page, files kept when the submission is withdrawn, and
/// the limits per file and per submission.</summary>
public sealed class EvidenceFlowTests : IDisposable
{
    private const string AnLac = "ubnd-huyen-an-lac";
    private const string Base = "/api/submissions/mau-2024/2024/" + AnLac + "/evidence";
    private const string Appraisal = "/noi-vu/tham-dinh?agency=" + AnLac + "&criteria=mau-2024&year=2024";
    private readonly ScoringFactory _factory = new();

    public EvidenceFlowTests() => _factory.ImportSampleAgencies();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task RequiredEvidence_MetByAnAttachedFile_ThenTheAppraiserSeesAndOpensIt()
    {
        var c = Criteria.Shipped("mau-2024");
        var workbook = Workbooks.Edit(Workbooks.Filled(c, Workbooks.Sample(c, AnLac)), s => s.Cells[Workbooks.Row(s, "I.1"), 7].Value = null);
        var agency = _factory.ClientAs(Roles.Agency, AnLac);

        var refused = await ApiClient.UploadBytesAsync(agency, AnLac, workbook);
        var attached = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(EvidenceSamples.Pdf(), "ke-hoach-12.pdf", "I.1"));
        var accepted = await ApiClient.UploadBytesAsync(agency, AnLac, workbook);
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);
        var page = WebUtility.HtmlDecode(await staff.GetAsync(Appraisal));
        var link = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/noi-vu/tham-dinh\\?handler=Evidence[^\"]+)\"").Groups[1].Value;
        var opened = await staff.Http.GetAsync(ApiClient.Url(link));
        var sheet = await staff.Http.GetAsync(ApiClient.Url(Appraisal + "&handler=Workbook"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Thiếu tài liệu kiểm chứng", problem);
        Assert.Contains("đính kèm tệp kiểm chứng", problem);
        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        // The stored answers name the file that stands for the document reference.
        Assert.Contains("Tệp đính kèm: ke-hoach-12.pdf", page);
        Assert.Contains(">ke-hoach-12.pdf</a>", page);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("application/pdf", opened.Content.Headers.ContentType?.MediaType);
        Assert.Equal(EvidenceSamples.Pdf(), await opened.Content.ReadAsByteArrayAsync());
        using var package = new ExcelPackage(new MemoryStream(await sheet.Content.ReadAsByteArrayAsync()));
        var list = package.Workbook.Worksheets["Tài liệu kiểm chứng"];
        Assert.NotNull(list);
        Assert.Equal("I.1", list.Cells[2, 1].Text);
        Assert.Equal("ke-hoach-12.pdf", list.Cells[2, 3].Text);
        Assert.Equal(64, list.Cells[2, 6].Text.Length);
    }

    [Fact]
    public async Task AgencyPage_AttachesAFile_ListsIt_AndKeepsItWhenWithdrawn()
    {
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(_factory.ClientAs(Roles.Agency, AnLac), AnLac)).StatusCode);
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, AnLac);
        const string page = "/don-vi?criteria=mau-2024&year=2024";
        var html = await agency.GetAsync(page);
        using var form = EvidenceSamples.Form(EvidenceSamples.Png(), "anh-hoi-nghi.png", "II.1", "II.2");
        form.Add(new StringContent(PageClient.Antiforgery(html)), "__RequestVerificationToken");

        var posted = await agency.Http.PostAsync(ApiClient.Url("/don-vi?handler=Evidence&criteria=mau-2024&year=2024"), form);
        var after = WebUtility.HtmlDecode(await agency.GetAsync(posted.Headers.Location!.OriginalString));
        var withdrawn = await _factory.ClientAs(Roles.Agency, AnLac).PostAsync(ApiClient.Url($"/api/submissions/mau-2024/2024/{AnLac}/withdraw"), null);

        Assert.Contains("Tài liệu kiểm chứng", html);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Đã đính kèm tệp anh-hoi-nghi.png cho các tiêu chí II.1, II.2.", after);
        Assert.Contains("id=\"tep-kiem-chung\"", after);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(2, (await _factory.Store.Evidence.ListAsync(AnLac, 2024, "mau-2024", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Limits_PerFileAndPerSubmission_AreConfigurable_AndRefusedInWords()
    {
        using var factory = new ScoringFactory();
        factory.Settings["Scoring:Evidence:MaxFileMegabytes"] = "1";
        factory.Settings["Scoring:Evidence:MaxSubmissionMegabytes"] = "2";
        factory.ImportSampleAgencies();
        var agency = factory.ClientAs(Roles.Agency, AnLac);

        var large = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(EvidenceSamples.Pdf("lon", 1_200_000), "lon.pdf", "I.1"));
        var one = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(EvidenceSamples.Pdf("1", 900_000), "mot.pdf", "I.1"));
        var two = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(EvidenceSamples.Pdf("2", 900_000), "hai.pdf", "I.1"));
        var three = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(EvidenceSamples.Pdf("3", 900_000), "ba.pdf", "I.1"));
        // The same file again for another item takes no more room.
        var again = await agency.PostAsync(ApiClient.Url(Base), EvidenceSamples.Form(EvidenceSamples.Pdf("2", 900_000), "hai.pdf", "II.1"));

        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("vượt giới hạn 1 MB", await large.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, one.StatusCode);
        Assert.Equal(HttpStatusCode.Created, two.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, three.StatusCode);
        Assert.Contains("Đã đủ dung lượng tệp kiểm chứng", await three.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(3, (await factory.Store.Evidence.ListAsync(AnLac, 2024, "mau-2024", CancellationToken.None)).Count);
    }
}
