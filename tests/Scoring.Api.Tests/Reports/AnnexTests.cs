using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeOpenXml;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>The report's first sheet is the annex of the classification decision (issue 16, part 1): the issuing body, the national name and
/// motto, the place and date, the title with the year, the "(Kèm theo Quyết định …)" line from what was recorded at publication, one block per
/// group with the decree's columns, comma decimals, the signature block; "DỰ THẢO" on a draft; printed as the decree says.</summary>
public sealed class AnnexTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public AnnexTests() => _factory.ImportSampleAgencies();

    public void Dispose() => _factory.Dispose();

    private async Task<long> LockedRunAsync(HttpClient staff)
    {
        foreach (var agency in new[] { "so-noi-vu", "so-tu-phap", "ubnd-huyen-an-lac" })
        {
            Assert.Equal(HttpStatusCode.Created, (await ApiClient.UploadAsync(staff, agency)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(ApiClient.Url("/api/submissions/mau-2024/2024/lock"), null)).StatusCode);
        var created = await staff.PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("""{"year":2024,"criteria":"mau-2024","knowingly":true}"""));
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static List<string> Texts(ExcelWorksheet ws) =>
        [.. Enumerable.Range(1, ws.Dimension.End.Row).SelectMany(r => Enumerable.Range(1, ws.Dimension.End.Column).Select(c => ws.Cells[r, c].Text)).Where(t => t.Length > 0)];

    [Fact]
    public async Task PublishedWithItsDecision_TheAnnexCarriesItAndPrintsAsTheDecreeSays()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        var id = await LockedRunAsync(staff);
        var published = await staff.PostAsync(ApiClient.Url($"/api/runs/{id}/publish"), ApiClient.Json("""
            {"decisionNumber":"18/QĐ-SNV","decisionDate":"05/02/2025","signerTitle":"Giám đốc","signerName":"Nguyễn Thị Hồng Nhung",
             "issuer":"Ủy ban nhân dân tỉnh Mẫu\nSở Nội vụ","place":"Tỉnh Mẫu"}
            """));
        var report = await staff.GetAsync(ApiClient.Url($"/api/runs/{id}/report"));

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("18/QĐ-SNV", (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decision").GetProperty("number").GetString());
        using var package = new ExcelPackage(new MemoryStream(await report.Content.ReadAsByteArrayAsync()));
        var ws = package.Workbook.Worksheets.First();
        Assert.Equal("Phụ lục", ws.Name);
        var texts = Texts(ws);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH MẪU", ws.Cells[1, 1].Text);
        Assert.Equal("SỞ NỘI VỤ", ws.Cells[2, 1].Text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", texts);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", texts);
        Assert.Contains("Tỉnh Mẫu, ngày 05 tháng 02 năm 2025", texts);
        Assert.Contains("KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CÔNG TÁC DÂN VẬN NĂM 2024", texts);
        Assert.Contains("(Kèm theo Quyết định số 18/QĐ-SNV ngày 05/02/2025 của Sở Nội vụ)", texts);
        Assert.DoesNotContain("DỰ THẢO", texts);
        var header = Enumerable.Range(1, ws.Dimension.End.Row).Single(r => ws.Cells[r, 1].Text == "STT");
        Assert.Equal(["STT", "Tên cơ quan, đơn vị", "Điểm tự chấm", "Điểm thẩm định", "Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp loại", "Vị thứ", "Ghi chú"],
            Enumerable.Range(1, 10).Select(c => ws.Cells[header, c].Text));
        Assert.Equal("I. Sở, ban, ngành", ws.Cells[header + 1, 1].Text);
        Assert.Contains("Sở Tư pháp", texts);
        Assert.Contains("II. UBND quận, huyện", texts);
        Assert.Contains("UBND huyện An Lạc", texts);
        // mau-2024 rounds totals to 0,01: two decimals with a comma, never a dot.
        var totals = Enumerable.Range(header + 1, ws.Dimension.End.Row - header).Select(r => ws.Cells[r, 7].Text).Where(t => t.Length > 0 && t != "—").ToList();
        Assert.NotEmpty(totals);
        Assert.All(totals, t => Assert.Matches(@"^\d+,\d\d$", t));
        Assert.Contains("GIÁM ĐỐC", texts);
        Assert.Contains("Nguyễn Thị Hồng Nhung", texts);
        Assert.Equal("Times New Roman", ws.Cells[header + 2, 2].Style.Font.Name);
        Assert.True(ws.Cells[header + 2, 2].Style.Font.Size >= 10);
        Assert.Equal(eOrientation.Landscape, ws.PrinterSettings.Orientation);
        Assert.Equal(ePaperSize.A4, ws.PrinterSettings.PaperSize);
        Assert.Equal($"'Phụ lục'!${header}:${header}", ws.PrinterSettings.RepeatRows.Address);
        Assert.True(ws.HeaderFooter.differentFirst);
        Assert.Equal("&P", ws.HeaderFooter.OddHeader.CenteredText);
        Assert.Equal(1.18m, ws.PrinterSettings.LeftMargin);
        // The detail sheet starts each agency on a new printed page: a break after every agency but the last.
        var detail = package.Workbook.Worksheets["Chi tiết"];
        var breaks = Enumerable.Range(2, detail.Dimension.End.Row - 1).Where(r => detail.Row(r).PageBreak).ToList();
        var agencies = Enumerable.Range(2, detail.Dimension.End.Row - 1).Select(r => detail.Cells[r, 1].Text).Distinct().Count();
        Assert.True(agencies > 3);
        Assert.Equal(agencies - 1, breaks.Count);
        Assert.All(breaks, r => Assert.NotEqual(detail.Cells[r, 1].Text, detail.Cells[r + 1, 1].Text));
        // One font in every sheet of the report.
        Assert.All(package.Workbook.Worksheets, sheet => Assert.Equal("Times New Roman", sheet.Cells[sheet.Dimension.End.Row, 1].Style.Font.Name));
    }

    [Fact]
    public async Task Draft_SaysDuThaoOnEveryPage_AndLeavesTheDecisionToBeWrittenByHand()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        var id = await LockedRunAsync(staff);

        var report = await staff.GetAsync(ApiClient.Url($"/api/runs/{id}/report"));

        using var package = new ExcelPackage(new MemoryStream(await report.Content.ReadAsByteArrayAsync()));
        var ws = package.Workbook.Worksheets["Phụ lục"];
        var texts = Texts(ws);
        Assert.Contains("DỰ THẢO", texts);
        Assert.Equal("DỰ THẢO", ws.HeaderFooter.OddHeader.RightAlignedText);
        Assert.Equal("DỰ THẢO", ws.HeaderFooter.FirstHeader.RightAlignedText);
        Assert.Contains("(Kèm theo Quyết định số ……/QĐ-…… ngày …/…/……)", texts);
        Assert.Contains("……, ngày … tháng … năm ……", texts);
        // The PDF of a draft says so at the top of every page.
        var pdf = await staff.GetAsync(ApiClient.Url($"/api/runs/{id}/report?format=pdf"));
        Assert.EndsWith("-ban-nhap.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        Assert.All(document.GetPages(), page => Assert.Contains("DỰ THẢO", page.Text));
        var unknown = await staff.GetAsync(ApiClient.Url($"/api/runs/{id}/report?format=doc"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Định dạng", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Publish_BadDecisionDate_VietnameseAndNothingPublished_ThenTheDecisionNeverChanges()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        var id = await LockedRunAsync(staff);

        var bad = await staff.PostAsync(ApiClient.Url($"/api/runs/{id}/publish"), ApiClient.Json("""{"decisionNumber":"1/QĐ","decisionDate":"31/02/2025"}"""));
        var state = await staff.GetFromJsonAsync<JsonElement>(ApiClient.Url($"/api/runs/{id}"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Ngày quyết định \"31/02/2025\" không đúng dạng ngày/tháng/năm", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("draft", state.GetProperty("run").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(ApiClient.Url($"/api/runs/{id}/publish"), ApiClient.Json("""{"decisionNumber":"1/QĐ-SNV"}"""))).StatusCode);
        await using var c = await _factory.Store.Database.OpenAsync(CancellationToken.None);
        var changed = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
            Dapper.SqlMapper.ExecuteAsync(c, "UPDATE runs SET decision_number = '2/QĐ-SNV' WHERE id = @Id", new { Id = id }));
        Assert.Contains("a published run never changes", changed.Message);
    }

    [Fact]
    public async Task PublishForm_OffersTheOfficeDefaults_AndRecordsTheDecisionTyped()
    {
        // The office's settings are read when the server starts: a server of its own.
        using var factory = new ScoringFactory();
        factory.Settings["Scoring:Office:Issuer"] = "Ủy ban nhân dân tỉnh Mẫu\nSở Nội vụ";
        factory.Settings["Scoring:Office:SignerTitle"] = "Giám đốc";
        factory.ImportSampleAgencies();
        var id = await LockedRunAsync(factory.ClientAs(Roles.Staff));
        var staff = await PageClient.SignInAsync(factory, Roles.Staff);

        var form = await staff.GetAsync("/noi-vu?criteria=mau-2024&year=2024");
        var bad = await staff.SubmitAsync($"/noi-vu?handler=Publish&id={id}&criteria=mau-2024&year=2024", "/noi-vu?criteria=mau-2024&year=2024",
            new Dictionary<string, string> { ["decisionNumber"] = "7/QĐ-SNV", ["decisionDate"] = "ngày mai" });
        var done = await staff.SubmitAsync($"/noi-vu?handler=Publish&id={id}&criteria=mau-2024&year=2024", "/noi-vu?criteria=mau-2024&year=2024",
            new Dictionary<string, string> { ["decisionNumber"] = "7/QĐ-SNV", ["decisionDate"] = "03/03/2025", ["signerTitle"] = "Giám đốc", ["signerName"] = "Trần Văn Ánh" });

        Assert.Contains("Ủy ban nhân dân tỉnh Mẫu", System.Net.WebUtility.HtmlDecode(form));
        Assert.Contains($"id=\"chuc-danh-{id}\" name=\"signerTitle\" type=\"text\" value=\"Giám đốc\"", System.Net.WebUtility.HtmlDecode(form));
        Assert.Contains("ngày quyết định &quot;ngày mai&quot; không đúng dạng ngày/tháng/năm", bad);
        Assert.Contains($"Đã công bố lượt xếp loại số {id}.", done);
        Assert.Contains("Kèm theo Quyết định số 7/QĐ-SNV ngày 03/03/2025, người ký: Giám đốc Trần Văn Ánh.",
            System.Net.WebUtility.HtmlDecode(await staff.GetAsync($"/xep-hang?run={id}")));
        var run = (await factory.Store.Runs.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(new RunDecision("7/QĐ-SNV", new DateOnly(2025, 3, 3), "Giám đốc", "Trần Văn Ánh"), run.Decision);
    }
}
