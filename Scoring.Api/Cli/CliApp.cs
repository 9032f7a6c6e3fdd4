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

    /// <summary>Exit code: a file or the store could not be read or written.</summary>
    public const int IoError = 4;

    /// <summary>Exit code: what is stored no longer fits together (a run's criteria, revisions or appraisals); nothing was changed.</summary>
    public const int Integrity = 5;

    /// <summary>Prints an outcome (its message, then every problem indented) and returns its exit code: the one place outcomes become exit codes.</summary>
    public static int Print<T>(UseCases.Outcome<T> outcome, TextWriter output)
    {
        output.WriteLine(outcome.Message);
        foreach (var p in outcome.Problems.Where(p => p.Message != outcome.Message))
        {
            output.WriteLine("  " + p);
        }
        return outcome.Kind switch
        {
            UseCases.OutcomeKind.Done or UseCases.OutcomeKind.Unchanged => Ok,
            UseCases.OutcomeKind.Integrity => Integrity,
            _ => InputProblems,
        };
    }

    /// <summary>Runs a verb with its arguments, writing to <paramref name="output"/>; never lets an exception reach the user as a stack trace.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        try
        {
            return Dispatch(args, output);
        }
        catch (RuleEvaluationException e)
        {
            output.WriteLine(e.Vietnamese());
            return RuleFailure;
        }
        catch (Storage.StoreIntegrityException)
        {
            output.WriteLine(Storage.StoreIntegrityException.Vietnamese(null));
            return Integrity;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The system's text is English; say what happened in Vietnamese, with the path when there is one.
            var path = e is FileNotFoundException { FileName: { } f } ? f : e is DirectoryNotFoundException ? "thư mục của tệp" : null;
            output.WriteLine(e switch
            {
                FileNotFoundException or DirectoryNotFoundException => $"Không tìm thấy {(path is null ? "tệp" : path)}: kiểm tra lại đường dẫn.",
                UnauthorizedAccessException => "Không có quyền đọc hoặc ghi tệp: kiểm tra quyền truy cập của tệp và thư mục.",
                _ => "Không đọc hoặc ghi được tệp (tệp đang được mở ở chương trình khác, ổ đĩa đầy hoặc hỏng): hãy thử lại.",
            });
            return IoError;
        }
        catch (Exception e) when (Storage.StoreErrors.Vietnamese(e) is { } problem)
        {
            output.WriteLine(problem);
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
            ["submissions", .. var rest] => SubmissionsCommand.Run(rest, output),
            ["appraise", .. var rest] => AppraiseCommand.Run(rest, output),
            ["audit", .. var rest] => AuditCommand.Run(rest, output),
            ["runs", .. var rest] => RunsCommand.Run(rest, output),
            ["tokens", .. var rest] => TokensCommand.Run(rest, output),
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

            Kho dữ liệu (mọi lệnh dưới đây nhận --db <tệp> (mặc định data/scoring.db) và --by <người thực hiện>):
              dotnet run --project Scoring.Api -- agencies import <danh sách.csv|.xlsx> | agencies list
                  Nhập hoặc xem danh sách đơn vị; mỗi thay đổi được giữ thành phiên bản mới.
              dotnet run --project Scoring.Api -- submissions upload --agency <mã> --year <năm> --criteria <mã> <tệp.xlsx>
                  Nộp bảng tự chấm điểm; mỗi lần nộp được lưu nguyên tệp (kể cả tệp bị từ chối, cùng các lỗi).
              dotnet run --project Scoring.Api -- submissions list --year <năm> --criteria <mã>
                  Theo dõi nộp bài: trạng thái từng đơn vị, nộp muộn, số lần nộp; đơn vị chưa nộp được ghi "chưa nộp".
              dotnet run --project Scoring.Api -- submissions revisions --agency <mã> --year <năm> --criteria <mã>
                  Các lần nộp của một đơn vị, kèm lỗi của tệp bị từ chối.
              dotnet run --project Scoring.Api -- submissions withdraw --agency <mã> --year <năm> --criteria <mã>
                  Rút bài đã nộp (trước khi khóa); đơn vị có thể nộp lại trước khi khóa.
              dotnet run --project Scoring.Api -- submissions lock --year <năm> --criteria <mã>
                  Khóa nộp bài của năm: mọi bài đã nộp được khóa; sau khi khóa không nhận thêm tệp hay rút bài.
              dotnet run --project Scoring.Api -- submissions reopen --year <năm> --criteria <mã> --reason <lý do>
                  Mở lại nộp bài đã khóa (ghi lý do vào nhật ký); bài đã khóa chưa thẩm định trở lại "đã nộp".
              dotnet run --project Scoring.Api -- appraise --agency <mã> --year <năm> --criteria <mã> --item <mã tiêu chí> (--points <điểm> | --clear) --reason <lý do>
                  Ghi điểm thẩm định một tiêu chí (giữ lại điểm trước đó và lý do).
              dotnet run --project Scoring.Api -- appraise --agency <mã> --year <năm> --criteria <mã> --workbook <bảng thẩm định.xlsx>
                  Ghi mọi điểm thẩm định trong bảng thẩm định: ghi tất cả, hoặc không ghi gì và liệt kê mọi lỗi.
              dotnet run --project Scoring.Api -- audit --agency <mã> | audit --run <số>
                  Xem nhật ký: ai đã làm gì, lúc nào, với đơn vị hoặc lượt xếp loại.
              dotnet run --project Scoring.Api -- runs create --year <năm> --criteria <mã> [--group <khối>] [--knowingly]
                  Xếp loại mọi đơn vị từ bài đã khóa và điểm thẩm định; lưu lượt xếp loại (bản nháp). Có cảnh báo (chưa khóa,
                  không có bài đã khóa, bộ tiêu chí không có hiệu lực cho năm) thì không tạo, trừ khi thêm --knowingly.
              dotnet run --project Scoring.Api -- runs report <số> --out <tệp.xlsx>
                  Ghi báo cáo Excel của lượt đã lưu (giống hệt báo cáo tải từ trang và API).
              dotnet run --project Scoring.Api -- runs publish <số> | runs list | runs show <số>
                  Công bố (thay thế lượt đã công bố trước), xem danh sách, xem bảng xếp hạng.
              dotnet run --project Scoring.Api -- runs replay <số> [--out <tệp.xlsx>]
                  Tính lại lượt đã lưu từ kho dữ liệu: "khớp" kèm mã băm, hoặc mọi khác biệt.
              dotnet run --project Scoring.Api -- runs diff <số> --criteria <mã khác> [--out <tệp.xlsx>]
                  Chấm lại đầu vào của lượt theo bộ tiêu chí khác; so sánh tổng điểm, xếp loại, vị thứ và từng tiêu chí.
              dotnet run --project Scoring.Api -- tokens issue --name <tên> --role <admin|staff|auditor|agency> [--agency <mã>] | tokens list
                  Cấp mã đăng nhập (in một lần) hoặc xem danh sách mã; quản trị viên mất mã đầu tiên cấp mã quản trị mới bằng lệnh này.
              dotnet run --project Scoring.Api -- tokens revoke <số> --reason <lý do> | tokens renew <số>
                  Thu hồi mã (các phiên đăng nhập bằng mã đó kết thúc theo), hoặc thu hồi và cấp mã mới cho cùng người giữ.
            """);
        return code;
    }
}
