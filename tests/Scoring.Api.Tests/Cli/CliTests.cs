using Scoring.Api.Cli;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Cli;

/// <summary>The CLI verbs as a user runs them: arguments in, Vietnamese text and an exit code out.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("scoring-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var code = CliApp.Run(args, output);
        return (code, output.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Lint_ShippedVersions_ExitZeroAndSayValid()
    {
        var files = Directory.GetFiles(Repo.Path("criteria"), "*.yaml");
        var (code, output) = Run(["criteria", "lint", .. files]);
        Assert.Equal(CliApp.Ok, code);
        Assert.True(files.Length >= 4, "mau-2023, mau-2024, mau-9010-2024 and mau-2026 are shipped");
        Assert.Equal(files.Length, output.Split('\n').Count(l => l.Contains(": hợp lệ: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lint_BrokenVersion_ExitNonZeroEveryProblemWithFileAndLine()
    {
        var file = Write("hong.yaml", """
            id: hong
            title: Hỏng
            scale: 100
            groups: [ { code: so, name: Sở } ]
            sections:
              - code: I
                title: Mục I
                max: 100
                items:
                  - { code: I.1, title: A, max: 50, kind: yes-no }
                  - { code: I.1, title: B, max: 40, kind: formula, formula: "x.GetType()" }
            classes:
              - { name: Tốt, from: 90 }
              - { name: Khá, from: 60, to: 80 }
            """);
        var (code, output) = Run("criteria", "lint", file);
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Contains("hong.yaml:11:", output);
        Assert.Contains("dấu chấm", output);
        Assert.Contains("hong.yaml:3:", output);
        Assert.Contains("khác thang điểm 100", output);
        Assert.Contains("bị hở: tổng điểm từ 80 đến dưới 90", output);
        Assert.Contains("dưới 60 không thuộc xếp loại nào", output);
        Assert.Contains("không hợp lệ: ", output);
    }

    [Fact]
    public void Lint_MissingFile_ExitNonZero()
    {
        var (code, output) = Run("criteria", "lint", Path.Combine(_temp, "khong-co.yaml"));
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Contains("không tìm thấy tệp", output);
    }

    [Fact]
    public void Score_SampleAnswers_PrintsExplainedResultInVietnamese()
    {
        var (code, output) = Run("score", "--criteria-dir", Repo.Path("criteria"), "--criteria", "mau-2024",
            Repo.Path("samples", "answers", "mau-2024", "ubnd-huyen-an-lac.yaml"));
        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("TỔNG ĐIỂM: 98", output);
        Assert.Contains("XẾP LOẠI: Tốt", output);
        Assert.Contains("Cách tính: từ 95% trở lên: 10 điểm", output);
        // People read titles, not rule tags or input codes.
        Assert.DoesNotContain("Quy tắc", output);
        Assert.DoesNotContain("item:", output);
        Assert.Contains("Mục I.", output);
    }

    [Fact]
    public void Score_CriteriaByFileAndJson_PrintsCanonicalJson()
    {
        var (code, output) = Run("score", "--criteria", Repo.Path("criteria", "mau-9010-2024.yaml"), "--json",
            Repo.Path("samples", "answers", "mau-9010-2024", "trung-tam-dich-vu-viec-lam.yaml"));
        Assert.Equal(CliApp.Ok, code);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
        // F.1 is the superior's, not in the agency's answers: 0 until staff enter it, so 59.5 × 100 / 85 = 70 (the .expected.md's 80 has F.1 = 8.5).
        Assert.Contains("\"rescaledTotal\": 70", output);
        Assert.Contains("Chưa có điểm do cấp trên đánh giá: tạm tính 0 điểm", output);
    }

    [Fact]
    public void Score_BadAnswersFile_ListsEveryProblemWithLineAndExitsNonZero()
    {
        var answers = Write("sai.yaml", """
            agency: so-thu
            group: so-nganh
            answers:
              I.1: có
              I.2: có thể
              I.4: 1.5
              I.5: 1.8
              II.1: 7
              II.2: chín mươi
              X.9: 3
            inputs:
              so_mo_hinh_cong_nhan: 1
            """);
        var (code, output) = Run("score", "--criteria-dir", Repo.Path("criteria"), "--criteria", "mau-2024", answers);
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Contains("sai.yaml, dòng 5 (mục I.2): Giá trị \"có thể\" không hợp lệ: cần \"có\" hoặc \"không\".", output);
        Assert.Contains("sai.yaml, dòng 6 (mục I.4): Số lần vi phạm 1,5 không hợp lệ: cần là số nguyên", output);
        Assert.Contains("sai.yaml, dòng 7 (mục I.5): Điểm tự chấm 1,8 không đúng bước chấm: cần là bội số của 0,25", output);
        Assert.Contains("sai.yaml, dòng 8 (mục II.1): Điểm tự chấm 7 nằm ngoài khoảng cho phép: cần từ 0 đến 5", output);
        Assert.Contains("sai.yaml, dòng 9 (mục II.2): Giá trị \"chín mươi\" không phải là một số: cần một tỷ lệ phần trăm từ 0 đến 100", output);
        Assert.Contains("sai.yaml, dòng 10 (mục X.9): Mã tiêu chí \"X.9\" không có trong bộ tiêu chí mau-2024", output);
        Assert.Contains("(mục III.1): Thiếu câu trả lời cho tiêu chí III.1", output);
        Assert.Contains("Thiếu tài liệu kiểm chứng", output);
        Assert.DoesNotContain("TỔNG ĐIỂM", output);
    }

    [Fact]
    public void Score_UnknownCriteriaId_SaysWhichExist()
    {
        var (code, output) = Run("score", "--criteria-dir", Repo.Path("criteria"), "--criteria", "mau-1999",
            Repo.Path("samples", "answers", "mau-2024", "ubnd-huyen-an-lac.yaml"));
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Contains("Không tìm thấy bộ tiêu chí \"mau-1999\"", output);
        Assert.Contains("mau-2023", output);
    }

    [Fact]
    public void Score_AnswersForAnotherVersion_Refused()
    {
        var (code, output) = Run("score", "--criteria-dir", Repo.Path("criteria"), "--criteria", "mau-2023",
            Repo.Path("samples", "answers", "mau-2024", "ubnd-huyen-an-lac.yaml"));
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Contains("dành cho bộ tiêu chí \"mau-2024\", không phải \"mau-2023\"", output);
    }

    [Fact]
    public void Run_UnknownVerb_UsageAndExitTwo()
    {
        var (code, output) = Run("lam-gi-do");
        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("Cách dùng", output);
    }

    [Theory]
    [InlineData("agency: so-a\ngroup: so-nganh\nanswers: { I.1: 1, I.2: 2\n", 3, "chưa được đóng")]
    [InlineData("agency: so-a\ngroup: so-nganh\nanswers:\n\tI.1: 1\n", 4, "Tab")]
    public void Score_AnswersFileBrokenYaml_VietnameseWithLineNoParserEnglish(string text, int line, string fragment)
    {
        var answers = Write("hong-tra-loi.yaml", text);
        var (code, output) = Run("score", "--criteria", "mau-2024", answers);
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Contains($"dòng {line}", output);
        Assert.Contains(fragment, output);
        Assert.DoesNotContain("While", output);
        Assert.DoesNotContain("expected", output);
    }

    [Fact]
    public void Score_DivisorCanBeZero_RefusedAtTheFormulaLine()
    {
        var criteria = Write("chia.yaml", """
            id: chia
            title: Chia cho 0
            scale: 10
            groups: [ { code: g, name: G } ]
            inputs: [ { code: so_lan, title: Số lần, type: count } ]
            sections:
              - code: I
                title: Mục I
                max: 10
                items:
                  - { code: I.1, title: A, max: 10, kind: formula, formula: "10 / so_lan" }
            classes: [ { name: Đạt, from: 5 }, { name: Không đạt, from: 0, to: 5 } ]
            """);
        var answers = Write("a.yaml", "agency: so-a\ngroup: g\ninputs: { so_lan: 0 }\n");
        var (code, output) = Run("score", "--criteria", criteria, answers);
        // Refused when the file is read, at the formula's line, before any agency is scored.
        Assert.Equal(CliApp.InputProblems, code);
        Assert.Contains("chia.yaml:11:9: lỗi: Công thức của tiêu chí I.1", output);
        Assert.Contains("chia cho so_lan, mà so_lan có thể bằng 0", output);
        Assert.DoesNotContain("   at ", output);
    }
}
