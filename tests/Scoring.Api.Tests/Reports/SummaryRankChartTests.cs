using OfficeOpenXml.Drawing.Chart;
using Scoring.Api.Reports;
using Scoring.Engine.Evaluation;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>The summary sheet's points-against-rank chart (issue 19, part 4), read back from the report of the shipped samples.</summary>
public class SummaryRankChartTests
{
    private const int Header = ReportWorkbook.TableHeaderRow;

    [Theory]
    [MemberData(nameof(ReportWorkbookTests.Versions), MemberType = typeof(ReportWorkbookTests))]
    public void Write_Summary_RankChartOverEachGroupsRankedSheet(string versionId)
    {
        var criteria = Criteria.Shipped(versionId);
        var version = criteria.Version;
        var agencies = ReportSamples.All(criteria);

        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria), agencies, []));

        var ws = ReportSamples.Sheet(package, ReportWorkbook.SummarySheetName);

        // Points against rank (issue 19, part 4): one series per group with ranked agencies, over its ranked sheet's rank and final
        // points columns, the ranked rows only (the first row after them has no rank).
        var scatter = Assert.IsAssignableFrom<ExcelScatterChart>(ws.Drawings["BieuDoDiemTheoViThu"]);
        // Markers only: every series draws no line and has a marker (EPPlus 4.5 reads such a chart back as "XYScatterLines" whatever
        // its lines, and without its series' addresses, so the chart's XML is what is checked).
        var ns = new System.Xml.XmlNamespaceManager(scatter.ChartXml.NameTable);
        ns.AddNamespace("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        ns.AddNamespace("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        var sers = scatter.ChartXml.SelectNodes("//c:scatterChart/c:ser", ns)!.Cast<System.Xml.XmlElement>().ToList();
        Assert.All(sers, ser => Assert.NotNull(Assert.Single(ser.SelectNodes("c:spPr", ns)!.Cast<System.Xml.XmlNode>()).SelectSingleNode("a:ln/a:noFill", ns)));
        Assert.All(sers, ser => Assert.NotEqual("none", ser.SelectSingleNode("c:marker/c:symbol/@val", ns)?.Value ?? "none"));
        var rankedGroups = version.Groups.Where(g => agencies.Any(a => a.Final.Group == g.Code && a.Final.Status != AgencyStatus.NotAssessed
            && a.Final.Status != AgencyStatus.Ineligible)).ToList();
        Assert.Equal(rankedGroups.Count, sers.Count);
        for (var i = 0; i < rankedGroups.Count; i++)
        {
            var (pointsSheet, points) = SheetAndRange(sers[i].SelectSingleNode("c:yVal/c:numRef/c:f", ns)!.InnerText);
            var (ranksSheet, ranks) = SheetAndRange(sers[i].SelectSingleNode("c:xVal/c:numRef/c:f", ns)!.InnerText);
            var sheet = package.Workbook.Worksheets[pointsSheet];
            Assert.Equal(pointsSheet, ranksSheet);
            Assert.Equal("Vị thứ", sheet.Cells[Header, ranks.Start.Column].Text);
            Assert.Equal("Điểm cuối cùng", sheet.Cells[Header, points.Start.Column].Text);
            Assert.Equal((Header + 1, Header + 1), (points.Start.Row, ranks.Start.Row));
            Assert.Equal(points.End.Row, ranks.End.Row);
            Assert.All(Enumerable.Range(ranks.Start.Row, ranks.Rows), r => Assert.NotNull(ReportSamples.Number(sheet.Cells[r, 1])));
            Assert.Null(ReportSamples.Number(sheet.Cells[ranks.End.Row + 1, 1]));
            Assert.Contains(rankedGroups[i].Name.ToUpperInvariant(), sheet.Cells[1, 1].Text, StringComparison.Ordinal);
        }
    }

    // "'Sheet name'!$A$4:$A$9" as the sheet's name and the range (a quote inside the name is doubled).
    private static (string Sheet, OfficeOpenXml.ExcelAddress Range) SheetAndRange(string address)
    {
        var bang = address.LastIndexOf('!');
        return (address[1..(bang - 1)].Replace("''", "'", StringComparison.Ordinal), new OfficeOpenXml.ExcelAddress(address[(bang + 1)..]));
    }
}
