using Scoring.Engine.Registry;
using System.Globalization;
using System.Security.Cryptography;
using Scoring.Api.Reports;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Submissions;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Cli;

/// <summary><c>classify --criteria &lt;id&gt; --in &lt;folder&gt; --out &lt;report.xlsx&gt; [--agencies &lt;csv&gt;] [--by &lt;name&gt;] [--at &lt;time&gt;]</c>:
/// scores every workbook (or answers file) in a folder, lists rejected files with their errors, and writes the report.</summary>
internal static class ClassifyCommand
{
    public const string Usage = "classify --criteria <mã> --in <thư mục> --out <báo cáo.xlsx> [--agencies <danh sách.csv>] [--by <người lập>] [--at <thời điểm ISO 8601>]";

    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments);
        var input = args["--in"];
        var report = args["--out"] ?? args["-o"];
        if (args["--criteria"] is null || input is null || report is null)
        {
            output.WriteLine("Cách dùng: " + Usage);
            return CliApp.Usage;
        }
        if (!DateTimeOffset.TryParse(args["--at"] ?? DateTimeOffset.Now.ToString("O", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            output.WriteLine($"Thời điểm \"{args["--at"]}\" không hợp lệ: cần dạng 2024-12-15T09:00:00+07:00.");
            return CliApp.Usage;
        }
        if (!Directory.Exists(input))
        {
            output.WriteLine($"Không tìm thấy thư mục {input}.");
            return CliApp.InputProblems;
        }
        if (CriteriaOption.Load(args, output) is not { } compiled)
        {
            return CliApp.InputProblems;
        }
        IReadOnlyDictionary<string, AgencyInfo>? agencies = null;
        if (args["--agencies"] is { } list)
        {
            var (read, problems) = AgencyListFile.Read(File.ReadAllText(list), Path.GetFileName(list));
            if (read is null)
            {
                problems.ToList().ForEach(p => output.WriteLine(p));
                return CliApp.InputProblems;
            }
            agencies = read;
        }
        var files = Directory.GetFiles(input).Where(f => Path.GetExtension(f).ToLowerInvariant() is ".xlsx" or ".yaml" or ".yml" or ".json")
            .Order(StringComparer.Ordinal).ToList();
        var scored = new List<ScoredAgency>();
        var rejected = new List<RejectedFile>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var (submission, problems) = SubmissionFile.Read(file, compiled, agencies);
            if (submission is null)
            {
                rejected.Add(new RejectedFile(name, problems));
                continue;
            }
            if (seen.TryGetValue(submission.AgencyCode, out var first))
            {
                rejected.Add(new RejectedFile(name, [new Problem(name, null, $"Đơn vị {submission.AgencyCode} đã có tệp {first}: mỗi đơn vị chỉ nộp một tệp.")]));
                continue;
            }
            seen[submission.AgencyCode] = name;
            var self = compiled.Scorer.Evaluate(submission.SelfScored(compiled.Version));
            var final = compiled.Scorer.Evaluate(submission);
            var agencyName = submission.AgencyName ?? agencies?.GetValueOrDefault(submission.AgencyCode)?.Name ?? submission.AgencyCode;
            scored.Add(new ScoredAgency(submission.AgencyCode, agencyName, self, final, name));
        }
        var info = new ReportInfo(compiled.Version, compiled.Hash, InputsHash(files), args["--by"] ?? Environment.UserName, at);
        File.WriteAllBytes(report, ReportWorkbook.Write(info, scored, rejected));
        output.WriteLine($"Đã chấm {scored.Count} đơn vị, từ chối {rejected.Count} tệp; báo cáo: {report}");
        foreach (var r in rejected)
        {
            output.WriteLine($"Tệp bị từ chối: {r.File}");
            r.Problems.ToList().ForEach(p => output.WriteLine("  " + p));
        }
        return CliApp.Ok;
    }

    /// <summary>SHA-256 over each input file's name and content hash, in name order: the same files give the same hash.</summary>
    private static string InputsHash(IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + ":" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))) + "\n"));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
