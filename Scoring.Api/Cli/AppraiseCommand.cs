using Scoring.Engine.Text;

namespace Scoring.Api.Cli;

/// <summary><c>appraise</c>: records one appraisal change (<c>--item --points --reason</c>, or <c>--clear</c>), or every change of an appraisal workbook.</summary>
internal static class AppraiseCommand
{
    public const string Usage = """
        appraise --agency <mã> --year <năm> --criteria <mã> --item <mã tiêu chí> (--points <điểm> | --clear) --reason <lý do> [--db <tệp>] [--by <người thẩm định>]
          appraise --agency <mã> --year <năm> --criteria <mã> --workbook <bảng thẩm định.xlsx> [--db <tệp>] [--by <người thẩm định>]
        """;

    private static readonly CancellationToken Ct = CancellationToken.None;

    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments, "--clear");
        var (agency, workbook, item) = (args["--agency"], args["--workbook"], args["--item"]);
        var single = item is not null && args["--reason"] is not null && (args["--points"] is null) == args.Has("--clear");
        if (agency is null || args["--criteria"] is null || args.Positional.Count > 0 || (workbook is null) == (item is null) || (item is not null && !single))
        {
            output.WriteLine("Cách dùng: " + Usage);
            return CliApp.Usage;
        }
        if (StoreOption.Year(args, output) is not { } year)
        {
            return CliApp.Usage;
        }
        decimal? points = null;
        if (args["--points"] is { } text)
        {
            if (!AnswerText.TryParseNumber(text, out var p))
            {
                output.WriteLine($"Điểm thẩm định \"{text}\" không phải là một số (ví dụ 3,5 hoặc 3.5).");
                return CliApp.Usage;
            }
            points = p;
        }
        if (workbook is not null && !File.Exists(workbook))
        {
            output.WriteLine($"{workbook}: lỗi: không tìm thấy tệp.");
            return CliApp.InputProblems;
        }
        if (CriteriaOption.Load(args, output) is not { } criteria)
        {
            return CliApp.InputProblems;
        }
        var store = StoreOption.Open(args);
        var actor = StoreOption.Actor(args);
        if (item is not null)
        {
            var change = store.Submissions.AppraiseAsync(agency, year, criteria, item, points, args["--reason"]!, actor, Ct).GetAwaiter().GetResult();
            output.WriteLine(change.Ok
                ? $"Đã ghi thẩm định tiêu chí {item} của đơn vị {agency}: " + (points is { } v ? $"{Num.Vi(v)} điểm." : "xóa điểm thẩm định, trở lại điểm tự chấm.")
                : change.Problem);
            return change.Ok ? CliApp.Ok : CliApp.InputProblems;
        }
        var changes = store.Submissions.AppraiseWorkbookAsync(agency, year, criteria, File.ReadAllBytes(workbook!), Path.GetFileName(workbook!), actor, Ct)
            .GetAwaiter().GetResult();
        if (changes.Any(c => !c.Ok))
        {
            output.WriteLine($"Bảng thẩm định {Path.GetFileName(workbook!)} không được ghi (không ghi thay đổi nào) vì {changes.Count} lỗi:");
            changes.ToList().ForEach(c => output.WriteLine("  " + c.Problem));
            return CliApp.InputProblems;
        }
        output.WriteLine(changes.Count == 0
            ? $"Bảng thẩm định {Path.GetFileName(workbook!)} không có thay đổi nào so với kết quả thẩm định đã ghi."
            : $"Đã ghi {changes.Count} thay đổi thẩm định của đơn vị {agency} từ {Path.GetFileName(workbook!)}.");
        return CliApp.Ok;
    }
}
