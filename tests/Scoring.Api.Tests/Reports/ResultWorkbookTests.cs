using OfficeOpenXml;
using Scoring.Api.Reports;
using Scoring.Api.Tests.Golden;
using Scoring.Engine.Evaluation;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>The one-agency result workbook of every shipped sample, read back with EPPlus.</summary>
public class ResultWorkbookTests
{
    private const int Self = 6, Appraised = 7, Reason = 8, Final = 9;

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in Criteria.ShippedIds)
        {
            foreach (var agency in GoldenSample.Agencies(id))
            {
                data.Add(id, agency);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_EverySample_ContainsEveryItemCodeAndTheFinalClass(string versionId, string agencyFile)
    {
        // Arrange
        var criteria = Criteria.Shipped(versionId);
        var agency = ReportSamples.One(criteria, agencyFile, null);

        // Act
        using var package = ReportSamples.Open(ResultWorkbook.Write(criteria.Version, criteria.Hash, agency, ReportSamples.MadeAt, ReportSamples.MadeBy));

        // Assert
        var ws = ReportSamples.Sheet(package, ResultWorkbook.SheetName);
        var codes = Column(ws, 1);
        Assert.All(agency.Final.Items, i => Assert.Contains(i.Code, codes));
        var labels = Column(ws, 2);
        var classRow = Row(ws, "XẾP LOẠI");
        var expected = agency.Final.Status switch
        {
            AgencyStatus.Ineligible => "Không đủ điều kiện xếp loại",
            AgencyStatus.NotAssessed => "Chưa đánh giá",
            _ => agency.Final.ClassName,
        };
        Assert.Equal(expected, ws.Cells[classRow, Final].Value);
        Assert.Contains(Enumerable.Range(1, 8), r => ws.Cells[r, 1].Text.Contains(criteria.Hash, StringComparison.Ordinal));
        Assert.Contains(Enumerable.Range(1, 8), r => ws.Cells[r, 1].Text.Contains(agency.Name, StringComparison.Ordinal));
        if (agency.Final.Status != AgencyStatus.NotAssessed)
        {
            Assert.Equal(agency.Final.Total, ReportSamples.Number(ws.Cells[Row(ws, "TỔNG ĐIỂM"), Final]));
            Assert.All(agency.Final.Sections, s => Assert.Equal(s.Points, ReportSamples.Number(ws.Cells[Row(ws, s.Code, 1), Final])));
            Assert.Contains("Tổng điểm các mục", labels);
        }
    }

    [Fact]
    public void Write_AppraisedItem_SelfAppraisedReasonAndFinalSideBySide()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var agency = ReportSamples.One(criteria, "ubnd-huyen-an-lac", ReportSamples.AppraisalReason);

        // Act
        using var package = ReportSamples.Open(ResultWorkbook.Write(criteria.Version, criteria.Hash, agency, ReportSamples.MadeAt, ReportSamples.MadeBy));

        // Assert
        var ws = ReportSamples.Sheet(package, ResultWorkbook.SheetName);
        var item = Row(ws, ReportSamples.AppraisedItem, 1);
        Assert.Equal(1.75m, ReportSamples.Number(ws.Cells[item, Self]));
        Assert.Equal(0.5m, ReportSamples.Number(ws.Cells[item, Appraised]));
        Assert.Equal(ReportSamples.AppraisalReason, ws.Cells[item, Reason].Value);
        Assert.Equal(0.5m, ReportSamples.Number(ws.Cells[item, Final]));
        var total = Row(ws, "TỔNG ĐIỂM");
        Assert.Equal(agency.Self.Total, ReportSamples.Number(ws.Cells[total, Self]));
        Assert.Equal(agency.Final.Total, ReportSamples.Number(ws.Cells[total, Final]));
        var other = Row(ws, "I.1", 1);
        Assert.Null(ws.Cells[other, Appraised].Value);
        Assert.Equal(ReportSamples.MadeBy, package.Workbook.Properties.Author);
        Assert.Equal(ReportSamples.MadeAt.UtcDateTime, package.Workbook.Properties.Created.ToUniversalTime());
    }

    [Fact]
    public void Write_CappedAgency_ListsEveryConditionWithItsEffect()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var agency = ReportSamples.One(criteria, "ubnd-quan-bac-son", null);

        // Act
        using var package = ReportSamples.Open(ResultWorkbook.Write(criteria.Version, criteria.Hash, agency, ReportSamples.MadeAt, ReportSamples.MadeBy));

        // Assert
        var ws = ReportSamples.Sheet(package, ResultWorkbook.SheetName);
        // Each condition by its reason, what it tests in words (the inputs' titles, not their codes), and its effect; never a rule tag.
        var reasons = Column(ws, 2);
        var tests = Column(ws, 10);
        Assert.NotEmpty(agency.Final.Conditions);
        Assert.All(agency.Final.Conditions, c => Assert.Contains($"Điều kiện: {c.Reason}", reasons));
        Assert.All(agency.Final.Conditions, c => Assert.Contains(PeopleText.Formula(c.When, criteria.Version), tests));
        Assert.DoesNotContain(tests, t => t.Contains("diem_nong", StringComparison.Ordinal));
        Assert.DoesNotContain(Enumerable.Range(1, ws.Dimension.End.Row).SelectMany(r => Enumerable.Range(1, 11).Select(c => ws.Cells[r, c].Text)),
            t => t.Contains("cap:", StringComparison.Ordinal) || t.Contains("item:", StringComparison.Ordinal));
        Assert.Contains(Column(ws, 11), n => n.Contains("đã hạ xếp loại", StringComparison.Ordinal));
    }

    private static List<string> Column(ExcelWorksheet ws, int column) =>
        [.. Enumerable.Range(1, ws.Dimension.End.Row).Select(r => ws.Cells[r, column].Text)];

    private static int Row(ExcelWorksheet ws, string text, int column = 2) =>
        Enumerable.Range(1, ws.Dimension.End.Row).Single(r => ws.Cells[r, column].Text == text);
}
