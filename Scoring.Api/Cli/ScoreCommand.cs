using Scoring.Api.Reports;
using Scoring.Api.Storage;
using Scoring.Api.Submissions;
using Scoring.Engine.Evaluation;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Cli;

/// <summary><c>score --criteria &lt;id-or-file&gt; &lt;answers&gt;</c>: scores one agency and explains the result.</summary>
internal static class ScoreCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        string? criteria = null, answers = null, folder = null;
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--criteria" when i + 1 < args.Count:
                    criteria = args[++i];
                    break;
                case "--criteria-dir" when i + 1 < args.Count:
                    folder = args[++i];
                    break;
                case "--json":
                    json = true;
                    break;
                default:
                    answers = args[i];
                    break;
            }
        }
        if (criteria is null || answers is null)
        {
            output.WriteLine("Cách dùng: score --criteria <mã-hoặc-tệp> <tệp-trả-lời.yaml> [--json]");
            return CliApp.Usage;
        }
        var loaded = new CriteriaFolder(folder).Load(criteria);
        if (loaded.Valid is not { } version)
        {
            output.WriteLine($"Bộ tiêu chí {criteria} không dùng được:");
            foreach (var p in loaded.Problems.Where(p => !p.IsWarning))
            {
                output.WriteLine("  " + p);
            }
            return CliApp.InputProblems;
        }
        if (!File.Exists(answers))
        {
            output.WriteLine($"{answers}: lỗi: không tìm thấy tệp trả lời.");
            return CliApp.InputProblems;
        }
        var (submission, problems) = AnswersFile.Read(File.ReadAllText(answers), answers, version);
        if (submission is null)
        {
            output.WriteLine($"Tệp trả lời {answers} có {problems.Count} lỗi:");
            foreach (var p in problems)
            {
                output.WriteLine("  " + p);
            }
            return CliApp.InputProblems;
        }
        var compiled = RuleCompiler.Compile(version);
        var result = compiled.Scorer.Evaluate(submission);
        output.Write(json ? ResultJson.Write(result) + Environment.NewLine : ResultText.Write(result, version, compiled.Hash));
        return CliApp.Ok;
    }
}
