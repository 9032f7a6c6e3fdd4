using OfficeOpenXml;
using Scoring.Engine.Criteria;

namespace Scoring.Api.Reports;

/// <summary>
/// One agency's explained result, as a printable workbook ("Kết quả") and as a PDF, both from the same words (<see cref="ResultDocument"/>):
/// who and under which criteria, then section by section and item by item the inputs used, self-scored, appraised and final points, the way
/// each was computed, then bonus, deductions, totals, band, conditions and the final class.
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
        p.Title = Title(agency);
        p.Subject = version.Identity.Title;
        p.Author = madeBy;
        p.LastModifiedBy = madeBy;
        p.Created = madeAt.UtcDateTime;
        p.Modified = madeAt.UtcDateTime;
        var ws = package.Workbook.Worksheets.Add(SheetName);
        ws.Cells.Style.Font.Name = DocumentLook.Font;
        ResultSheet.Write(ws, ResultDocument.Of(version, criteriaHash, agency, madeAt, madeBy));
        return package.GetAsByteArray();
    }

    /// <summary>Writes the same result as a PDF (A4 landscape, the table's header on every page).</summary>
    public static byte[] Pdf(CriteriaVersion version, string criteriaHash, ScoredAgency agency, DateTimeOffset madeAt, string madeBy) =>
        ResultPdf.Write(ResultDocument.Of(version, criteriaHash, agency, madeAt, madeBy), Title(agency), madeBy, madeAt);

    private static string Title(ScoredAgency agency) => $"Kết quả chấm điểm, xếp loại công tác dân vận - {agency.Name}";
}
