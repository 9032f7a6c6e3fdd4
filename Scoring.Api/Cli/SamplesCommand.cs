using Scoring.Api.Catalog;
using Scoring.Engine.Registry;
using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Submissions;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Cli;

/// <summary><c>samples [--out samples/workbooks]</c>: writes the filled sample workbooks from samples/answers and samples/agencies.csv,
/// including appraisal workbooks and deliberate mistakes. Checked in so the samples can be made again.</summary>
internal static class SamplesCommand
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments);
        var root = args["--samples"] ?? "samples";
        var outDir = args["--out"] ?? Path.Combine(root, "workbooks");
        var folder = new CriteriaFolder(args["--criteria-dir"]);
        var (agencies, problems) = AgencyListFile.Read(File.ReadAllText(Path.Combine(root, "agencies.csv")), "agencies.csv");
        if (agencies is null)
        {
            problems.ToList().ForEach(p => output.WriteLine(p));
            return CliApp.InputProblems;
        }
        var count = 0;
        foreach (var answersDir in Directory.GetDirectories(Path.Combine(root, "answers")).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(answersDir);
            if (folder.Load(id).Valid is not { } version)
            {
                output.WriteLine($"Bỏ qua {id}: bộ tiêu chí không hợp lệ.");
                continue;
            }
            var compiled = RuleCompiler.Compile(version);
            var target = Path.Combine(outDir, id);
            Directory.CreateDirectory(target);
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(answersDir, "*.yaml").Order(StringComparer.Ordinal))
            {
                var (submission, _) = AnswersFile.Read(File.ReadAllText(file), file, version);
                if (submission is null)
                {
                    continue;
                }
                written.Add(submission.AgencyCode);
                if (submission.NotAssessedReason is not null)
                {
                    continue;
                }
                count += Write(target, submission.AgencyCode, compiled, submission);
            }
            if (id is "mau-2024" or "mau-2026")
            {
                count += Extras(target, compiled, agencies, written);
            }
        }
        output.WriteLine($"Đã tạo {count} bảng tính mẫu trong {outDir}.");
        return CliApp.Ok;
    }

    /// <summary>More agencies of the province that exist in the version's year (synthetic answers); for 2024 also two appraisal
    /// workbooks and two with deliberate mistakes.</summary>
    private static int Extras(string target, CompiledCriteria compiled, IReadOnlyDictionary<string, AgencyInfo> agencies, HashSet<string> written)
    {
        var version = compiled.Version;
        var count = 0;
        var year = version.Identity.AssessedYear;
        var others = agencies.Values.Where(a => !written.Contains(a.Code) && version.FindGroup(a.Group) is not null && (year is null || a.ActiveIn(year.Value)))
            .OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        foreach (var agency in others)
        {
            var submission = SampleAnswers.For(version, agency.Code, agency.Name, agency.Group);
            var bytes = (version.Id, agency.Code) switch
            {
                ("mau-2024", "so-y-te") => Appraised(compiled, submission, "II.1", 3m, "Chưa có báo cáo kết quả tuyên truyền Nghị quyết 43-NQ/TW"),
                ("mau-2024", "ubnd-huyen-tan-phu") => Appraised(compiled, submission, "IV.3", 2m, "Chưa tổ chức hội nghị đối thoại ở cấp xã theo kế hoạch"),
                ("mau-2024", "so-lao-dong-tbxh") => Mistake(compiled, submission, "II.1", 6, 7),
                ("mau-2024", "ubnd-huyen-vinh-bao") => Mistake(compiled, submission, "V.1", 5, "chín mươi lăm"),
                _ => Workbook(compiled, submission),
            };
            File.WriteAllBytes(Path.Combine(target, agency.Code + ".xlsx"), bytes);
            count++;
        }
        return count;
    }

    private static int Write(string target, string agency, CompiledCriteria compiled, Submission submission)
    {
        File.WriteAllBytes(Path.Combine(target, agency + ".xlsx"), Workbook(compiled, submission));
        return 1;
    }

    private static byte[] Workbook(CompiledCriteria compiled, Submission submission, bool appraisal = false) =>
        WorkbookTemplate.Write(new TemplateRequest(compiled, submission.GroupCode, submission.AgencyCode, submission.AgencyName, submission, appraisal));

    private static byte[] Appraised(CompiledCriteria compiled, Submission submission, string code, decimal points, string reason) =>
        Workbook(compiled, submission with { Appraisals = new Dictionary<string, Appraisal> { [code] = new(points, reason) } }, appraisal: true);

    /// <summary>The agency typed something wrong in one cell (column 5 = figure, 6 = points).</summary>
    private static byte[] Mistake(CompiledCriteria compiled, Submission submission, string code, int column, object value)
    {
        using var package = new ExcelPackage(new MemoryStream(Workbook(compiled, submission)));
        var sheet = package.Workbook.Worksheets[TemplateLayout.ScoreSheet];
        for (var row = TemplateLayout.HeaderRow + 1; row <= sheet.Dimension.End.Row; row++)
        {
            if (sheet.Cells[row, TemplateLayout.Code].Value as string == code)
            {
                sheet.Cells[row, column].Value = value;
            }
        }
        return package.GetAsByteArray();
    }
}
