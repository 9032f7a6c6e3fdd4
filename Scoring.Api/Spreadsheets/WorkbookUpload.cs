using Scoring.Engine.Submissions;

namespace Scoring.Api.Spreadsheets;

/// <summary>What an uploaded workbook gave: the submission (with appraisals, for an appraisal workbook), or every problem.</summary>
public sealed record WorkbookUpload(Submission? Submission, IReadOnlyList<Problem> Problems, TemplateStamp? Stamp)
{
    /// <summary>Whether the workbook can be scored.</summary>
    public bool IsValid => Submission is not null && Problems.Count == 0;
}
