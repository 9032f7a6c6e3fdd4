using Scoring.Api.Spreadsheets;
using Scoring.Api.Submissions;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Cli;

/// <summary><c>template --criteria &lt;id&gt; --group &lt;code&gt; [--agency &lt;code&gt;] [--name &lt;name&gt;] [--answers &lt;file&gt;] [--appraisal] -o &lt;file.xlsx&gt;</c>.</summary>
internal static class TemplateCommand
{
    public const string Usage = "template --criteria <mã> --group <khối> [--agency <mã đơn vị>] [--name <tên>] [--answers <tệp trả lời>] [--appraisal] -o <tệp.xlsx>";

    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments, "--appraisal");
        var group = args["--group"];
        var file = args["-o"] ?? args["--out"];
        if (args["--criteria"] is null || group is null || file is null)
        {
            output.WriteLine("Cách dùng: " + Usage);
            return CliApp.Usage;
        }
        if (CriteriaOption.Load(args, output) is not { } compiled)
        {
            return CliApp.InputProblems;
        }
        if (compiled.Version.FindGroup(group) is null)
        {
            output.WriteLine($"Khối \"{group}\" không có trong bộ tiêu chí {compiled.Version.Id}; các khối: {string.Join(", ", compiled.Version.Groups.Select(g => g.Code))}.");
            return CliApp.InputProblems;
        }
        Submission? prefill = null;
        if (args["--answers"] is { } answers)
        {
            var (submission, problems) = AnswersFile.Read(File.ReadAllText(answers), answers, compiled.Version);
            if (submission is null)
            {
                output.WriteLine($"Tệp trả lời {answers} có {problems.Count} lỗi:");
                problems.ToList().ForEach(p => output.WriteLine("  " + p));
                return CliApp.InputProblems;
            }
            prefill = submission;
        }
        var bytes = WorkbookTemplate.Write(new TemplateRequest(compiled, group, args["--agency"] ?? prefill?.AgencyCode,
            args["--name"] ?? prefill?.AgencyName, prefill, args.Has("--appraisal")));
        File.WriteAllBytes(file, bytes);
        output.WriteLine($"Đã tạo {file} ({(args.Has("--appraisal") ? "bảng thẩm định" : "bảng tự chấm điểm")}, bộ tiêu chí {compiled.Version.Id}, khối {group}).");
        return CliApp.Ok;
    }
}
