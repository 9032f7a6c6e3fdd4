using Scoring.Api.Submissions;
using Scoring.Engine.Registry;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Spreadsheets;

/// <summary>Reads one agency's submission from a file: a filled workbook (.xlsx) or an answers file (YAML or JSON).</summary>
public static class SubmissionFile
{
    /// <summary>The submission, or null with every problem found.</summary>
    public static (Submission? Submission, IReadOnlyList<Problem> Problems) Read(string path, CompiledCriteria criteria,
        IReadOnlyDictionary<string, AgencyInfo>? agencies = null)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (info.Length > UploadLimits.Default.MaxBytes)
        {
            return (null, [new Problem(name, null, $"Tệp quá lớn: {info.Length} byte, tối đa {UploadLimits.Default.MaxBytes} byte.")]);
        }
        if (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return AnswersFile.Read(File.ReadAllText(path), path, criteria.Version);
        }
        var upload = WorkbookReader.Read(File.ReadAllBytes(path), name, criteria, agencies);
        return (upload.Submission, upload.Problems);
    }
}
