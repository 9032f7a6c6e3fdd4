using Microsoft.Data.Sqlite;
using Scoring.Api.Cli;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Cli;

/// <summary>The store verbs as staff run them: upload, track, lock, appraise, read the audit log; each test has its own database.</summary>
public sealed class SubmissionsCliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("scoring-subs-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    private (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        string[] common = ["--db", Path.Combine(_temp, "scoring.db"), "--criteria-dir", Repo.Path("criteria")];
        return (CliApp.Run([.. args, .. common], output), output.ToString());
    }

    private static string Workbook(string agency) => Repo.Path("samples", "workbooks", "mau-2024", agency + ".xlsx");

    private (int Code, string Output) Upload(string agency, string file) =>
        Run("submissions", "upload", "--agency", agency, "--year", "2024", "--criteria", "mau-2024", "--by", "Cán bộ đơn vị", file);

    [Fact]
    public void Submissions_UploadTrackLockAppraise_VietnameseOutputAndExitCodes()
    {
        Assert.Equal(CliApp.Ok, Run("agencies", "import", Repo.Path("samples", "agencies.csv")).Code);

        var accepted = Upload("ubnd-huyen-an-lac", Workbook("ubnd-huyen-an-lac"));
        Assert.Equal(CliApp.Ok, accepted.Code);
        Assert.Contains("Đã nhận tệp ubnd-huyen-an-lac.xlsx: lần nộp 1", accepted.Output);
        var rejected = Upload("so-lao-dong-tbxh", Workbook("so-lao-dong-tbxh"));
        Assert.Equal(CliApp.InputProblems, rejected.Code);
        Assert.Contains("bị từ chối (lần nộp 1", rejected.Output);
        Assert.Contains("(mục II.1)", rejected.Output);

        var list = Run("submissions", "list", "--year", "2024", "--criteria", "mau-2024");
        Assert.Equal(CliApp.Ok, list.Code);
        Assert.Contains("ubnd-huyen-an-lac\tUBND huyện An Lạc\tquan-huyen\tđã nộp\t", list.Output);
        Assert.Contains("so-noi-vu\tSở Nội vụ\tso-nganh\tchưa nộp\t\t0\t", list.Output);
        Assert.DoesNotContain("trung-tam-dich-vu-viec-lam", list.Output); // its group is not in mau-2024
        Assert.Contains("bị từ chối", Run("submissions", "revisions", "--agency", "so-lao-dong-tbxh", "--year", "2024", "--criteria", "mau-2024").Output);

        Assert.Contains("1 bài đã nộp được khóa", Run("submissions", "lock", "--year", "2024", "--criteria", "mau-2024", "--by", "Sở Nội vụ").Output);
        var appraise = Run("appraise", "--agency", "ubnd-huyen-an-lac", "--year", "2024", "--criteria", "mau-2024", "--item", "II.1", "--points", "3,5",
            "--reason", "Thiếu báo cáo", "--by", "Tổ thẩm định");
        Assert.Equal((CliApp.Ok, "Đã ghi thẩm định tiêu chí II.1 của đơn vị ubnd-huyen-an-lac: 3,5 điểm."), (appraise.Code, appraise.Output.Trim()));
        var tooMany = Run("appraise", "--agency", "ubnd-huyen-an-lac", "--year", "2024", "--criteria", "mau-2024", "--item", "II.1", "--points", "6", "--reason", "x");
        Assert.Equal(CliApp.InputProblems, tooMany.Code);
        Assert.Contains("cần từ 0 đến 5", tooMany.Output);

        var audit = Run("audit", "--agency", "ubnd-huyen-an-lac");
        Assert.Equal(CliApp.Ok, audit.Code);
        Assert.Contains("\tCán bộ đơn vị\tsubmission.upload\tNộp lần 1", audit.Output);
        Assert.Contains("\tTổ thẩm định\tappraisal.set\tThẩm định tiêu chí II.1", audit.Output);
    }

    [Fact]
    public void Submissions_AttachEvidence_LinkedOnceAndAudited()
    {
        Assert.Equal(CliApp.Ok, Run("agencies", "import", Repo.Path("samples", "agencies.csv")).Code);
        var pdf = Path.Combine(_temp, "bao-cao-tuyen-truyen.pdf");
        File.WriteAllBytes(pdf, Attachments.EvidenceSamples.Pdf("cli"));
        string[] attach = ["submissions", "attach", "--agency", "ubnd-huyen-an-lac", "--year", "2024", "--criteria", "mau-2024", "--by", "Cán bộ đơn vị"];

        var first = Run([.. attach, "--items", "I.1, II.1", pdf]);
        var again = Run([.. attach, "--items", "I.1", pdf]);
        var unknown = Run([.. attach, "--items", "IX.9", pdf]);

        Assert.Equal((CliApp.Ok, "Đã đính kèm tệp bao-cao-tuyen-truyen.pdf cho các tiêu chí I.1, II.1."), (first.Code, first.Output.Trim()));
        Assert.Equal(CliApp.Ok, again.Code);
        Assert.Contains("đã được đính kèm cho tiêu chí I.1 trước đó", again.Output);
        Assert.Equal(CliApp.InputProblems, unknown.Code);
        Assert.Contains("Mã tiêu chí \"IX.9\" không có trong bộ tiêu chí mau-2024", unknown.Output);
        Assert.Contains("\tCán bộ đơn vị\tevidence.attach\tĐính kèm tệp kiểm chứng bao-cao-tuyen-truyen.pdf", Run("audit", "--agency", "ubnd-huyen-an-lac").Output);
        Assert.Equal(CliApp.Usage, Run([.. attach, pdf]).Code);
    }

    [Fact]
    public void Submissions_MissingOptions_UsageExitTwo()
    {
        Assert.Equal(CliApp.Usage, Run("submissions", "upload", "--year", "2024", "--criteria", "mau-2024", "x.xlsx").Code);
        Assert.Equal(CliApp.Usage, Run("submissions", "list", "--year", "hai nghìn", "--criteria", "mau-2024").Code);
        Assert.Equal(CliApp.Usage, Run("appraise", "--agency", "a", "--year", "2024", "--criteria", "mau-2024", "--item", "I.1", "--points", "1").Code);
        Assert.Equal(CliApp.Usage, Run("audit").Code);
    }
}
