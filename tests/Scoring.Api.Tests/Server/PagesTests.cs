using Scoring.Api.Host;
using Scoring.Api.Catalog;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OfficeOpenXml;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Server;

public sealed class PagesTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public PagesTests() => _factory.ImportSampleAgencies();

    public void Dispose() => _factory.Dispose();

    private static byte[] Sample(string agency) => File.ReadAllBytes(Repo.Path("samples", "workbooks", "mau-2024", agency + ".xlsx"));

    private static byte[] Corrected(byte[] bytes)
    {
        using var package = new ExcelPackage(new MemoryStream(bytes));
        var sheet = package.Workbook.Worksheets["Tự chấm điểm"];
        var row = Enumerable.Range(1, sheet.Dimension.End.Row).First(r => sheet.Cells[r, 1].Text.Trim() == "II.1");
        sheet.Cells[row, 6].Value = 4m;
        return package.GetAsByteArray();
    }

    [Fact]
    public async Task Agency_UploadsWithMistake_SeesEveryErrorWithCell_ThenCorrected_SeesScore()
    {
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, "so-lao-dong-tbxh");
        var page = await agency.GetAsync("/don-vi");
        Assert.Contains("<label for=\"file\">", page);
        Assert.Contains("Sở Lao động - Thương binh và Xã hội", page);

        var rejected = await agency.UploadAsync("/don-vi", Sample("so-lao-dong-tbxh"), "so-lao-dong-tbxh.xlsx");
        Assert.Contains("id=\"loi-tai-len\"", rejected);
        Assert.Contains("role=\"alert\"", rejected);
        Assert.Contains("ô F15", rejected);
        Assert.DoesNotContain("Đã nhận", rejected);

        var accepted = await agency.UploadAsync("/don-vi", Corrected(Sample("so-lao-dong-tbxh")), "so-lao-dong-tbxh-sua.xlsx");
        Assert.DoesNotContain("id=\"loi-tai-len\"", accepted);
        Assert.Contains("Đã nhận", accepted);
        Assert.Contains("id=\"tong-diem\"", accepted);
        Assert.Contains("id=\"xep-loai\"", accepted);
        Assert.Contains("bị từ chối", accepted);
        Assert.Contains("được nhận", accepted);
    }

    [Fact]
    public async Task Agency_DownloadsItsWorkbook_Prefilled()
    {
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, "so-tu-phap");
        var response = await agency.Http.GetAsync(new Uri("/don-vi?handler=Template&criteria=mau-2024&year=2024", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var package = new ExcelPackage(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal("so-tu-phap", package.Workbook.Worksheets["Tự chấm điểm"].Cells[4, 3].Text);
    }

    [Fact]
    public async Task Agency_UnknownCriteria_VietnameseMessageNotException()
    {
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, "so-tu-phap");
        var page = await agency.GetAsync("/don-vi?criteria=khong-co&year=2024");
        Assert.Contains("Không có bộ tiêu chí", page);
    }
}

