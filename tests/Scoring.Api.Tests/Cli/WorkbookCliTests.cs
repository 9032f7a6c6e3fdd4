using OfficeOpenXml;
using Scoring.Api.Cli;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Cli;

/// <summary>The workbook verbs as staff run them: template, score a workbook, classify a folder.</summary>
public sealed class WorkbookCliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("scoring-wb-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        return (CliApp.Run(args, output), output.ToString());
    }

    private string Classify(string report) => Run("classify", "--criteria-dir", Repo.Path("criteria"), "--criteria", "mau-2024",
        "--in", Repo.Path("samples", "workbooks", "mau-2024"), "--agencies", Repo.Path("samples", "agencies.csv"),
        "--out", Path.Combine(_temp, report), "--by", "Phòng Nội vụ", "--at", "2024-12-20T14:05:00+07:00").Output;

    [Fact]
    public void Template_GroupOfVersion_WritesProtectedWorkbookWithTheGroupsItems()
    {
        var file = Path.Combine(_temp, "mau.xlsx");
        var (code, output) = Run("template", "--criteria-dir", Repo.Path("criteria"), "--criteria", "mau-2024", "--group", "so-nganh", "-o", file);
        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("Đã tạo", output);
        using var package = new ExcelPackage(new FileInfo(file));
        var sheet = package.Workbook.Worksheets[TemplateLayout.ScoreSheet];
        Assert.True(sheet.Protection.IsProtected);
        var codes = Enumerable.Range(TemplateLayout.HeaderRow + 1, sheet.Dimension.End.Row).Select(r => sheet.Cells[r, 1].Value as string).ToList();
        Assert.Contains("IV.2", codes);
        Assert.DoesNotContain("IV.3", codes); // quan-huyen only
        Assert.NotNull(package.Workbook.Worksheets[TemplateLayout.GuideSheet]);
        Assert.Equal(OfficeOpenXml.eWorkSheetHidden.VeryHidden, package.Workbook.Worksheets[TemplateLayout.MetaSheet].Hidden);
    }

    [Fact]
    public void Template_UnknownGroup_SaysWhichExist()
    {
        var (code, output) = Run("template", "--criteria-dir", Repo.Path("criteria"), "--criteria", "mau-2024", "--group", "xa", "-o", Path.Combine(_temp, "x.xlsx"));
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Contains("Khối \"xa\" không có trong bộ tiêu chí mau-2024; các khối: so-nganh, quan-huyen", output);
    }

    [Fact]
    public void Score_SampleWorkbookWithMistake_NamesTheCell()
    {
        var (code, output) = Run("score", "--criteria-dir", Repo.Path("criteria"), "--criteria", "mau-2024",
            Repo.Path("samples", "workbooks", "mau-2024", "ubnd-huyen-vinh-bao.xlsx"));
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Matches("ubnd-huyen-vinh-bao.xlsx, trang tính \"Tự chấm điểm\", ô E\\d+ \\(mục V.1\\): Giá trị \"chín mươi lăm\" không phải là một số", output);
    }

    [Fact]
    public void Score_SampleWorkbookWithOut_WritesResultWorkbook()
    {
        var file = Path.Combine(_temp, "ket-qua.xlsx");
        var (code, output) = Run("score", "--criteria-dir", Repo.Path("criteria"), "--criteria", "mau-2024",
            Repo.Path("samples", "workbooks", "mau-2024", "ubnd-huyen-an-lac.xlsx"), "--out", file);
        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("TỔNG ĐIỂM: 98", output);
        Assert.True(new FileInfo(file).Length > 0);
    }

    [Fact]
    public void Classify_SampleFolder_ListsRejectedFilesAndWritesReport()
    {
        var output = Classify("bao-cao.xlsx");
        Assert.Contains("Đã chấm 11 đơn vị, từ chối 2 tệp", output);
        Assert.Contains("so-lao-dong-tbxh.xlsx, trang tính \"Tự chấm điểm\"", output);
        using var package = new ExcelPackage(new FileInfo(Path.Combine(_temp, "bao-cao.xlsx")));
        Assert.NotNull(package.Workbook.Worksheets["Tổng hợp"]);
        Assert.NotNull(package.Workbook.Worksheets["Tệp bị từ chối"]);
    }

    [Fact]
    public void Classify_SameInputsTwice_SameCellsEverywhere()
    {
        Classify("a.xlsx");
        Classify("b.xlsx");
        using var a = new ExcelPackage(new FileInfo(Path.Combine(_temp, "a.xlsx")));
        using var b = new ExcelPackage(new FileInfo(Path.Combine(_temp, "b.xlsx")));
        Assert.Equal(a.Workbook.Worksheets.Select(s => s.Name), b.Workbook.Worksheets.Select(s => s.Name));
        foreach (var sheet in a.Workbook.Worksheets)
        {
            var other = b.Workbook.Worksheets[sheet.Name];
            Assert.Equal(sheet.Dimension?.Address, other.Dimension?.Address);
            if (sheet.Dimension is null)
            {
                continue;
            }
            for (var r = 1; r <= sheet.Dimension.End.Row; r++)
            {
                for (var c = 1; c <= sheet.Dimension.End.Column; c++)
                {
                    Assert.True(Equals(sheet.Cells[r, c].Value, other.Cells[r, c].Value) && sheet.Cells[r, c].Formula == other.Cells[r, c].Formula,
                        $"{sheet.Name}!{sheet.Cells[r, c].Address}: {sheet.Cells[r, c].Value} vs {other.Cells[r, c].Value}");
                }
            }
        }
    }

    [Fact]
    public void Samples_Regenerated_SameCellsAsCheckedIn()
    {
        var (code, _) = Run("samples", "--samples", Repo.Path("samples"), "--criteria-dir", Repo.Path("criteria"), "--out", _temp);
        Assert.Equal(CliApp.Ok, code);
        var checkedIn = Directory.GetFiles(Repo.Path("samples", "workbooks"), "*.xlsx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Path("samples", "workbooks"), f)).Order(StringComparer.Ordinal).ToList();
        var made = Directory.GetFiles(_temp, "*.xlsx", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_temp, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(checkedIn, made);
        foreach (var file in made)
        {
            using var a = new ExcelPackage(new FileInfo(Repo.Path("samples", "workbooks", file)));
            using var b = new ExcelPackage(new FileInfo(Path.Combine(_temp, file)));
            foreach (var name in new[] { TemplateLayout.ScoreSheet, TemplateLayout.MetaSheet })
            {
                var x = a.Workbook.Worksheets[name];
                var y = b.Workbook.Worksheets[name];
                for (var r = 1; r <= x.Dimension.End.Row; r++)
                {
                    for (var c = 1; c <= x.Dimension.End.Column; c++)
                    {
                        Assert.True(Equals(x.Cells[r, c].Value, y.Cells[r, c].Value) && x.Cells[r, c].Formula == y.Cells[r, c].Formula,
                            $"{file} {name}!{x.Cells[r, c].Address}: checked in {x.Cells[r, c].Value}, regenerated {y.Cells[r, c].Value}; run the samples verb");
                    }
                }
            }
        }
    }
}
