using System.Text;
using Scoring.Api.Spreadsheets;
using Scoring.Engine.Submissions;
using Xunit;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>The upload guard refuses every hostile or wrong file with its own Vietnamese message, and lets a real workbook through.</summary>
public sealed class UploadGuardTests
{
    private const string Name = "bao-cao-tu-cham.xlsx";
    private const string Expected = "Cần tải lên sổ Excel (.xlsx) lập từ biểu mẫu đã tải về.";

    private static IReadOnlyList<Problem> Check(byte[] bytes, UploadLimits? limits = null) =>
        UploadGuard.Check(bytes, Name, limits ?? UploadLimits.Default);

    /// <summary>Exactly one problem, naming the file, saying what is wrong and what was expected.</summary>
    private static Problem Single(IReadOnlyList<Problem> problems, params string[] fragments)
    {
        var problem = Assert.Single(problems);
        AssertProblem(problem, fragments);
        return problem;
    }

    private static void AssertProblem(Problem problem, params string[] fragments)
    {
        Assert.Equal(Name, problem.Where);
        Assert.Null(problem.Code);
        Assert.EndsWith(Expected, problem.Message);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, problem.Message);
        }
    }

    [Fact]
    public void Check_ValidWorkbook_NoProblems() => Assert.Empty(Check(UploadFiles.Workbook()));

    [Fact]
    public void Check_EmptyFile_SaysEmpty() => Single(Check([]), "Tệp rỗng (0 byte)");

    [Fact]
    public void Check_LargerThanLimit_SaysSizeAndLimitInMegabytes()
    {
        var bytes = new byte[13 * 512 * 1024];
        UploadFiles.Workbook().CopyTo(bytes, 0);
        Single(Check(bytes), "Tệp quá lớn: 6,5 MB, vượt giới hạn 5 MB");
    }

    [Fact]
    public void Check_OldXls_AsksToSaveAsXlsx() =>
        Single(Check(UploadFiles.Ole("Workbook", "\u0005SummaryInformation")), "tệp Excel 97-2003 (.xls)", "hãy lưu lại dưới dạng .xlsx");

    [Fact]
    public void Check_OldWordDocument_SaysNotAWorkbook() =>
        Single(Check(UploadFiles.Ole("WordDocument", "1Table")), "tài liệu Office 97-2003 khác", "không phải sổ Excel");

    [Fact]
    public void Check_EncryptedByEpplus_AsksToRemovePassword() =>
        Single(Check(UploadFiles.Workbook(password: "x")), "tệp đã đặt mật khẩu", "hãy bỏ mật khẩu");

    [Fact]
    public void Check_EncryptionInfoStreamInOleFile_AsksToRemovePassword() =>
        Single(Check(UploadFiles.Ole("EncryptionInfo", "EncryptedPackage")), "tệp đã đặt mật khẩu");

    [Fact]
    public void Check_CsvRenamed_SaysTextOrCsv() =>
        Single(Check(Encoding.UTF8.GetBytes("Mã mục;Điểm tự chấm\r\nI.1;5\r\nI.2;4,5\r\n")), "có vẻ là tệp văn bản/CSV");

    [Fact]
    public void Check_UnicodeTextExport_SaysTextOrCsv() =>
        Single(Check([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Mã mục\tĐiểm\r\nI.1\t5\r\n")]), "có vẻ là tệp văn bản/CSV");

    [Fact]
    public void Check_Pdf_SaysPdfNotAWorkbook() =>
        Single(Check(Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")), "tệp PDF, không phải sổ Excel");

    [Fact]
    public void Check_BinaryThatIsNotZip_SaysNotAWorkbook() =>
        Single(Check([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]), "Tệp không phải sổ Excel");

    [Fact]
    public void Check_TruncatedWorkbook_SaysCorruptOrIncomplete()
    {
        var bytes = UploadFiles.Workbook();
        Single(Check(bytes[..(bytes.Length / 2)]), "Tệp bị hỏng hoặc không đầy đủ");
    }

    [Fact]
    public void Check_ZipWithoutWorkbookParts_NamesTheMissingParts() =>
        Single(Check(UploadFiles.Zip(("du-lieu.csv", UploadFiles.Text("I.1;5")))),
            "không phải sổ Excel", "thiếu [Content_Types].xml và xl/workbook.xml");

    [Fact]
    public void Check_OpenDocumentSpreadsheet_SaysOds() =>
        Single(Check(UploadFiles.Zip(("mimetype", UploadFiles.Text("application/vnd.oasis.opendocument.spreadsheet")),
            ("content.xml", UploadFiles.Text("<office:document-content/>")))), "OpenDocument .ods");

    [Fact]
    public void Check_WorkbookWithVbaProject_RefusesMacros() =>
        Single(Check(UploadFiles.AddEntries(UploadFiles.Workbook(), ("xl/vbaProject.bin", s => s.Write(new byte[512])))), "có chứa macro");

    [Fact]
    public void Check_MacroEnabledContentType_RefusesMacros()
    {
        var xlsm = UploadFiles.Zip(
            ("[Content_Types].xml", UploadFiles.Text("<Types><Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>")),
            ("xl/workbook.xml", UploadFiles.Text("<workbook/>")));
        Single(Check(xlsm), "có chứa macro");
    }

    [Fact]
    public void Check_ZipBombEntryOf200Megabytes_SaysEntryOverLimit()
    {
        var bomb = UploadFiles.AddEntries(UploadFiles.Workbook(), ("xl/worksheets/sheet2.xml", UploadFiles.Zeros(200L * 1024 * 1024)));
        Assert.True(bomb.Length < UploadLimits.Default.MaxBytes, $"The bomb should be small on the wire: {bomb.Length} bytes.");
        Single(Check(bomb), "Phần \"xl/worksheets/sheet2.xml\"", "khi giải nén lớn 200 MB, vượt giới hạn 50 MB", "bom nén");
    }

    [Fact]
    public void Check_HighlyCompressedEntryUnderTheLimit_SaysAbnormalRatio() =>
        Single(Check(UploadFiles.AddEntries(UploadFiles.Workbook(), ("xl/media/image1.png", UploadFiles.Zeros(10L * 1024 * 1024)))),
            "Phần \"xl/media/image1.png\"", "tỉ lệ bất thường", "(tối đa 200:1)", "bom nén");

    [Fact]
    public void Check_EntriesThatAddUpOverTheLimit_SaysTotalOverLimit()
    {
        var parts = Enumerable.Range(1, 3).Select(i => ($"xl/worksheets/sheet{i + 1}.xml", UploadFiles.Text(new string('x', 40 * 1024)))).ToArray();
        var limits = UploadLimits.Default with { MaxUncompressedBytes = 100 * 1024 };
        Single(Check(UploadFiles.AddEntries(UploadFiles.Workbook(), parts), limits), "Tổng dung lượng khi giải nén", "vượt giới hạn 100 KB");
    }

    [Fact]
    public void Check_TooManyEntries_SaysCountAndLimit()
    {
        var parts = Enumerable.Range(1, 200).Select(i => ($"xl/media/image{i}.png", UploadFiles.Text("."))).ToArray();
        var bytes = UploadFiles.AddEntries(UploadFiles.Workbook(), parts);
        Single(Check(bytes), "phần bên trong, vượt giới hạn 200");
    }

    [Fact]
    public void Check_ManyProblemsAtOnce_ListsEveryOne()
    {
        var limits = UploadLimits.Default with { MaxEntries = 3, MaxUncompressedBytes = 1024 };
        var bytes = UploadFiles.AddEntries(UploadFiles.Workbook(), ("xl/vbaProject.bin", UploadFiles.Zeros(4096)));
        var problems = Check(bytes, limits);
        Assert.Contains(problems, p => p.Message.Contains("vượt giới hạn 3", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("Phần \"xl/vbaProject.bin\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("có chứa macro", StringComparison.Ordinal));
        Assert.All(problems, p => AssertProblem(p));
    }
}
