using System.Net;
using System.Text.Json;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Xunit;

namespace Scoring.Api.Tests.Registry;

/// <summary>Lineage in the registry (issue 19, part 1): the agency list's "Thay thế cho" column records mergers, splits and renamed codes;
/// each bad replacement (itself, an unknown code, a chain back to itself, an old agency still active after the new one began) gets a
/// Vietnamese error on its line, and nothing is imported.</summary>
public sealed class LineageImportTests : IDisposable
{
    private const string Header = "Mã đơn vị,Tên đơn vị,Khối,Đơn vị cấp trên,Hoạt động từ,Hoạt động đến,Thay thế cho";
    private readonly ScoringFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Import_MergerSplitAndRename_StoredAsNewVersionsWithTheirPredecessors()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        var first = await ImportAsync(staff, """
            xa-an-binh,UBND xã An Bình,xa-phuong,,01/01/2020,30/06/2025,
            xa-an-hoa,UBND xã An Hòa,xa-phuong,,01/01/2020,30/06/2025,
            huyen-cu,UBND huyện Cũ,quan-huyen,,01/01/2020,30/06/2025,
            so-ke-hoach-dau-tu,Sở Kế hoạch và Đầu tư,so-nganh,,01/01/2020,28/02/2025,
            """);

        var second = await ImportAsync(staff, """
            xa-an-phu,UBND xã An Phú,xa-phuong,,01/07/2025,,xa-an-binh; xa-an-hoa
            xa-bac,UBND xã Bắc,xa-phuong,,01/07/2025,,huyen-cu
            xa-nam,UBND xã Nam,xa-phuong,,01/07/2025,,huyen-cu
            so-tai-chinh,Sở Tài chính,so-nganh,,01/03/2025,,so-ke-hoach-dau-tu
            """);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        var registry = await _factory.Store.Agencies.CurrentAsync(CancellationToken.None);
        Assert.Equal(["xa-an-binh", "xa-an-hoa"], registry["xa-an-phu"].Predecessors);
        Assert.Equal(["huyen-cu"], registry["xa-bac"].Predecessors);
        Assert.Equal(["huyen-cu"], registry["xa-nam"].Predecessors);
        Assert.Equal(["so-ke-hoach-dau-tu"], registry["so-tai-chinh"].Predecessors);
        Assert.Empty(registry["xa-an-binh"].Predecessors);
        var audit = await _factory.Store.Audit.ForAgencyAsync("xa-an-phu", CancellationToken.None);
        Assert.Contains("thay thế cho xa-an-binh; xa-an-hoa", Assert.Single(audit).Detail);
        // The command line tells an agency's history, and who replaced it.
        var merged = new StringWriter();
        var old = new StringWriter();
        Assert.Equal(Scoring.Api.Cli.CliApp.Ok, Scoring.Api.Cli.CliApp.Run(["agencies", "history", "xa-an-phu", "--db", _factory.DatabasePath], merged));
        Assert.Equal(Scoring.Api.Cli.CliApp.Ok, Scoring.Api.Cli.CliApp.Run(["agencies", "history", "huyen-cu", "--db", _factory.DatabasePath], old));
        Assert.Contains("UBND xã An Phú, khối xa-phuong, hoạt động 01/07/2025–…, thay thế cho xa-an-binh; xa-an-hoa", merged.ToString());
        Assert.Contains("UBND huyện Cũ, khối quan-huyen, hoạt động 01/01/2020–30/06/2025", old.ToString());
        Assert.Contains("Được thay thế bởi: UBND xã Bắc (xa-bac), UBND xã Nam (xa-nam)", old.ToString());
    }

    public static TheoryData<string, string> BadLines => new()
    {
        { "xa-moi,UBND xã Mới,xa-phuong,,01/07/2025,,xa-moi", "Đơn vị \"xa-moi\" ghi thay thế cho chính nó" },
        { "xa-moi,UBND xã Mới,xa-phuong,,01/07/2025,,xa-khong-co", "Mã \"xa-khong-co\" ở cột \"Thay thế cho\" không có trong danh sách đơn vị" },
        { "xa-moi,UBND xã Mới,xa-phuong,,01/06/2025,,xa-cu", "Đơn vị \"xa-cu\" hoạt động đến 30/06/2025, sau ngày 01/06/2025 đơn vị \"xa-moi\" thay thế nó bắt đầu hoạt động" },
        { "xa-moi,UBND xã Mới,xa-phuong,,01/07/2025,,Xã Cũ!", "Mã \"Xã\" ở cột \"Thay thế cho\" không hợp lệ" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task Import_BadReplacement_ErrorOnItsLine_NothingImported(string line, string expected)
    {
        var staff = _factory.ClientAs(Roles.Staff);

        var response = await ImportAsync(staff, $"""
            xa-cu,UBND xã Cũ,xa-phuong,,01/01/2020,30/06/2025,
            {line}
            """);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var problem = Assert.Single(Problems(response.Body), p => p.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Equal("ds.csv, dòng 3", problem.Where);
        Assert.Empty(await _factory.Store.Agencies.CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Import_ChainBackToItself_ErrorOnEveryLineOfTheCycle()
    {
        var response = await ImportAsync(_factory.ClientAs(Roles.Staff), """
            xa-a,UBND xã A,xa-phuong,,,,xa-b
            xa-b,UBND xã B,xa-phuong,,,,xa-c
            xa-c,UBND xã C,xa-phuong,,,,xa-a
            """);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var cycles = Problems(response.Body).Where(p => p.Message.StartsWith("Thay thế vòng quanh: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["ds.csv, dòng 2", "ds.csv, dòng 3", "ds.csv, dòng 4"], cycles.Select(p => p.Where));
        Assert.Contains("xa-a → xa-b → xa-c → xa-a", cycles[0].Message);
        Assert.Empty(await _factory.Store.Agencies.CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Import_Workbook_CarriesTheSameColumn_AndItsErrorsNameSheetAndRow()
    {
        var staff = _factory.ClientAs(Roles.Staff);
        var good = await ImportWorkbookAsync(staff,
            ["quan-a,UBND quận A,quan-huyen,,,30/06/2025,", "quan-b,UBND quận B,quan-huyen,,,30/06/2025,", "phuong-ab,UBND phường AB,xa-phuong,,01/07/2025,,quan-a; quan-b"]);
        var bad = await ImportWorkbookAsync(staff, ["xa-x,UBND xã X,xa-phuong,,01/07/2025,,xa-khong-co"]);

        Assert.Equal(HttpStatusCode.OK, good.Status);
        Assert.Equal(["quan-a", "quan-b"], (await _factory.Store.Agencies.CurrentAsync(CancellationToken.None))["phuong-ab"].Predecessors);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        var problem = Assert.Single(Problems(bad.Body));
        Assert.Equal("ds.xlsx, trang tính \"Đơn vị\", dòng 2", problem.Where);
        Assert.StartsWith("Mã \"xa-khong-co\" ở cột \"Thay thế cho\" không có trong danh sách đơn vị", problem.Message, StringComparison.Ordinal);
        Assert.False((await _factory.Store.Agencies.CurrentAsync(CancellationToken.None)).ContainsKey("xa-x"));
    }

    // The lines as a workbook: the header row, then one row per line (fields split at commas).
    private static async Task<(HttpStatusCode Status, string Body)> ImportWorkbookAsync(HttpClient staff, string[] lines)
    {
        using var package = new OfficeOpenXml.ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("Đơn vị");
        string[][] rows = [Header.Split(','), .. lines.Select(l => l.Split(','))];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cells[r + 1, c + 1].Value = rows[r][c].Length == 0 ? null : rows[r][c];
            }
        }
        var content = new MultipartFormDataContent { { new ByteArrayContent(package.GetAsByteArray()), "file", "ds.xlsx" } };
        using var response = await staff.PostAsync(ApiClient.Url("/api/agencies/import"), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpStatusCode Status, string Body)> ImportAsync(HttpClient staff, string lines)
    {
        var content = new MultipartFormDataContent { { new StringContent(Header + "\n" + lines), "file", "ds.csv" } };
        using var response = await staff.PostAsync(ApiClient.Url("/api/agencies/import"), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static List<(string Where, string Message)> Problems(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("where").GetString()!, p.GetProperty("message").GetString()!))];
}
