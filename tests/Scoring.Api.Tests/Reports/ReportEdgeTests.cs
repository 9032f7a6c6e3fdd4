using Scoring.Api.Reports;
using Scoring.Engine.Criteria;
using Scoring.Engine.Ranking;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>The report with nothing in it, other number formats, ranking across groups, and the notes column.</summary>
public class ReportEdgeTests
{
    private const int Header = ReportWorkbook.TableHeaderRow;

    [Fact]
    public void Write_NoAgenciesNoRejected_ZeroSummaryAndNoGroupSheets()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria), [], []));

        // Assert
        Assert.Equal(["Phụ lục", ReportWorkbook.SummarySheetName, ReportWorkbook.DetailSheetName, ReportWorkbook.InfoSheetName],
            package.Workbook.Worksheets.Select(w => w.Name));
        var summary = ReportSamples.Sheet(package, ReportWorkbook.SummarySheetName);
        var total = Header + 1 + criteria.Version.Groups.Count;
        Assert.Equal(0m, ReportSamples.Number(summary.Cells[total, criteria.Version.Classes.Count + 4]));
    }

    [Theory]
    [InlineData("0.001", "0.000")]
    [InlineData("0.01", "0.00")]
    // Whole points print "90", not "90.00" (issue 16); totals that are not rounded show what they carry, up to four decimals.
    [InlineData("1", "0")]
    [InlineData(null, "0.00##")]
    public void Write_TotalRoundingStep_PointsShownWithItsDecimals(string? step, string format)
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var version = criteria.Version with { Rounding = criteria.Version.Rounding with { TotalStep = step is null ? null : decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture) } };
        var info = ReportSamples.Info(criteria) with { Version = version };

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(info, ReportSamples.All(criteria), []));

        // Assert
        var ws = ReportSamples.Sheet(package, "UBND quận, huyện");
        Assert.All(new[] { 4, 7 }, c => Assert.Equal(format, ws.Cells[Header + 1, c].Style.Numberformat.Format));
    }

    [Fact]
    public void Write_RankingAcrossAllGroups_RanksComeFromOneTable()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var version = criteria.Version with { Ranking = new RankingPolicy(RankingMethod.Competition, RankingScope.All) };
        var agencies = ReportSamples.All(criteria);
        var ranks = Ranker.Rank(version, agencies.Select(a => a.Final)).ToDictionary(r => r.Result.AgencyCode, r => r.Rank);

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria) with { Version = version }, agencies, []));

        // Assert
        foreach (var group in version.Groups)
        {
            var ws = ReportSamples.Sheet(package, group.Name);
            Assert.Contains("chung các khối", ws.Cells[1, 1].Text, StringComparison.Ordinal);
            for (var row = Header + 1; ws.Cells[row, 2].Value is string code; row++)
            {
                Assert.True(ranks[code] == (int?)ReportSamples.Number(ws.Cells[row, 1]), $"{code}: rank");
            }
        }
    }

    [Fact]
    public void Write_CapsAndEligibility_NotesNameOnlyWhatDecidedTheClass()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var agencies = ReportSamples.All(criteria);

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria), agencies, []));

        // Assert
        var notes = new Dictionary<string, string>();
        foreach (var group in criteria.Version.Groups)
        {
            var ws = ReportSamples.Sheet(package, group.Name);
            for (var row = Header + 1; ws.Cells[row, 2].Value is string code; row++)
            {
                notes[code] = ws.Cells[row, 9].Text;
            }
        }
        Assert.Equal("Không ban hành kế hoạch công tác dân vận năm (xếp loại tối đa Trung bình)", notes["ubnd-quan-bac-son"]);
        Assert.Equal("Người đứng đầu bị kỷ luật từ khiển trách trở lên trong năm", notes["so-tai-chinh"]);
        Assert.Equal("Đơn vị mới thành lập tháng 9/2024, chưa đủ thời gian đánh giá", notes["ban-quan-ly-du-an"]);
        Assert.Equal("", notes["ubnd-huyen-an-lac"]);
    }

    [Fact]
    public void Write_AppraisalMovesClass_NoteSaysSelfAndAppraisedClass()
    {
        // Arrange: An Lạc appraised, its final result moved into the Khá band (a real case: self 87, appraised 78).
        var criteria = Criteria.Shipped("mau-2024");
        var anLac = ReportSamples.One(criteria, "ubnd-huyen-an-lac", ReportSamples.AppraisalReason);
        var moved = anLac with { Final = anLac.Final with { Total = 78m, ClassName = "Khá", Band = criteria.Version.Classes[1] } };

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria), [moved], []));

        // Assert
        var ws = ReportSamples.Sheet(package, "UBND quận, huyện");
        Assert.Equal("Khá", ws.Cells[Header + 1, 8].Value);
        Assert.Equal(78m - anLac.Self.Total, ReportSamples.Number(ws.Cells[Header + 1, 6]));
        Assert.Equal("Thẩm định làm thay đổi xếp loại: tự chấm Tốt, sau thẩm định Khá", ws.Cells[Header + 1, 9].Value);
    }
}

/// <summary>The report is the same bytes whenever it is made: every zip entry carries the report's own time, not the clock's.</summary>
public class ReportBytesTests
{
    [Fact]
    public async Task Write_SameInputsTwoSecondsApart_SameBytesAndEveryEntryStampedWithTheReportTime()
    {
        var criteria = Criteria.Shipped("mau-2024");
        var info = ReportSamples.Info(criteria);

        var first = ReportWorkbook.Write(info, ReportSamples.All(criteria), []);
        await Task.Delay(TimeSpan.FromSeconds(2.1));
        var second = ReportWorkbook.Write(info, ReportSamples.All(criteria), []);

        Assert.Equal(first, second);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.Equal(ReportSamples.MadeAt.UtcDateTime.AddSeconds(-ReportSamples.MadeAt.Second % 2), e.LastWriteTime.DateTime));
        using var package = ReportSamples.Open(first);
        Assert.NotEmpty(package.Workbook.Worksheets);
    }
}
