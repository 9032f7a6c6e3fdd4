using OfficeOpenXml;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Submissions;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;

namespace Scoring.Api.Tests.Spreadsheets;

/// <summary>Generated workbooks for tests, and edits made the way a person would make them in Excel.</summary>
internal static class Workbooks
{
    public static Submission Sample(CompiledCriteria c, string agency) =>
        AnswersFile.Read(File.ReadAllText(Path.Combine(Criteria.RepoRoot, "samples", "answers", c.Version.Id, agency + ".yaml")), agency, c.Version).Submission!;

    public static byte[] Filled(CompiledCriteria c, Submission s, bool appraisal = false) =>
        WorkbookTemplate.Write(new TemplateRequest(c, s.GroupCode, s.AgencyCode, s.AgencyName, s, appraisal));

    /// <summary>Opens the workbook, lets <paramref name="edit"/> change the score sheet, and saves it (recalculating formulas).</summary>
    public static byte[] Edit(byte[] bytes, Action<ExcelWorksheet> edit)
    {
        using var package = new ExcelPackage(new MemoryStream(bytes));
        var sheet = package.Workbook.Worksheets[TemplateLayout.ScoreSheet];
        sheet.Protection.IsProtected = false;
        edit(sheet);
        return package.GetAsByteArray();
    }

    /// <summary>The row of a code in column A.</summary>
    public static int Row(ExcelWorksheet sheet, string code)
    {
        for (var r = TemplateLayout.HeaderRow + 1; r <= sheet.Dimension.End.Row; r++)
        {
            if (sheet.Cells[r, TemplateLayout.Code].Value as string == code)
            {
                return r;
            }
        }
        throw new InvalidOperationException("No row for " + code);
    }
}
