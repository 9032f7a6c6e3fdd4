using OfficeOpenXml;
using Scoring.Engine.Criteria;
using Scoring.Engine.Text;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>The totals under the tree, as live formulas: a preview; the score that counts is computed on upload.</summary>
internal static class TotalsWriter
{
    public static void Write(ExcelWorksheet sheet, CriteriaVersion version, string group, TemplatePlan plan)
    {
        var row = plan.TotalsRow;
        var sections = plan.Blocks.Where(b => b.Kind == TemplatePlan.BlockKind.Section).Select(b => Cell(b.Row, Points)).ToList();
        var superior = version.Sections.Where(s => s.AwardedBySuperior && s.AppliesToGroup(group)).Sum(s => s.Max);
        var unplanned = superior > 0 && !plan.Blocks.Any(b => version.Sections.Any(s => s.Code == b.Code && s.AwardedBySuperior));
        var tree = Line(sheet, row++, "Tổng điểm các tiêu chí" + (unplanned ? $" (chưa gồm {Num.Vi(superior)} điểm do cấp trên đánh giá, tính 0 đến khi cán bộ nhập)" : ""),
            sections.Count == 0 ? "0" : $"SUM({string.Join(",", sections)})");
        var rescaled = tree;
        if (version.FindGroup(group) is { } own && version.Rescales(own))
        {
            var groupMax = version.Sections.Where(s => s.AppliesToGroup(group))
                .Sum(s => Math.Min(s.Max, s.Items.Where(i => version.Applies(i, group)).Sum(i => i.Max)));
            var notApplicable = plan.Blocks.Where(b => b.Kind == TemplatePlan.BlockKind.Section).SelectMany(b => b.Items)
                .Where(x => x.Item.MayBeNotApplicable)
                .Select(x => $"-IF({Cell(x.Row, Figure)}=\"{NotApplicable}\",{Cell(x.Row, Max)},0)");
            var applicable = Line(sheet, row++, "Điểm tối đa áp dụng cho đơn vị", Num.Invariant(groupMax) + string.Concat(notApplicable));
            rescaled = Line(sheet, row++, $"Quy đổi về thang {Num.Vi(version.Scale)} điểm",
                $"IF({applicable}>0,{tree}*{Num.Invariant(version.Scale)}/{applicable},0)");
        }
        var bonus = plan.Blocks.FirstOrDefault(b => b.Kind == TemplatePlan.BlockKind.Bonus) is { } b1 ? Cell(b1.Row, Points) : "0";
        var deductions = plan.Blocks.FirstOrDefault(b => b.Kind == TemplatePlan.BlockKind.Deductions) is { } b2 ? Cell(b2.Row, Points) : "0";
        var total = $"MAX(0,{rescaled}+{bonus}-{deductions})";
        Line(sheet, row, "TỔNG ĐIỂM TỰ CHẤM (tạm tính; điểm chính thức do phần mềm tính khi nộp)", ExcelRounding.Round(total, version.Rounding.TotalStep, version.Rounding.Mode));
        var range = sheet.Cells[plan.TotalsRow, 1, row, Points];
        range.Style.Font.Bold = true;
        SheetStyle.Borders(range);
    }

    private static string Line(ExcelWorksheet sheet, int row, string label, string formula)
    {
        var title = sheet.Cells[row, Title, row, Rule];
        title.Merge = true;
        title.Value = label;
        title.Style.HorizontalAlignment = OfficeOpenXml.Style.ExcelHorizontalAlignment.Right;
        sheet.Cells[row, Points].Formula = formula;
        sheet.Cells[row, Points].Style.Numberformat.Format = "0.00";
        return Cell(row, Points);
    }
}
