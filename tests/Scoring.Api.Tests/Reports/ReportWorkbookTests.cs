using OfficeOpenXml.Drawing.Chart;
using Scoring.Api.Reports;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>The Excel report of the shipped samples, read back with EPPlus and checked against the engine.</summary>
public class ReportWorkbookTests
{
    private const int Header = ReportWorkbook.TableHeaderRow;

    public static TheoryData<string> Versions => [.. Criteria.ShippedIds];

    [Theory]
    [MemberData(nameof(Versions))]
    public void Write_ShippedSamples_EveryRankedRowMatchesRanker(string versionId)
    {
        // Arrange
        var criteria = Criteria.Shipped(versionId);
        var agencies = ReportSamples.All(criteria, "ubnd-huyen-an-lac", "so-tai-chinh");
        var byCode = agencies.ToDictionary(a => a.Code);
        var ranked = Ranker.Rank(criteria.Version, agencies.Select(a => a.Final));

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria), agencies, []));

        // Assert
        var format = criteria.Version.Rounding.TotalStep == 0.001m ? "0.000" : "0.00";
        foreach (var group in criteria.Version.Groups)
        {
            var expected = ranked.Where(r => r.Result.Group == group.Code).ToList();
            if (expected.Count == 0)
            {
                Assert.Null(package.Workbook.Worksheets[group.Name]);
                continue;
            }
            var ws = ReportSamples.Sheet(package, group.Name);
            Assert.Equal("Vị thứ", ws.Cells[Header, 1].Text);
            Assert.Null(ws.Cells[Header + expected.Count + 1, 2].Value);
            for (var i = 0; i < expected.Count; i++)
            {
                var row = Header + 1 + i;
                var result = expected[i].Result;
                var self = byCode[result.AgencyCode].Self;
                var scored = result.Status != AgencyStatus.NotAssessed;
                // The superior's points are not an appraisal of the agency's own scores.
                var appraised = result.Items.Any(it => it.IsAppraised && it.HasSelfScore);
                var where = $"{group.Name} row {row} ({result.AgencyCode})";
                Assert.True(expected[i].Rank == (int?)ReportSamples.Number(ws.Cells[row, 1]), where + ": rank");
                Assert.Equal(result.AgencyCode, ws.Cells[row, 2].Value);
                Assert.Equal(byCode[result.AgencyCode].Name, ws.Cells[row, 3].Value);
                // With a part the superior level scores (90 + 10), self, appraised and difference are the agency's own part, and the
                // superior's part has its own column before the final total.
                var superior = criteria.Version.Sections.Any(s => s.AwardedBySuperior) ? 1 : 0;
                var (own, final) = superior == 1 ? (self.CriteriaPart, result.CriteriaPart) : (self.Total, result.Total);
                Assert.True(ReportSamples.Number(ws.Cells[row, 4]) == (scored ? own : null), where + ": self total");
                Assert.True(ReportSamples.Number(ws.Cells[row, 5]) == (appraised ? final : null), where + ": appraised total");
                Assert.True(ReportSamples.Number(ws.Cells[row, 6]) == (appraised ? final - own : null), where + ": difference");
                if (superior == 1)
                {
                    // One name for the superior's part in every document (issue 16, part 4): the annex's.
                    Assert.Equal("Phần do cấp trên đánh giá", ws.Cells[Header, 7].Text);
                    Assert.True(ReportSamples.Number(ws.Cells[row, 7]) == (scored ? result.SuperiorPart : null), where + ": superior part");
                }
                Assert.True(ReportSamples.Number(ws.Cells[row, 7 + superior]) == (scored ? result.Total : null), where + ": final total");
                Assert.Equal(ExpectedClass(result), ws.Cells[row, 8 + superior].Value);
                Assert.Equal(format, ws.Cells[row, 7 + superior].Style.Numberformat.Format);
            }
        }
    }

    [Fact]
    public void Write_AppraisedAgency_ShowsSelfAppraisedDifferenceAndReason()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var agencies = ReportSamples.All(criteria, "ubnd-huyen-an-lac");
        var anLac = agencies.Single(a => a.Code == "ubnd-huyen-an-lac");

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria), agencies, []));

        // Assert
        Assert.Equal(anLac.Self.Total - 1.25m, anLac.Final.Total);
        var ranked = ReportSamples.Sheet(package, "UBND quận, huyện");
        var row = Enumerable.Range(Header + 1, 10).First(r => (string?)ranked.Cells[r, 2].Value == anLac.Code);
        Assert.Equal(anLac.Self.Total, ReportSamples.Number(ranked.Cells[row, 4]));
        Assert.Equal(anLac.Final.Total, ReportSamples.Number(ranked.Cells[row, 5]));
        Assert.Equal(-1.25m, ReportSamples.Number(ranked.Cells[row, 6]));
        var detail = ReportSamples.Sheet(package, ReportWorkbook.DetailSheetName);
        var item = Enumerable.Range(2, detail.Dimension.End.Row - 1)
            .Single(r => (string?)detail.Cells[r, 1].Value == anLac.Code && (string?)detail.Cells[r, 3].Value == ReportSamples.AppraisedItem);
        Assert.Equal(1.75m, ReportSamples.Number(detail.Cells[item, 6]));
        Assert.Equal(0.5m, ReportSamples.Number(detail.Cells[item, 7]));
        Assert.Equal(0.5m, ReportSamples.Number(detail.Cells[item, 8]));
        Assert.Equal(ReportSamples.AppraisalReason, detail.Cells[item, 9].Value);
    }

    [Fact]
    public void Write_Samples_DetailHasEveryItemOfEveryAgency()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var agencies = ReportSamples.All(criteria, "ubnd-huyen-an-lac");

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria), agencies, []));

        // Assert
        var ws = ReportSamples.Sheet(package, ReportWorkbook.DetailSheetName);
        var rows = Enumerable.Range(2, ws.Dimension.End.Row - 1).Select(r => ((string)ws.Cells[r, 1].Value, (string?)ws.Cells[r, 3].Value)).ToHashSet();
        foreach (var a in agencies)
        {
            Assert.All(a.Final.Items, i => Assert.Contains((a.Code, (string?)i.Code), rows));
        }
        Assert.Contains(("ban-quan-ly-du-an", (string?)null), rows);
        Assert.Equal(1 + agencies.Sum(a => Math.Max(1, a.Final.Items.Count)), ws.Dimension.End.Row);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Write_Summary_CountsPerGroupMatchEngineAndChartExists(string versionId)
    {
        // Arrange
        var criteria = Criteria.Shipped(versionId);
        var version = criteria.Version;
        var agencies = ReportSamples.All(criteria);

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria), agencies, []));

        // Assert
        var ws = ReportSamples.Sheet(package, ReportWorkbook.SummarySheetName);
        var columns = version.Classes.Count + 4;
        Assert.Equal(ClassLabels(version), Enumerable.Range(2, columns - 1).Select(c => ws.Cells[Header, c].Text));
        for (var g = 0; g < version.Groups.Count; g++)
        {
            var row = Header + 1 + g;
            var results = agencies.Select(a => a.Final).Where(r => r.Group == version.Groups[g].Code).ToList();
            List<decimal?> expected = [.. version.Classes.Select(c => (decimal?)results.Count(r => r.Status == AgencyStatus.Classified && r.ClassName == c.Name)),
                results.Count(r => r.Status == AgencyStatus.Ineligible), results.Count(r => r.Status == AgencyStatus.NotAssessed), results.Count];
            Assert.Equal(version.Groups[g].Name, ws.Cells[row, 1].Value);
            Assert.Equal(expected, Enumerable.Range(2, columns - 1).Select(c => ReportSamples.Number(ws.Cells[row, c])));
        }
        var total = Header + 1 + version.Groups.Count;
        Assert.Equal("Cộng", ws.Cells[total, 1].Value);
        Assert.Equal(agencies.Count, ReportSamples.Number(ws.Cells[total, columns]));
        var chart = Assert.IsAssignableFrom<ExcelBarChart>(ws.Drawings["BieuDoXepLoai"]);
        Assert.Equal(eChartType.ColumnClustered, chart.ChartType);
        Assert.Equal(version.Classes.Count, chart.Series.Count);
    }

    [Fact]
    public void Write_Info_HasHashesTimeAuthorAndCounts()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var agencies = ReportSamples.All(criteria);
        var info = ReportSamples.Info(criteria);

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(info, agencies, [new RejectedFile("x.xlsx", [])]));

        // Assert
        var ws = ReportSamples.Sheet(package, ReportWorkbook.InfoSheetName);
        var values = Enumerable.Range(1, ws.Dimension.End.Row).ToDictionary(r => ws.Cells[r, 1].Text, r => ws.Cells[r, 2].Text);
        Assert.Equal("mau-2024", values["Mã bộ tiêu chí"]);
        Assert.Equal("05/QĐ-UBND", values["Số quyết định ban hành"]);
        Assert.Equal("05/01/2024", values["Ngày quyết định"]);
        Assert.Equal(criteria.Hash, values["Mã băm SHA-256 của bộ tiêu chí"]);
        Assert.Equal(info.InputsHash, values["Mã băm SHA-256 của dữ liệu đầu vào"]);
        Assert.Equal(ReportSamples.MadeBy, values["Người lập"]);
        Assert.Equal("14:05 ngày 20/12/2024 (giờ Việt Nam)", values["Thời điểm lập"]);
        // A moment stored in UTC (as runs store theirs) is shown in Vietnam time too.
        using var utc = ReportSamples.Open(ReportWorkbook.Write(info with { MadeAt = ReportSamples.MadeAt.ToUniversalTime() }, agencies, []));
        var sheet = ReportSamples.Sheet(utc, ReportWorkbook.InfoSheetName);
        Assert.Contains("14:05 ngày 20/12/2024 (giờ Việt Nam)", Enumerable.Range(1, sheet.Dimension.End.Row).Select(r => sheet.Cells[r, 2].Text));
        Assert.Equal("4", values["Số đơn vị đã chấm điểm"]);
        Assert.Equal("1", values["Số tệp bị từ chối"]);
        Assert.Equal(ReportSamples.MadeBy, package.Workbook.Properties.Author);
        Assert.Equal(ReportSamples.MadeAt.UtcDateTime, package.Workbook.Properties.Created.ToUniversalTime());
    }

    private static string ExpectedClass(AgencyResult r) => r.Status switch
    {
        AgencyStatus.Ineligible => "Không đủ điều kiện xếp loại",
        AgencyStatus.NotAssessed => "Chưa đánh giá",
        _ => r.ClassName!,
    };

    private static List<string> ClassLabels(Engine.Criteria.CriteriaVersion version) =>
        [.. version.Classes.Select(c => c.Name), "Không đủ điều kiện xếp loại", "Chưa đánh giá", "Tổng số"];
}
