using Scoring.Api.Spreadsheets;
using Scoring.Api.Reports;
using Scoring.Api.Submissions;
using Scoring.Engine.Evaluation;

namespace Scoring.Api.Cli;

/// <summary><c>score --criteria &lt;id-or-file&gt; &lt;answers&gt;</c>: scores one agency and explains the result.</summary>
internal static class ScoreCommand
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments, "--json");
        if (args["--criteria"] is null || args.Positional.Count != 1)
        {
            output.WriteLine("Cách dùng: score --criteria <mã-hoặc-tệp> <tệp-trả-lời.yaml hoặc bảng-tự-chấm.xlsx> [--json] [--out <kết-quả.xlsx hoặc kết-quả.pdf>]");
            return CliApp.Usage;
        }
        if (CriteriaOption.Load(args, output) is not { } compiled)
        {
            return CliApp.InputProblems;
        }
        var answers = args.Positional[0];
        if (!File.Exists(answers))
        {
            output.WriteLine($"{answers}: lỗi: không tìm thấy tệp trả lời.");
            return CliApp.InputProblems;
        }
        var (submission, problems) = SubmissionFile.Read(answers, compiled);
        if (submission is null)
        {
            output.WriteLine($"Tệp {answers} có {problems.Count} lỗi:");
            foreach (var p in problems)
            {
                output.WriteLine("  " + p);
            }
            return CliApp.InputProblems;
        }
        var result = compiled.Scorer.Evaluate(submission);
        output.Write(args.Has("--json") ? ResultJson.Write(result) + Environment.NewLine : ResultText.Write(result, compiled.Version, compiled.Hash));
        if ((args["--out"] ?? args["-o"]) is { } file)
        {
            var self = compiled.Scorer.Evaluate(submission.SelfScored(compiled.Version));
            var agency = new ScoredAgency(submission.AgencyCode, submission.AgencyName ?? submission.AgencyCode, self, result, Path.GetFileName(answers));
            // A file named .pdf gets the PDF of the same result; any other name the workbook.
            var (madeAt, madeBy) = (DateTimeOffset.Now, args["--by"] ?? Environment.UserName);
            File.WriteAllBytes(file, file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
                ? ResultWorkbook.Pdf(compiled.Version, compiled.Hash, agency, madeAt, madeBy)
                : ResultWorkbook.Write(compiled.Version, compiled.Hash, agency, madeAt, madeBy));
            output.WriteLine($"Đã ghi kết quả chi tiết vào {file}.");
        }
        return CliApp.Ok;
    }
}
