using System.IO.Compression;
using OfficeOpenXml;
using Scoring.Api.Reports;
using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>User-supplied text never becomes a formula, and sheet names made from group names are always valid.</summary>
public class ReportSecurityTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
    private const string Command = "=cmd|' /C calc'!A0";
    private const string AnLac = "ubnd-huyen-an-lac";

    [Fact]
    public void Write_FormulaLikeNameReasonAndProblems_StringValuesWithQuotePrefixNoFormula()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        List<ScoredAgency> agencies = [.. ReportSamples.All(criteria).Where(a => a.Code != AnLac), ReportSamples.One(criteria, AnLac, Command, Hyperlink)];
        RejectedFile[] rejected = [new("+evil.xlsx", [new Problem("@A1", "-I.1", "=1+1"), new Problem("-2", null, Command)])];

        // Act
        var bytes = ReportWorkbook.Write(ReportSamples.Info(criteria), agencies, rejected);

        // Assert
        using var package = ReportSamples.Open(bytes);
        var ranked = ReportSamples.Sheet(package, "UBND quận, huyện");
        var row = Enumerable.Range(4, 5).First(r => (string?)ranked.Cells[r, 2].Value == AnLac);
        AssertText(ranked.Cells[row, 3], Hyperlink);
        var detail = ReportSamples.Sheet(package, ReportWorkbook.DetailSheetName);
        var rows = Enumerable.Range(2, detail.Dimension.End.Row - 1).Where(r => (string?)detail.Cells[r, 1].Value == AnLac).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => AssertText(detail.Cells[r, 2], Hyperlink));
        AssertText(detail.Cells[rows.Single(r => (string?)detail.Cells[r, 3].Value == ReportSamples.AppraisedItem), 9], Command);
        var files = ReportSamples.Sheet(package, ReportWorkbook.RejectedSheetName);
        AssertText(files.Cells[2, 1], "+evil.xlsx");
        AssertText(files.Cells[2, 2], "@A1");
        AssertText(files.Cells[2, 3], "-I.1");
        AssertText(files.Cells[2, 4], "=1+1");
        AssertText(files.Cells[3, 2], "-2");
        AssertText(files.Cells[3, 4], Command);
        AssertNoFormulaAnywhere(bytes);
    }

    [Fact]
    public void ResultWorkbook_FormulaLikeReason_StringValueWithQuotePrefixNoFormula()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var agency = ReportSamples.One(criteria, AnLac, Command, Hyperlink);

        // Act
        var bytes = ResultWorkbook.Write(criteria.Version, criteria.Hash, agency, ReportSamples.MadeAt, "=" + ReportSamples.MadeBy);

        // Assert
        using var package = ReportSamples.Open(bytes);
        var ws = ReportSamples.Sheet(package, ResultWorkbook.SheetName);
        var row = Enumerable.Range(1, ws.Dimension.End.Row).Single(r => (string?)ws.Cells[r, 1].Value == ReportSamples.AppraisedItem);
        AssertText(ws.Cells[row, 8], Command);
        Assert.Contains(Enumerable.Range(1, 8), r => ws.Cells[r, 1].Text.Contains(Hyperlink, StringComparison.Ordinal));
        Assert.Equal("=" + ReportSamples.MadeBy, package.Workbook.Properties.Author);
        AssertNoFormulaAnywhere(bytes);
    }

    [Fact]
    public void Write_UnsafeAndDuplicateGroupNames_SheetNamesValidAndUnique()
    {
        // Arrange
        var criteria = Criteria.Shipped("mau-2024");
        var version = criteria.Version with
        {
            Groups = [new Group("so-nganh", "tổng hợp"), new Group("quan-huyen", "'Khối [UBND]: quận/huyện *?\\ có tên rất dài, vượt quá 31 ký tự'")],
        };
        var info = ReportSamples.Info(criteria) with { Version = version };

        // Act
        using var package = ReportSamples.Open(ReportWorkbook.Write(info, ReportSamples.All(criteria), []));

        // Assert
        var names = package.Workbook.Worksheets.Select(w => w.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.True(n.Length is > 0 and <= 31 && n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0 && n[0] != '\'' && n[^1] != '\'', n));
        Assert.Equal(["Phụ lục", "Tổng hợp", "tổng hợp (2)", "Khối -UBND-- quận-huyện --- có", "Chi tiết", "Thông tin"], names);
    }

    [Fact]
    public void Text_ControlCharactersAndOverlongText_ReplacedAndCut()
    {
        // Arrange
        using var package = new ExcelPackage();
        var ws = package.Workbook.Worksheets.Add("a");

        // Act
        Cells.Text(ws.Cells[1, 1], "a\u0001b\uD800c\n d");
        Cells.Text(ws.Cells[2, 1], new string('x', Cells.MaxTextLength + 10));
        Cells.Text(ws.Cells[3, 1], null);
        Cells.Text(ws.Cells[4, 1], "Sở Nội vụ");

        // Assert
        Assert.Equal("a\uFFFDb\uFFFDc\n d", ws.Cells[1, 1].Value);
        Assert.Equal(Cells.MaxTextLength, ((string)ws.Cells[2, 1].Value).Length);
        Assert.Null(ws.Cells[3, 1].Value);
        Assert.False(ws.Cells[4, 1].Style.QuotePrefix);
        using var reread = ReportSamples.Open(package.GetAsByteArray());
        Assert.Equal("a\uFFFDb\uFFFDc\n d", reread.Workbook.Worksheets["a"].Cells[1, 1].Value);
    }

    private static void AssertText(ExcelRange cell, string expected)
    {
        Assert.Equal(expected, Assert.IsType<string>(cell.Value));
        Assert.True(string.IsNullOrEmpty(cell.Formula), $"{cell.Address} has formula {cell.Formula}");
        Assert.True(cell.Style.QuotePrefix, $"{cell.Address} lacks the quote prefix");
    }

    // No cell of any sheet is stored with a formula element.
    private static void AssertNoFormulaAnywhere(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<f ", xml, StringComparison.Ordinal);
        }
    }
}
