using System.IO.Compression;
using System.Xml.Linq;
using OfficeOpenXml.Style;
using Scoring.Api.Reports;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>The "Chi tiết" sheet, whose rows are streamed into the package after EPPlus has written the rest: read back with EPPlus
/// as a user's spreadsheet would, and checked against the package's own XML.</summary>
public class DetailSheetTests
{
    private const string AnLac = "ubnd-huyen-an-lac";

    // Up to this many agencies each starts a printed page (Excel keeps at most 1,026 manual breaks a sheet).
    private const int MaxPageBreaks = 1000;

    [Fact]
    public void Write_TextThatLooksEscapedOrSpaced_ReadsBackExactlyWithEveryCellStyled()
    {
        // Arrange: a name a spreadsheet would unescape (_x0041_ is "A") with spaces around it, and a long appraisal reason.
        var criteria = Criteria.Shipped("mau-2024");
        const string name = "  _x0041_ Ủy ban nhân dân phường Ngọc Hà  ";
        var reason = string.Join(' ', Enumerable.Repeat("Thẩm định lại theo biên bản kiểm tra thực tế tại đơn vị;", 8));
        var agency = ReportSamples.One(criteria, AnLac, reason, name);

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria), [agency], []));

        // Assert
        var ws = ReportSamples.Sheet(package, ReportWorkbook.DetailSheetName);
        Assert.Equal(1 + agency.Final.Items.Count, ws.Dimension.End.Row);
        Assert.All(Enumerable.Range(2, agency.Final.Items.Count), r => Assert.Equal(name, ws.Cells[r, 2].Value));
        var appraised = Enumerable.Range(2, agency.Final.Items.Count).Single(r => (string?)ws.Cells[r, 3].Value == ReportSamples.AppraisedItem);
        Assert.Equal(reason, ws.Cells[appraised, 9].Value);
        Assert.True(ws.Row(appraised).Height >= 3 * 15, $"row {appraised} is {ws.Row(appraised).Height} pt high for {reason.Length} characters");
        Assert.True(ws.Cells[appraised, 9].Style.WrapText);
        for (var c = 1; c <= 9; c++)
        {
            var style = ws.Cells[appraised, c].Style;
            Assert.Equal("Times New Roman", style.Font.Name);
            Assert.Equal(ExcelBorderStyle.Thin, style.Border.Bottom.Style);
            Assert.Equal(ExcelVerticalAlignment.Top, style.VerticalAlignment);
        }
        Assert.Equal("0.00##", ws.Cells[appraised, 7].Style.Numberformat.Format);
        Assert.Equal(0.5m, ReportSamples.Number(ws.Cells[appraised, 7]));
    }

    [Fact]
    public void Write_MoreAgenciesThanExcelKeepsBreaksFor_PrintsContinuously()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var one = ReportSamples.One(criteria, AnLac, null);
        var agencies = Enumerable.Range(0, MaxPageBreaks + 1).Select(i => one with { Code = $"dv-{i:D4}", Name = $"Đơn vị số {i}" }).ToList();

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(ReportSamples.Info(criteria), agencies, []));

        // Assert
        var ws = ReportSamples.Sheet(package, ReportWorkbook.DetailSheetName);
        Assert.Equal(1 + agencies.Count * one.Final.Items.Count, ws.Dimension.End.Row);
        Assert.Equal("dv-1000", ws.Cells[ws.Dimension.End.Row, 1].Value);
        Assert.DoesNotContain(Enumerable.Range(2, ws.Dimension.End.Row - 1), r => ws.Row(r).PageBreak);
    }

    [Fact]
    public void Write_Samples_SharedStringsAreCountedAndEveryCellPointsIntoThem()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");

        // Act
        var bytes = ReportWorkbook.Write(ReportSamples.Info(criteria), ReportSamples.All(criteria, AnLac), []);

        // Assert
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XNamespace x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XDocument Part(string path)
        {
            using var stream = zip.GetEntry(path)!.Open();
            return XDocument.Load(stream);
        }
        var sst = Part("xl/sharedStrings.xml").Root!;
        var unique = sst.Elements(x + "si").Count();
        Assert.Equal(unique, (int)sst.Attribute("uniqueCount")!);
        var texts = sst.Elements(x + "si").Select(si => si.Value).ToList();
        Assert.Equal(unique, texts.Distinct(StringComparer.Ordinal).Count());
        var indexes = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
            .SelectMany(e => Part(e.FullName).Descendants(x + "c")).Where(c => (string?)c.Attribute("t") == "s").Select(c => (int)c.Element(x + "v")!).ToList();
        Assert.True(indexes.Count > 100);
        Assert.All(indexes, i => Assert.InRange(i, 0, unique - 1));
    }
}
