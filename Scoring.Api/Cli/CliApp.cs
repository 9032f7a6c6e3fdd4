using Scoring.Engine.Evaluation;

namespace Scoring.Api.Cli;

/// <summary>The command-line verbs of the Scoring binary; returns the process exit code.</summary>
public static class CliApp
{
    /// <summary>Exit code: success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the input has problems (lint errors, a bad answers file).</summary>
    public const int InputProblems = 1;

    /// <summary>Exit code: the command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Exit code: a rule failed while scoring (a defect in the criteria or the engine, never silently 0).</summary>
    public const int RuleFailure = 3;

    /// <summary>Exit code: a file could not be read.</summary>
    public const int IoError = 4;

    /// <summary>Runs a verb with its arguments, writing to <paramref name="output"/>; never lets an exception reach the user as a stack trace.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        try
        {
            return Dispatch(args, output);
        }
        catch (RuleEvaluationException e)
        {
            output.WriteLine($"Lỗi khi chấm điểm: quy tắc {e.RuleName} của bộ tiêu chí {e.VersionId} gặp lỗi với đơn vị {e.AgencyCode} ({e.InnerException?.Message}). Không có điểm nào được tính thay bằng 0; hãy báo cho người soạn bộ tiêu chí.");
            return RuleFailure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"Không đọc được tệp: {e.Message}");
            return IoError;
        }
    }

    private static int Dispatch(string[] args, TextWriter output)
    {
        return args switch
        {
            ["criteria", "lint", .. var files] when files.Length > 0 => LintCommand.Run(files, output),
            ["score", .. var rest] => ScoreCommand.Run(rest, output),
            ["template", .. var rest] => TemplateCommand.Run(rest, output),
            ["samples", .. var rest] => SamplesCommand.Run(rest, output),
            ["classify", .. var rest] => ClassifyCommand.Run(rest, output),
            ["agencies", .. var rest] => AgenciesCommand.Run(rest, output),
            ["help" or "--help" or "-h", ..] => Help(output, Ok),
            _ => Help(output, Usage),
        };
    }

    private static int Help(TextWriter output, int code)
    {
        output.WriteLine("""
            Scoring: chấm điểm, xếp loại công tác dân vận

            Cách dùng:
              dotnet run --project Scoring.Api -- criteria lint <tệp.yaml>...
                  Kiểm tra tệp tiêu chí; in mọi lỗi kèm dòng; mã thoát 0 nếu hợp lệ.
              dotnet run --project Scoring.Api -- score --criteria <mã-hoặc-tệp> <tệp-trả-lời.yaml> [--json]
                  Chấm điểm một đơn vị (tệp trả lời hoặc bảng tự chấm .xlsx), in kết quả có giải thích (JSON với --json; Excel với --out).
              dotnet run --project Scoring.Api -- template --criteria <mã> --group <khối> [--agency <mã>] [--appraisal] -o <tệp.xlsx>
                  Tạo bảng tự chấm điểm (hoặc bảng thẩm định) Excel từ bộ tiêu chí.
              dotnet run --project Scoring.Api -- classify --criteria <mã> --in <thư mục> --out <báo cáo.xlsx> [--agencies <csv>] [--by <người lập>] [--at <thời điểm>]
                  Chấm mọi bảng tính trong thư mục, liệt kê tệp bị từ chối, ghi báo cáo xếp loại Excel.
              dotnet run --project Scoring.Api -- samples
                  Tạo lại các bảng tính mẫu trong samples/workbooks.
            """);
        return code;
    }
}
