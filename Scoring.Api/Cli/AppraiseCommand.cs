using Scoring.Api.UseCases;
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

        var actor = StoreOption.Actor(args);
        var ops = StoreOption.Open(args);
        return item is not null
            ? CliApp.Print(ops.Appraise.RunAsync(agency, year, criteria, item, points, args["--reason"]!, actor, Ct).GetAwaiter().GetResult(), output)
            : CliApp.Print(ops.AppraiseWorkbook.RunAsync(agency, year, criteria, File.ReadAllBytes(workbook!), Path.GetFileName(workbook!), actor, Ct)
                .GetAwaiter().GetResult(), output);
    }
}
