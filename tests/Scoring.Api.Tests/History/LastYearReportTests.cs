using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeOpenXml;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Xunit;

namespace Scoring.Api.Tests.History;

/// <summary>The report's "Năm trước" columns (issue 19, part 2), read by opening the workbook: the 2026 run's ranked sheets give last
/// year's result, the change in points and in rank, and the note for an agency formed from others; the 2024 run (nothing before it) has
/// no such columns; and a published run's report keeps the comparison it was published with when last year is corrected afterwards.</summary>
public sealed class LastYearReportTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public LastYearReportTests() => _factory.SeedSamples();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Report2026_HasLastYearAndTheChange_Report2024_HasNone()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        var now = await LastYearApiTests.ResultsAsync(staff, 2);
        var then = await LastYearApiTests.ResultsAsync(staff, 1);
        using var report = new ExcelPackage(new MemoryStream(await staff.GetByteArrayAsync(ApiClient.Url("/api/runs/2/report"))));

        var so = Sheet(report, "SỞ, BAN, NGÀNH");
        var columns = Headers(so);
        var noiVu = Row(so, "so-noi-vu");
        Assert.Equal($"{Vi(then["so-noi-vu"].Total)} điểm, {Class(then, "so-noi-vu")}, hạng {then["so-noi-vu"].Rank}", so.Cells[noiVu, columns["Năm trước (2024)"]].Text);
        Assert.Equal(now["so-noi-vu"].Total - then["so-noi-vu"].Total, Convert.ToDecimal(so.Cells[noiVu, columns["Thay đổi điểm"]].Value, CultureInfo.InvariantCulture));
        Assert.Equal((decimal)(then["so-noi-vu"].Rank! - now["so-noi-vu"].Rank!), Convert.ToDecimal(so.Cells[noiVu, columns["Thay đổi vị thứ"]].Value, CultureInfo.InvariantCulture));
        Assert.StartsWith("+", so.Cells[noiVu, columns["Thay đổi điểm"]].Style.Numberformat.Format, StringComparison.Ordinal);
        var renamed = Row(so, "so-nong-nghiep-moi-truong");
        Assert.Equal($"Sở Tài nguyên và Môi trường: {Vi(then["so-tai-nguyen-moi-truong"].Total)} điểm, {Class(then, "so-tai-nguyen-moi-truong")}, hạng {then["so-tai-nguyen-moi-truong"].Rank}\nNăm 2024 là Sở Tài nguyên và Môi trường.",
            so.Cells[renamed, columns["Năm trước (2024)"]].Text);
        Assert.Equal(now["so-nong-nghiep-moi-truong"].Total - then["so-tai-nguyen-moi-truong"].Total, Convert.ToDecimal(so.Cells[renamed, columns["Thay đổi điểm"]].Value, CultureInfo.InvariantCulture));

        var xa = Sheet(report, "UBND XÃ, PHƯỜNG");
        var xaColumns = Headers(xa);
        var merged = Row(xa, "ubnd-phuong-bac-son");
        var text = xa.Cells[merged, xaColumns["Năm trước (2024)"]].Text;
        Assert.Contains($"UBND quận Bắc Sơn: {Vi(then["ubnd-quan-bac-son"].Total)} điểm", text, StringComparison.Ordinal);
        Assert.Contains($"UBND quận Đông Hải: {Vi(then["ubnd-quan-dong-hai"].Total)} điểm", text, StringComparison.Ordinal);
        Assert.EndsWith("Hợp nhất từ 2 đơn vị có kết quả năm 2024. Không tính thay đổi: không phải cùng một đơn vị.", text, StringComparison.Ordinal);
        Assert.Null(xa.Cells[merged, xaColumns["Thay đổi điểm"]].Value);
        Assert.Null(xa.Cells[merged, xaColumns["Thay đổi vị thứ"]].Value);
        Assert.Equal("Đơn vị mới: năm 2024 chưa có kết quả.", xa.Cells[Row(xa, "ubnd-dac-khu-hon-ngoc"), xaColumns["Năm trước (2024)"]].Text);

        using var old = new ExcelPackage(new MemoryStream(await staff.GetByteArrayAsync(ApiClient.Url("/api/runs/1/report"))));
        Assert.DoesNotContain(Headers(Sheet(old, "SỞ, BAN, NGÀNH")).Keys, h => h.StartsWith("Năm trước", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APublishedRunsReport_KeepsTheComparisonItWasPublishedWith()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        var before = await staff.GetByteArrayAsync(ApiClient.Url("/api/runs/2/report"));
        var lastYearBefore = await staff.GetStringAsync(ApiClient.Url("/api/runs/2/last-year"));

        // 2024 corrected after 2026 was published: Sở Nội vụ's II.1 appraised down, a new 2024 run published.
        var appraised = await staff.PostAsync(ApiClient.Url("/api/appraisals/mau-2024/2024/so-noi-vu"), ApiClient.Json("""{"item":"II.1","points":1,"reason":"Đính chính sau kiểm tra"}"""));
        var created = await staff.PostAsync(ApiClient.Url("/api/runs"), ApiClient.Json("""{"year":2024,"criteria":"mau-2024"}"""));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var published = await staff.PostAsync(ApiClient.Url($"/api/runs/{id}/publish"), null);
        Assert.Equal(HttpStatusCode.OK, appraised.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var corrected = await LastYearApiTests.ResultsAsync(staff, id);
        var original = await LastYearApiTests.ResultsAsync(staff, 1);
        Assert.NotEqual(original["so-noi-vu"].Total, corrected["so-noi-vu"].Total);

        Assert.Equal(before, await staff.GetByteArrayAsync(ApiClient.Url("/api/runs/2/report")));
        Assert.Equal(lastYearBefore, await staff.GetStringAsync(ApiClient.Url("/api/runs/2/last-year")));
        // The ranked page still opens on this year, not on the correction of last year published after it.
        var page = System.Net.WebUtility.HtmlDecode(await (await PageClient.SignInAsync(_factory, Roles.Staff)).GetAsync("/xep-hang"));
        Assert.Contains("Lượt 2, năm 2026, bộ tiêu chí mau-2026", page, StringComparison.Ordinal);
        // The agency's history, which is not a published document, shows 2024 as it stands now.
        using var history = JsonDocument.Parse(await staff.GetStringAsync(ApiClient.Url("/api/agencies/so-noi-vu/history")));
        var y2024 = history.RootElement.GetProperty("years").EnumerateArray().First(y => y.GetProperty("year").GetInt32() == 2024);
        Assert.Equal(corrected["so-noi-vu"].Total, y2024.GetProperty("own").GetProperty("total").GetDecimal());
    }

    private static ExcelWorksheet Sheet(ExcelPackage package, string groupUpper) =>
        package.Workbook.Worksheets.First(w => w.Cells[1, 1].Text.Contains("KHỐI " + groupUpper, StringComparison.Ordinal));

    private static Dictionary<string, int> Headers(ExcelWorksheet ws) =>
        Enumerable.Range(1, ws.Dimension.End.Column).Where(c => ws.Cells[3, c].Text.Length > 0).ToDictionary(c => ws.Cells[3, c].Text, c => c);

    private static int Row(ExcelWorksheet ws, string code) => Enumerable.Range(4, ws.Dimension.End.Row - 3).First(r => ws.Cells[r, 2].Text == code);

    private static string Vi(decimal? value) => Scoring.Engine.Text.Num.Vi(value!.Value);

    private static string Class(Dictionary<string, (decimal? Total, int? Rank, string Class)> results, string code) => results[code].Class;
}
