using Scoring.Api.Reports;
using OfficeOpenXml;
using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>Writes a submission's answers into a generated workbook, as an agency would have typed them.</summary>
internal static class TemplatePrefill
{
    public static void Write(ExcelWorksheet sheet, CriteriaVersion version, TemplatePlan plan, Submission submission)
    {
        Cells.Text(sheet.Cells[AgencyCode.Row, AgencyCode.Column], submission.AgencyCode);
        Cells.Text(sheet.Cells[AgencyName.Row, AgencyName.Column], submission.AgencyName);
        foreach (var (code, answer) in submission.Answers)
        {
            if (version.FindItem(code) is not { } item || !plan.HasItem(code))
            {
                continue;
            }
            var row = plan.ItemRow(code);
            Cells.Text(sheet.Cells[row, Evidence], answer.Evidence);
            Cells.Text(sheet.Cells[row, Explanation], answer.Explanation);
            if (answer.NotApplicable)
            {
                sheet.Cells[row, Figure].Value = NotApplicable;
                continue;
            }
            var cells = sheet.Cells;
            item.Kind.Match<Action>(
                yesNo: _ => () => cells[row, Figure].Value = answer.Value == 1m ? Yes : No,
                judgment: _ => () => cells[row, Points].Value = answer.Value,
                tiers: _ => () => cells[row, Figure].Value = answer.Value,
                levels: l => () =>
                {
                    var index = l.IndexOf(answer.Level);
                    cells[row, Figure].Value = index >= 0 ? l.Levels[index].Name : answer.Level;
                    // Written out even when left to the default, so the workbook's live totals match the engine.
                    cells[row, Points].Value = answer.Value ?? (index >= 0 ? l.Levels[index].Max : null);
                },
                count: _ => () => cells[row, Figure].Value = answer.Value,
                deductPer: _ => () => cells[row, Figure].Value = answer.Value,
                // A formula item is computed from the inputs; nothing to write.
                formula: _ => () => { })();
        }
        foreach (var input in version.Inputs)
        {
            if (submission.Inputs.TryGetValue(input.Code, out var value))
            {
                sheet.Cells[plan.InputRow(input.Code), Figure].Value = input.Type == InputType.Boolean ? (value == 1m ? Yes : No) : value;
            }
        }
        foreach (var (code, appraisal) in submission.Appraisals ?? new Dictionary<string, Appraisal>())
        {
            if (plan.HasItem(code))
            {
                sheet.Cells[plan.ItemRow(code), Appraised].Value = appraisal.Points;
                Cells.Text(sheet.Cells[plan.ItemRow(code), Reason], appraisal.Reason);
            }
        }
    }
}