public sealed class SeededPagesTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public SeededPagesTests() => _factory.SeedSamples();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Staff_SeesTrackerAndRankedTable_DownloadsReport()
    {
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);
        // 2024 is kept as history: its tracker still lists the sở and districts abolished in 2025.
        var tracker = await staff.GetAsync("/noi-vu?criteria=mau-2024&year=2024");
        Assert.Contains("so-lao-dong-tbxh", tracker);
        Assert.Contains("đã thẩm định", tracker);
        Assert.Contains("/noi-vu/tham-dinh?agency=ubnd-quan-bac-son", tracker);
        Assert.Contains("<label for=\"luot-year\">", tracker);

        var ranked = await staff.GetAsync("/xep-hang?run=1");
        Assert.Contains("id=\"bang-xep-hang\"", ranked);
        Assert.Contains("<th scope=\"col\" class=\"so\">Vị thứ</th>", ranked);
        Assert.Contains("UBND quận Bắc Sơn", ranked);

        // This year's official answer: the 2026 run, with the superior's part in its own column and the quota's reason.
        var official = System.Net.WebUtility.HtmlDecode(await staff.GetAsync("/xep-hang"));
        Assert.Contains("Lượt 2, năm 2026, bộ tiêu chí mau-2026", official);
        Assert.Contains("Phần do cấp trên đánh giá", official);
        Assert.Contains("UBND phường An Lạc", official);
        // The superior's points are entered like an appraisal but are not one: no 2026 line says it was appraised; 2024's do.
        Assert.DoesNotContain("Có điểm thẩm định", official);
        Assert.Contains("Có điểm thẩm định", ranked);
        // The abolished district is not ranked in 2026; it is named only as one of phường Bắc Sơn's predecessors, in "Năm trước (2024)".
        Assert.DoesNotContain("<th scope=\"row\" title=\"ubnd-quan-bac-son\">", official);
        Assert.Contains("<td class=\"nam-truoc\">UBND quận Bắc Sơn: 68,5 điểm", official);
        var thisYear = System.Net.WebUtility.HtmlDecode(await staff.GetAsync("/noi-vu"));
        Assert.Contains("năm 2026, bộ tiêu chí mau-2026", thisYear);
        Assert.DoesNotContain("so-lao-dong-tbxh", thisYear);

        var report = await staff.Http.GetAsync(new Uri("/xep-hang?handler=Report&run=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync(new Uri("/xep-hang?handler=Report&run=2", UriKind.Relative))).StatusCode);
        using var package = new ExcelPackage(new MemoryStream(await report.Content.ReadAsByteArrayAsync()));
        Assert.NotNull(package.Workbook.Worksheets["Tổng hợp"]);
    }

    [Fact]
    public async Task Staff_Appraises_CreatesAndPublishesRun()
    {
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);
        var view = await staff.GetAsync("/noi-vu/tham-dinh?agency=so-tu-phap&criteria=mau-2024&year=2024");
        Assert.Contains("id=\"diem-tc-II.1\"", view);
        const string page = "/noi-vu/tham-dinh?agency=so-tu-phap&criteria=mau-2024&year=2024";
        var body = await staff.SubmitAsync(page, page, PageClient.Appraisal(("II.1", "2,5", "Thiếu tài liệu kiểm chứng")));
        Assert.Contains("Đã ghi 1 điểm thẩm định của đơn vị so-tu-phap.", body);
        // A refresh of the page shown after the form repeats nothing, and says nothing twice.
        Assert.DoesNotContain("Đã ghi", await staff.GetAsync(page));
        var same = await staff.SubmitAsync(page, page, PageClient.Appraisal(("II.1", "2.5", "Bấm lại")));
        Assert.Contains("không ghi thêm thay đổi nào", same);
        Assert.Single(await _factory.Store.Submissions.AppraisalsAsync("so-tu-phap", 2024, "mau-2024", CancellationToken.None), a => a.ItemCode == "II.1");

        // Several rows at once, all or nothing: one wrong number and one off-step value refuse the save, each in its row; nothing is stored.
        var refused = await staff.PostFormAsync(page, page, PageClient.Appraisal(("I.1", "abc", "x"), ("II.1", "1,1", "x"), ("II.2", "3", "Đủ")));
        var bad = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("&quot;abc&quot;, không phải một số", bad);
        var offStep = await (await staff.PostFormAsync(page, page, PageClient.Appraisal(("II.1", "1,1", "x"), ("II.2", "3", "Đủ")))).Content.ReadAsStringAsync();
        Assert.Contains("không đúng bước chấm", offStep);
        Assert.Contains("<tr id=\"tc-II.1\" class=\"loi\">", offStep);
        Assert.Contains("value=\"1,1\"", offStep);
        Assert.Single(await _factory.Store.Submissions.AppraisalsAsync("so-tu-phap", 2024, "mau-2024", CancellationToken.None));
        var both = await staff.SubmitAsync(page, page, PageClient.Appraisal(("II.1", "2", "Bổ sung tài liệu"), ("II.2", "3", "Đủ")));
        Assert.Contains("Đã ghi 2 điểm thẩm định của đơn vị so-tu-phap.", both);

        var created = await staff.SubmitAsync("/noi-vu?handler=CreateRun", "/noi-vu", new Dictionary<string, string> { ["criteria"] = "mau-2024", ["year"] = "2024", ["group"] = "" });
        Assert.Contains("Đã tạo lượt xếp loại số 3", created);
        // A draft says so on the ranked page, and the auditor's lists keep drafts apart from published runs.
        Assert.Contains("BẢN NHÁP — lượt 3 chưa được công bố", await staff.GetAsync("/xep-hang?run=3"));
        var lists = await staff.GetAsync("/thanh-tra");
        var drafts = lists[lists.IndexOf("id=\"cac-ban-nhap\"", StringComparison.Ordinal)..];
        Assert.Contains("<th scope=\"row\">3</th>", drafts);
        Assert.DoesNotContain("<th scope=\"row\">3</th>", lists[..lists.IndexOf("id=\"cac-ban-nhap\"", StringComparison.Ordinal)]);
        var published = await staff.SubmitAsync("/noi-vu?handler=Publish&id=3", "/noi-vu", new Dictionary<string, string>());
        Assert.Contains("Đã công bố lượt xếp loại số 3. Thay thế lượt 1.", published);
        Assert.Equal(3, (await _factory.Store.Runs.ListAsync(CancellationToken.None)).Count);
        var official = await staff.GetAsync("/xep-hang?run=3");
        Assert.Contains("Lượt 3, năm 2024", official);
        Assert.DoesNotContain("BẢN NHÁP", official);
    }

    [Fact]
    public async Task Agency_IsRefusedStaffAndRankingPages()
    {
        var agency = await PageClient.SignInAsync(_factory, Roles.Agency, Scoring.Api.Host.SampleSeeder.DemoAgency);
        foreach (var path in new[] { "/noi-vu", "/xep-hang", "/thanh-tra", "/noi-vu/tham-dinh?agency=so-tu-phap" })
        {
            var response = await agency.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
        }
        var own = System.Net.WebUtility.HtmlDecode(await agency.GetAsync("/don-vi"));
        Assert.Contains("Đã khóa nộp bài năm 2026", own);
        // The commune's 2026 result shows the superior's part apart from its own.
        Assert.Contains("Phần do cấp trên đánh giá", own);
        Assert.Contains("id=\"phan-cap-tren\">10/10", own);
    }

    [Fact]
    public async Task Auditor_ReplaysAndDiffs_ButCannotLock()
    {
        var auditor = await PageClient.SignInAsync(_factory, Roles.Auditor);
        Assert.Contains("id=\"cac-luot\"", await auditor.GetAsync("/thanh-tra"));
        var replay = await auditor.GetAsync("/thanh-tra?handler=Replay&run=1");
        Assert.Contains("<strong>Khớp</strong>", replay);
        // This year's run (superior's points, quotas) replays from its frozen version too, on the page and from the CLI.
        Assert.Contains("<strong>Khớp</strong>", await auditor.GetAsync("/thanh-tra?handler=Replay&run=2"));
        var cli = new StringWriter();
        Assert.Equal(Scoring.Api.Cli.CliApp.Ok, Scoring.Api.Cli.CliApp.Run(["runs", "replay", "2", "--db", _factory.DatabasePath], cli));
        Assert.StartsWith("khớp: lượt 2", cli.ToString(), StringComparison.Ordinal);
        const string other = "mau-2023";
        var diff = await auditor.GetAsync($"/thanh-tra?handler=Diff&run=1&other={other}");
        Assert.Contains("id=\"bang-so-sanh\"", diff);
        Assert.Contains("UBND quận Bắc Sơn", diff);

        var locked = await auditor.PostFormAsync("/noi-vu?handler=Lock&criteria=mau-2024&year=2024", "/thanh-tra", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, locked.StatusCode);
    }
}
