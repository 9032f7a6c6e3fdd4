using System.Net;
using OfficeOpenXml;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The comparison under another version as Excel (issue 15, part 5): from the auditor's page, the API and the CLI, one workbook
/// with the summary and every agency by name.</summary>
public sealed class ComparisonFileTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public ComparisonFileTests() => _factory.SeedSamples();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task PageApiAndCli_GiveTheSameWorkbook_WithSummaryAndNames()
    {
        var auditor = await PageClient.SignInAsync(_factory, Roles.Auditor);
        var page = await auditor.Http.GetAsync(new Uri("/thanh-tra?handler=DiffFile&run=1&other=mau-2023", UriKind.Relative));
        var api = await _factory.ClientAs(Roles.Auditor).GetAsync(ApiClient.Url("/api/runs/1/diff/report?criteria=mau-2023"));
        var file = Path.Combine(Path.GetTempPath(), $"so-sanh-{Guid.NewGuid():N}.xlsx");
        var cli = new StringWriter();
        var code = Scoring.Api.Cli.CliApp.Run(["runs", "diff", "1", "--criteria", "mau-2023", "--out", file, "--db", _factory.DatabasePath], cli);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("so-sanh-luot-1-mau-2023.xlsx", page.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await page.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, await api.Content.ReadAsByteArrayAsync());
        Assert.Equal(Scoring.Api.Cli.CliApp.Ok, code);
        Assert.Equal(bytes, File.ReadAllBytes(file));
        File.Delete(file);
        // The 2024 run lists 14 agencies: 13 submitted, one is "Chưa đánh giá".
        Assert.Matches(@"^So sánh lượt 1 \(mau-2024\) với bộ tiêu chí mau-2023: 14 đơn vị, \d+ đổi xếp loại", cli.ToString());
        Assert.Contains("UBND quận Bắc Sơn: ", cli.ToString(), StringComparison.Ordinal);
        using var package = new ExcelPackage(new MemoryStream(bytes));
        var sheet = package.Workbook.Worksheets["So sánh"];
        Assert.Equal("Số đơn vị so sánh", sheet.Cells["A4"].Text);
        Assert.Equal("14", sheet.Cells["B4"].Text);
        Assert.Equal("Thay đổi lớn nhất", sheet.Cells["A8"].Text);
        Assert.Equal("Tên đơn vị", sheet.Cells["B10"].Text);
        var names = Enumerable.Range(11, 14).Select(r => sheet.Cells[r, 2].Text).ToList();
        Assert.Contains("UBND quận Bắc Sơn", names);
        Assert.All(Enumerable.Range(11, 14), r => Assert.Contains(sheet.Cells[r, 3].Text, new[] { "Sở, ban, ngành", "UBND quận, huyện" }));
    }

    [Fact]
    public async Task UnknownRun_IsAVietnameseProblem()
    {
        var api = await _factory.ClientAs(Roles.Auditor).GetAsync(ApiClient.Url("/api/runs/99/diff/report?criteria=mau-2023"));

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Contains("99", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
