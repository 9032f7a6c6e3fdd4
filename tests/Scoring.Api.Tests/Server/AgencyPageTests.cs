using System.Net;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The agency's page (issue 15, part 4): the deadline, its state in a sentence, withdraw before the lock, and no upload form when
/// uploads are closed, with the reason.</summary>
public sealed class AgencyPageTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Submitted_StateExplainedDeadlineShown_WithdrawOnThePageThenStateSaysSo()
    {
        _factory.ImportSampleAgencies();
        Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(_factory.ClientAs(Roles.Staff), "so-noi-vu")).StatusCode);
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, "so-noi-vu");
        const string Page = "/don-vi?criteria=mau-2024&year=2024";

        var before = await agency.GetAsync(Page);
        var after = await agency.SubmitAsync("/don-vi?handler=Withdraw&criteria=mau-2024&year=2024", Page, new Dictionary<string, string>());
        var refreshed = await agency.GetAsync(Page);

        Assert.Contains("Đã quá hạn nộp (trước ngày 01/12/2024). Bài nộp muộn vẫn được nhận nhưng được ghi là nộp muộn.", before);
        Assert.Contains("Đã nộp. Trước khi cơ quan Nội vụ khóa, đơn vị vẫn nộp lại được", before);
        Assert.Contains("data-confirm=\"Rút bài nộp năm 2024?", before);
        Assert.Contains("Đã rút bài nộp năm 2024", after);
        Assert.Contains("Đơn vị đã rút bài", after);
        Assert.DoesNotContain("Rút bài nộp</button>", after);
        Assert.DoesNotContain("Đã rút bài nộp năm 2024", refreshed);
        Assert.Equal(Scoring.Engine.Workflow.SubmissionState.Withdrawn, (await _factory.Store.Submissions.ListAsync(2024, "mau-2024", CancellationToken.None)).Single().State);
    }

    [Fact]
    public async Task PastADeadlineThatRefusesLateUploads_NoUploadFormAndTheReason()
    {
        _factory.ImportSampleAgencies();
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, "so-noi-vu");

        var page = await agency.GetAsync("/don-vi?criteria=mau-2023&year=2023");

        Assert.Contains("id=\"qua-han\"", page);
        Assert.Contains("Bài nộp muộn không được nhận", page);
        Assert.DoesNotContain("handler=Upload", page);
        Assert.Contains("Đơn vị chưa nộp bài năm 2023", page);
    }

    [Fact]
    public async Task Samples_EachUploadRecordedAsTheAgencysNotItsCode()
    {
        _factory.SeedSamples();

        var uploads = (await _factory.Store.Audit.ForAgencyAsync("ubnd-quan-bac-son", CancellationToken.None))
            .Where(a => a.Action is "submission.upload" or "submission.reject").ToList();

        Assert.NotEmpty(uploads);
        Assert.All(uploads, a => Assert.Equal("UBND quận Bắc Sơn (mẫu)", a.Actor));
    }

    [Fact]
    public async Task ResultWorkbook_OwnResultAppraisedAndInVietnamTime_OrWhyNot()
    {
        _factory.SeedSamples();
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, "ubnd-quan-bac-son");
        var other = await PageClient.SignInAsync(_factory, Roles.Agency, "ban-quan-ly-du-an");

        var page = await agency.GetAsync("/don-vi?criteria=mau-2024&year=2024");
        var file = await agency.Http.GetAsync(new Uri("/don-vi?handler=Result&criteria=mau-2024&year=2024", UriKind.Relative));
        var none = await other.Http.GetAsync(new Uri("/don-vi?handler=Result&criteria=mau-2024&year=2024", UriKind.Relative));

        Assert.Contains("Tải kết quả chi tiết (.xlsx)", page);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("ket-qua-ubnd-quan-bac-son-2024-mau-2024.xlsx", file.Content.Headers.ContentDisposition?.FileNameStar);
        using var package = new OfficeOpenXml.ExcelPackage(new MemoryStream(await file.Content.ReadAsByteArrayAsync()));
        var sheet = package.Workbook.Worksheets["Kết quả"];
        var cells = Enumerable.Range(1, sheet.Dimension.End.Row).SelectMany(r => Enumerable.Range(1, 11).Select(c => sheet.Cells[r, c].Text)).ToList();
        Assert.Contains(cells, t => t.Contains("UBND quận Bắc Sơn", StringComparison.Ordinal));
        Assert.Contains(cells, t => t.Contains("(giờ Việt Nam)", StringComparison.Ordinal));
        // The sample appraisal of II.1 (3 points) is in it, with its reason.
        Assert.Contains("Chưa có báo cáo kết quả tuyên truyền Nghị quyết 43-NQ/TW", cells);
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        Assert.Contains("chưa có tệp nào được nhận năm 2024", System.Net.WebUtility.HtmlDecode(await other.GetAsync(none.Headers.Location!.OriginalString)));
    }
}
