using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Tests.Spreadsheets;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;
using Xunit;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Tests.Hostile;

/// <summary>Hostile workbooks through <see cref="WorkbookReader.Read"/>: problems in Vietnamese, never an exception.</summary>
public class HostileWorkbookTests
{
    private static readonly CompiledCriteria C = Criteria.Shipped("mau-2024");

    public static readonly string[] Injections = ["=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "+SUM(1,2)", "@A1", "-2+3"];

    private static string Refused(byte[] bytes)
    {
        var upload = WorkbookReader.Read(bytes, "doc-hai.xlsx", C);
        Assert.False(upload.IsValid);
        Assert.Null(upload.Submission);
        Assert.NotEmpty(upload.Problems);
        return string.Join("\n", upload.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Read_TruncatedZip_CorruptInVietnamese() => Assert.Contains("bị hỏng hoặc không đầy đủ", Refused(HostileFiles.Truncated));

    [Fact]
    public void Read_DeclaredZipBomb_RefusedBySize() => Assert.Contains("vượt giới hạn", Refused(HostileFiles.DeclaredBomb()));

    [Fact]
    public void Read_RealZipBomb_RefusedBySizeOrRatio()
    {
        var bomb = HostileFiles.RealBomb();
        Assert.True(bomb.Length < UploadLimits.Default.MaxBytes);
        Assert.Contains("bom nén", Refused(bomb));
    }

    [Fact]
    public void Read_MillionRowSheet_RefusedBeforeOpeningWithBoundedMemory()
    {
        var bytes = HostileFiles.WithSheet(HostileFiles.MillionRows);
        Assert.True(bytes.Length < UploadLimits.Default.MaxBytes, $"{bytes.Length} bytes");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var message = Refused(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains($"hơn {UploadLimits.Default.MaxRows} dòng", message);
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void Read_HugeSharedStrings_RefusedByUncompressedLimit()
    {
        var bytes = HostileFiles.Replace(HostileFiles.Sample, "xl/sharedStrings.xml", HostileFiles.HugeSharedStrings);
        Assert.Contains("vượt giới hạn", Refused(bytes));
    }

    [Fact]
    public void Read_BillionLaughsInSheet_RefusedForDoctype() =>
        Assert.Contains("DOCTYPE", Refused(HostileFiles.WithSheet(HostileFiles.BillionLaughs)));

    [Fact]
    public void Read_PasswordProtected_SaysRemoveThePassword() => Assert.Contains("mật khẩu", Refused(HostileFiles.Password()));

    [Fact]
    public void Read_WorkbookOfAnotherCriteriaVersion_NamesBothVersions()
    {
        var message = Refused(HostileFiles.OtherVersion);
        Assert.Contains("mau-2023", message);
        Assert.Contains("mau-2024", message);
    }

    [Fact]
    public void Read_FormulaTextInEveryFreeTextCell_AcceptedAsTextAndWrittenBackAsText()
    {
        var n = 0;
        string Next() => Injections[n++ % Injections.Length];
        var expected = new Dictionary<(int, int), string>();
        var answered = Workbooks.Sample(C, HostileFiles.Agency).Answers.Keys.ToHashSet();
        var bytes = Workbooks.Edit(HostileFiles.Sample, sheet =>
        {
            sheet.Cells[AgencyName.Row, AgencyName.Column].Value = expected[AgencyName] = Next();
            for (var r = HeaderRow + 1; r <= sheet.Dimension.End.Row; r++)
            {
                if (sheet.Cells[r, Code].Value is string code && answered.Contains(code))
                {
                    sheet.Cells[r, Evidence].Value = expected[(r, Evidence)] = Next();
                    sheet.Cells[r, Explanation].Value = expected[(r, Explanation)] = Next();
                }
            }
        });

        var upload = WorkbookReader.Read(bytes, "cong-thuc.xlsx", C);

        Assert.True(upload.IsValid, string.Join("\n", upload.Problems));
        Assert.Equal(expected[AgencyName], upload.Submission!.AgencyName);
        Assert.Contains(upload.Submission.Answers.Values, a => a.Evidence == Injections[1]);
        using var written = new ExcelPackage(new MemoryStream(Workbooks.Filled(C, upload.Submission)));
        var sheet = written.Workbook.Worksheets[ScoreSheet];
        var texts = 0;
        for (var r = 1; r <= sheet.Dimension.End.Row; r++)
        {
            foreach (var column in new[] { AgencyName.Column, Evidence, Explanation })
            {
                var cell = sheet.Cells[r, column];
                if (cell.Value is string s && Injections.Contains(s))
                {
                    Assert.Equal("", cell.Formula);
                    Assert.True(cell.Style.QuotePrefix, $"{cell.Address} {s}");
                    texts++;
                }
            }
        }
        Assert.Equal(expected.Count, texts);
    }
}
