using Scoring.Engine.Registry;
using Dapper;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Storage;

public class AgencyStoreTests
{
    /// <summary>The store a test uses: SQLite here; the PostgreSQL subclass runs every test of this class against PostgreSQL.</summary>
    protected virtual TempStore NewStore() => new();

    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Import_SampleListThenAChange_NewVersionKeptOldNotOverwritten()
    {
        using var temp = NewStore();
        var store = temp.Open();
        var (list, problems) = AgencyListFile.Read(File.ReadAllBytes(Repo.Path("samples", "agencies.csv")), "agencies.csv");
        Assert.Empty(problems);
        Assert.Equal(new ImportSummary(22, 0, 0), await store.Agencies.ImportAsync([.. list!.Values], "agencies.csv", "Nguyễn Văn A", Ct));
        // The sample list describes the 2025 reorganisation: abolished sở and districts end, new sở and communes begin.
        Assert.Equal(new DateOnly(2025, 2, 28), list["so-lao-dong-tbxh"].ActiveTo);
        Assert.Equal(new DateOnly(2025, 6, 30), list["ubnd-huyen-an-lac"].ActiveTo);
        Assert.Equal((new DateOnly(2025, 7, 1), "xa-phuong"), (list["ubnd-phuong-an-lac"].ActiveFrom!.Value, list["ubnd-phuong-an-lac"].Group));
        Assert.False(list["ubnd-huyen-an-lac"].ActiveIn(2026));
        Assert.False(list["so-nong-nghiep-moi-truong"].ActiveIn(2024));
        temp.Clock.Now = temp.Clock.Now.AddDays(30);
        var renamed = list.Values.Select(a => a.Code == "so-y-te" ? a with { Name = "Sở Y tế (sáp nhập)", Parent = "ubnd-tinh" } : a).ToList();
        Assert.Equal(new ImportSummary(0, 1, 21), await store.Agencies.ImportAsync(renamed, "sua.csv", "Trần Thị B", Ct));
        Assert.Equal("Sở Y tế (sáp nhập)", (await store.Agencies.CurrentAsync(Ct))["so-y-te"].Name);
        var history = await store.Agencies.HistoryAsync("so-y-te", Ct);
        Assert.Equal(["Sở Y tế", "Sở Y tế (sáp nhập)"], history.Select(h => h.Agency.Name));
        Assert.Equal(["Nguyễn Văn A", "Trần Thị B"], history.Select(h => h.RecordedBy));
        var audit = await store.Audit.ForAgencyAsync("so-y-te", Ct);
        Assert.Equal(["agency.add", "agency.change"], audit.Select(a => a.Action));
        Assert.Contains("Sở Y tế (sáp nhập)", audit[1].Detail);
    }

    [Fact]
    public async Task Import_AReplacementAdded_IsANewVersionWithItsPredecessors()
    {
        using var temp = NewStore();
        var store = temp.Open();
        AgencyInfo merged = new("xa-an-phu", "UBND xã An Phú", "xa-phuong", ActiveFrom: new DateOnly(2025, 7, 1));
        await store.Agencies.ImportAsync([new("xa-an-binh", "UBND xã An Bình", "xa-phuong"), merged], "a.csv", "Nguyễn Văn A", Ct);

        var summary = await store.Agencies.ImportAsync([merged with { Replaces = "xa-an-binh" }], "b.csv", "Trần Thị B", Ct);

        Assert.Equal(new ImportSummary(0, 1, 0), summary);
        var history = await store.Agencies.HistoryAsync("xa-an-phu", Ct);
        Assert.Equal([[], ["xa-an-binh"]], history.Select(h => h.Agency.Predecessors));
        Assert.Equal(["xa-an-binh"], (await store.Agencies.CurrentAsync(Ct))["xa-an-phu"].Predecessors);
    }

    [Fact]
    public async Task AgencyVersions_UpdateAttempt_RefusedByTheStore()
    {
        using var temp = NewStore();
        var store = temp.Open();
        await store.Agencies.ImportAsync([new AgencyInfo("a", "A", "g")], "x", "x", Ct);
        await using var connection = await temp.Database.OpenAsync(Ct);
        var e = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync("UPDATE agency_versions SET name = 'B'"));
        Assert.Contains("kept, not overwritten", e.Message);
    }

    [Fact]
    public void Read_BadListFile_EveryProblemWithLine()
    {
        var (list, problems) = AgencyListFile.Read("Mã đơn vị,Tên đơn vị,Khối,Đơn vị cấp trên,Hoạt động từ\na,A,g\nb,,g\na,A2,g\nc,C,g,,31/02/2024\n", "ds.csv");
        Assert.Null(list);
        Assert.Equal(["ds.csv, dòng 3", "ds.csv, dòng 4", "ds.csv, dòng 5"], problems.Select(p => p.Where));
        Assert.Contains("không để trống", problems[0].Message);
        Assert.Contains("bị trùng", problems[1].Message);
        Assert.Contains("Ngày \"31/02/2024\" ở cột \"Hoạt động từ\" không hợp lệ", problems[2].Message);
    }

    [Fact]
    public void Read_ListAsWorkbook_SameAsCsv()
    {
        using var package = new OfficeOpenXml.ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("Đơn vị");
        string[][] rows = [["Mã đơn vị", "Tên đơn vị", "Khối"], ["so-noi-vu", "Sở Nội vụ", "so-nganh"], ["ubnd-a", "UBND A", ""]];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cells[r + 1, c + 1].Value = rows[r][c];
            }
        }
        var (list, problems) = AgencyListFile.Read(package.GetAsByteArray(), "ds.xlsx");
        Assert.Null(list);
        Assert.Equal("ds.xlsx, trang tính \"Đơn vị\", dòng 3", Assert.Single(problems).Where);
    }
}

/// <summary>Every test of <see cref="AgencyStoreTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class AgencyStoreTestsOnPostgres(Postgres.PostgresFixture postgres) : AgencyStoreTests
{
    protected override TempStore NewStore() => new(postgres.NewDatabase());
}
