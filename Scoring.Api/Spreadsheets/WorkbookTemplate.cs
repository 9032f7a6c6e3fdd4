using OfficeOpenXml;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>Generates the self-scoring (or appraisal) workbook of a criteria version for one group, with EPPlus.</summary>
public static class WorkbookTemplate
{
    /// <summary>The workbook's bytes.</summary>
    public static byte[] Write(TemplateRequest request)
    {
        var version = request.Criteria.Version;
        using var package = new ExcelPackage();
        var properties = package.Workbook.Properties;
        properties.Title = version.Identity.Title;
        properties.Subject = request.Appraisal ? "Thẩm định điểm công tác dân vận" : "Tự chấm điểm công tác dân vận";
        properties.Company = version.Identity.Jurisdiction ?? "";
        var score = package.Workbook.Worksheets.Add(ScoreSheet);
        var guide = package.Workbook.Worksheets.Add(GuideSheet);
        var meta = package.Workbook.Worksheets.Add(MetaSheet);
        var plan = new TemplatePlan(version, request.Group, request.Appraisal);
        ScoreSheetWriter.Write(score, request, plan);
        GuideSheetWriter.Write(guide, version, request.Appraisal);
        var stamp = new TemplateStamp(version.Id, request.Criteria.Hash, request.Group, request.AgencyCode, TemplateLayout.Version, request.Appraisal);
        for (var i = 0; i < stamp.Rows.Count; i++)
        {
            meta.Cells[i + 1, 1].Value = stamp.Rows[i].Key;
            meta.Cells[i + 1, 2].Value = stamp.Rows[i].Value;
        }
        if (request.Evidence is { Count: > 0 } evidence)
        {
            EvidenceSheetWriter.Write(package.Workbook.Worksheets.Add(EvidenceSheetWriter.Name), version, evidence);
        }
        meta.Hidden = eWorkSheetHidden.VeryHidden;
        meta.Protection.IsProtected = true;
        if (request.Prefill is { } prefill)
        {
            TemplatePrefill.Write(score, version, plan, prefill);
        }
        package.Workbook.View.ActiveTab = 0;
        return package.GetAsByteArray();
    }
}
