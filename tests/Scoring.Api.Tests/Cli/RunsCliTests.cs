using Microsoft.Data.Sqlite;
using OfficeOpenXml;
using Scoring.Api.Cli;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Cli;

/// <summary>The annual cycle from the command line: register, upload, lock, run, publish, replay and diff, with Excel out.</summary>
public sealed class RunsCliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("scoring-runs-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    private (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        return (CliApp.Run([.. args, "--db", Path.Combine(_temp, "s.db"), "--by", "Phòng Nội vụ", "--criteria-dir", Repo.Path("criteria")], output), output.ToString());
    }

    [Fact]
    public void Cycle_UploadLockRunPublishReplayDiff_KhớpAndExcelOut()
    {
        Assert.Equal(CliApp.Ok, Run("agencies", "import", Repo.Path("samples", "agencies.csv")).Code);
        // mau-2024 accepts late uploads (flagged), so the test does not depend on today's date.
        foreach (var agency in new[] { "ubnd-huyen-an-lac", "ubnd-quan-bac-son", "so-tai-chinh", "so-noi-vu" })
        {
            var file = Repo.Path("samples", "workbooks", "mau-2024", agency + ".xlsx");
            Assert.Equal(CliApp.Ok, Run("submissions", "upload", "--agency", agency, "--year", "2024", "--criteria", "mau-2024", file).Code);
        }
        Assert.Equal(CliApp.Ok, Run("submissions", "lock", "--year", "2024", "--criteria", "mau-2024").Code);
        var (created, text) = Run("runs", "create", "--year", "2024", "--criteria", "mau-2024");
        Assert.Equal(CliApp.Ok, created);
        Assert.Contains("Đã tạo lượt xếp loại số 1 (bản nháp)", text);
        Assert.Equal(CliApp.Ok, Run("runs", "publish", "1").Code);
        Assert.Contains("quan-huyen\t1\tubnd-huyen-an-lac\t98\tTốt", Run("runs", "show", "1").Output);
        var replay = Path.Combine(_temp, "replay.xlsx");
        var (replayCode, replayText) = Run("runs", "replay", "1", "--out", replay);
        Assert.Equal(CliApp.Ok, replayCode);
        Assert.StartsWith("khớp: lượt 1 tính lại đúng từng kết quả, mã băm ", replayText, StringComparison.Ordinal);
        using (var package = new ExcelPackage(new FileInfo(replay)))
        {
            Assert.Contains("Khớp", package.Workbook.Worksheets["Kiểm tra lại"].Cells[6, 2].Text, StringComparison.Ordinal);
        }
        var diff = Path.Combine(_temp, "diff.xlsx");
        var (diffCode, diffText) = Run("runs", "diff", "1", "--criteria", "mau-2023", "--out", diff);
        Assert.Equal(CliApp.Ok, diffCode);
        Assert.Contains("I.5 → -", diffText);
        Assert.Contains("Không có trong phiên bản mới", diffText);
        using (var package = new ExcelPackage(new FileInfo(diff)))
        {
            Assert.NotNull(package.Workbook.Worksheets["So sánh"]);
            Assert.NotNull(package.Workbook.Worksheets["Chi tiết thay đổi"]);
        }
        Assert.Contains("run.publish", Run("audit", "--run", "1").Output);
        Assert.Contains("Lượt xếp loại số 1 đã công bố", Run("runs", "publish", "1").Output);
    }
}
