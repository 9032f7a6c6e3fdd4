using Scoring.Api.Catalog;
using Scoring.Api.Storage;

namespace Scoring.Api.Cli;

/// <summary><c>criteria lint &lt;file&gt;...</c>: prints every problem with file and line; exit 0 only when all files are valid.</summary>
internal static class LintCommand
{
    public static int Run(IEnumerable<string> files, TextWriter output)
    {
        var failed = false;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                output.WriteLine($"{file}: lỗi: không tìm thấy tệp.");
                failed = true;
                continue;
            }
            var loaded = CriteriaFolder.LoadFile(file);
            foreach (var problem in loaded.Problems)
            {
                output.WriteLine(problem.ToString());
            }
            if (loaded.Valid is { } version)
            {
                output.WriteLine($"{loaded.File}: hợp lệ: {version.Id}, {version.AllItems.Count} tiêu chí, SHA-256 {Scoring.Rules.Format.CanonicalForm.Hash(version)}");
            }
            else
            {
                output.WriteLine($"{loaded.File}: không hợp lệ: {loaded.Problems.Count(p => !p.IsWarning)} lỗi.");
                failed = true;
            }
        }
        return failed ? CliApp.InputProblems : CliApp.Ok;
    }
}
