using OfficeOpenXml;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;

namespace Scoring.Api.Reports;

/// <summary>
/// Writes one agency's explained result as a printable workbook ("Kết quả"): who and under which criteria, then
/// section by section and item by item the inputs used, self-scored, appraised and final points, rule and formula,
/// then bonus, deductions, totals, band, conditions and the final class.
/// </summary>
public static class ResultWorkbook
{
    /// <summary>The name of the only sheet.</summary>
    public const string SheetName = "Kết quả";

    /// <summary>Writes the workbook and returns the .xlsx bytes; the time and author are given, never read from the clock.</summary>
    public static byte[] Write(CriteriaVersion version, string criteriaHash, ScoredAgency agency, DateTimeOffset madeAt, string madeBy)
    {
        using var package = new ExcelPackage();
        var p = package.Workbook.Properties;
        p.Title = $"Kết quả chấm điểm, xếp loại công tác dân vận - {agency.Name}";
        p.Subject = version.Identity.Title;
        p.Author = madeBy;
        p.LastModifiedBy = madeBy;
        p.Created = madeAt.UtcDateTime;
        p.Modified = madeAt.UtcDateTime;
        var ws = package.Workbook.Worksheets.Add(SheetName);
        ws.Cells.Style.Font.Name = DocumentLook.Font;
        var sheet = new ResultSheet(ws, version, agency);
        sheet.Header(criteriaHash, madeAt, madeBy);
        if (agency.Final.Status == AgencyStatus.NotAssessed)
        {
            var row = sheet.Next();
            Cells.Text(sheet.Ws.Cells[row, 2], "XẾP LOẠI");
            Cells.Text(sheet.Ws.Cells[row, ResultSheet.FinalColumn], ClassLabels.NotAssessed);
            Cells.Text(sheet.Ws.Cells[row, ResultSheet.NoteColumn], agency.Final.StatusReason);
            sheet.Ws.Cells[row, 1, row, ResultSheet.Columns.Count].Style.Font.Bold = true;
        }
        else
        {
            sheet.Body();
            ResultTotals.Write(sheet);
        }
        sheet.Finish();
        return package.GetAsByteArray();
    }
}
