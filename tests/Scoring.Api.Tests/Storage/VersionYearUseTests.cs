using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Tests.Support;
using Scoring.Api.UseCases;
using Xunit;
using static Scoring.Api.Tests.Storage.Uploads;

namespace Scoring.Api.Tests.Storage;

/// <summary>A version that names its assessment year: its workbook says that year, and uploads for another year are refused.</summary>
public class VersionYearUseTests
{
    /// <summary>The store a test uses: SQLite here; the PostgreSQL subclass runs every test of this class against PostgreSQL.</summary>
    protected virtual TempStore NewStore() => new();

    /// <summary>mau-2024 as a 2021 results table issued in 2022: the decision date alone would print 2022.</summary>
    private static readonly Scoring.Rules.Compilation.CompiledCriteria Of2021 = Scoring.Rules.Tests.Support.Criteria.Compile(
        File.ReadAllText(Repo.Path("criteria", "mau-2024.yaml"))
            .Replace("id: mau-2024", "id: nam-2021", StringComparison.Ordinal)
            .Replace("sample: true", "sample: true\nyear: 2021", StringComparison.Ordinal));

    [Fact]
    public void Workbook_VersionNamesItsYear_TitleSaysThatYear()
    {
        Assert.Equal(2021, Of2021.Version.Identity.Year);
        using var package = new ExcelPackage(new MemoryStream(WorkbookTemplate.Write(new TemplateRequest(Of2021, "so-nganh", null, null))));
        var title = package.Workbook.Worksheets.SelectMany(ws => ws.Cells.Where(c => c.Text.Contains("BẢNG TỰ CHẤM", StringComparison.Ordinal))).Select(c => c.Text).First();
        Assert.Equal("BẢNG TỰ CHẤM ĐIỂM CÔNG TÁC DÂN VẬN NĂM 2021", title);
    }

    [Fact]
    public async Task Upload_ForAnotherYear_RefusedAndNothingStored()
    {
        using var temp = NewStore();
        var store = await OpenWithAgenciesAsync(temp);
        var outcome = await new Operations(store).Upload.RunAsync(AnLac, 2024, Of2021, Sample("mau-2024", AnLac), "an-lac.xlsx", "An Lạc", Ct);
        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal("Bộ tiêu chí nam-2021 dùng để đánh giá năm 2021, không dùng cho năm 2024: hãy chọn bộ tiêu chí của năm 2024.", outcome.Message);
        Assert.Empty(await store.Submissions.ListAsync(2024, "nam-2021", Ct));
    }
}

/// <summary>Every test of <see cref="VersionYearUseTests"/> against a real PostgreSQL server (issue 18: one contract, both stores).</summary>
[Collection(Postgres.PostgresTests.Name)]
public sealed class VersionYearUseTestsOnPostgres(Postgres.PostgresFixture postgres) : VersionYearUseTests
{
    protected override TempStore NewStore() => new(postgres.NewDatabase());
}
