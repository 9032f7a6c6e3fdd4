using OfficeOpenXml;
using Scoring.Engine.Criteria;
using Scoring.Engine.Text;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>The totals under the tree, as live formulas: a preview; the score that counts is computed on upload.</summary>
internal static class TotalsWriter
{
    /// <summary>Writes the totals of the self-score in the self-score column; in an appraisal workbook also the totals after appraisal in the
    /// appraisal column (an item's appraised points where typed, its self-score otherwise), beside them on the same rows.</summary>
    public static void Write(ExcelWorksheet sheet, CriteriaVersion version, string group, TemplatePlan plan, bool appraisal = false)
    {
        var last = Chain(sheet, version, group, plan, Points);
        if (appraisal)
        {
            foreach (var block in plan.Blocks)
            {
                var first = block.Items.Count > 0 ? block.Items[0].Row : block.Row + 1;
                var end = block.Items.Count > 0 ? block.Items[^1].Row : block.Row + 1;
                var (self, appraised) = ($"{Cell(first, Points)}:{Cell(end, Points)}", $"{Cell(first, Appraised)}:{Cell(end, Appraised)}");
                // The block's self-scores, less those of the items appraised, plus their appraised points; capped like the self-score.
                var sum = $"MIN({Num.Invariant(block.Max)},SUM({self})-SUMIF({appraised},\"<>\",{self})+SUM({appraised}))";
                sheet.Cells[block.Row, Appraised].Formula = block.Kind == TemplatePlan.BlockKind.Section
                    ? ExcelRounding.Round(sum, version.Rounding.SectionStep, version.Rounding.Mode)
                    : sum;
                sheet.Cells[block.Row, Appraised].Style.Numberformat.Format = "0.00";
            }
            Chain(sheet, version, group, plan, Appraised);
            var title = sheet.Cells[last, Title];
            title.Value = "TỔNG ĐIỂM (tạm tính; điểm chính thức do phần mềm tính): tự chấm ở cột Điểm tự chấm, sau thẩm định ở cột Điểm thẩm định";
            title.Style.WrapText = true;
            sheet.Row(last).Height = 2 * 16;
            var range = sheet.Cells[plan.TotalsRow, Appraised, last, Appraised];
            range.Style.Font.Bold = true;
            SheetStyle.Borders(range);
        }
    }

    // The totals of one column (the self-score's or the appraisal's) on the totals rows; returns the row of the total.
    private static int Chain(ExcelWorksheet sheet, CriteriaVersion version, string group, TemplatePlan plan, int column)
    {
        var row = plan.TotalsRow;
        var sections = plan.Blocks.Where(b => b.Kind == TemplatePlan.BlockKind.Section).Select(b => Cell(b.Row, column)).ToList();
        var superior = version.Sections.Where(s => s.AwardedBySuperior && s.AppliesToGroup(group)).Sum(s => s.Max);
        var unplanned = superior > 0 && !plan.Blocks.Any(b => version.Sections.Any(s => s.Code == b.Code && s.AwardedBySuperior));
        var tree = Line(sheet, row++, "Tổng điểm các tiêu chí" + (unplanned ? $" (chưa gồm {Num.Vi(superior)} điểm do cấp trên đánh giá, tính 0 đến khi cán bộ nhập)" : ""),
            sections.Count == 0 ? "0" : $"SUM({string.Join(",", sections)})", column);
        var rescaled = tree;
        if (version.FindGroup(group) is { } own && version.Rescales(own))
        {
            var groupMax = version.Sections.Where(s => s.AppliesToGroup(group))
                .Sum(s => Math.Min(s.Max, s.Items.Where(i => version.Applies(i, group)).Sum(i => i.Max)));
            var notApplicable = plan.Blocks.Where(b => b.Kind == TemplatePlan.BlockKind.Section).SelectMany(b => b.Items)
                .Where(x => x.Item.MayBeNotApplicable)
                .Select(x => $"-IF({Cell(x.Row, Figure)}=\"{NotApplicable}\",{Cell(x.Row, Max)},0)");
            var applicable = Line(sheet, row++, "Điểm tối đa áp dụng cho đơn vị", Num.Invariant(groupMax) + string.Concat(notApplicable), column);
            rescaled = Line(sheet, row++, $"Quy đổi về thang {Num.Vi(version.Scale)} điểm",
                $"IF({applicable}>0,{tree}*{Num.Invariant(version.Scale)}/{applicable},0)", column);
        }
        var bonus = plan.Blocks.FirstOrDefault(b => b.Kind == TemplatePlan.BlockKind.Bonus) is { } b1 ? Cell(b1.Row, column) : "0";
        var deductions = plan.Blocks.FirstOrDefault(b => b.Kind == TemplatePlan.BlockKind.Deductions) is { } b2 ? Cell(b2.Row, column) : "0";
        var total = $"MAX(0,{rescaled}+{bonus}-{deductions})";
        Line(sheet, row, "TỔNG ĐIỂM TỰ CHẤM (tạm tính; điểm chính thức do phần mềm tính khi nộp)", ExcelRounding.Round(total, version.Rounding.TotalStep, version.Rounding.Mode), column);
        var range = sheet.Cells[plan.TotalsRow, 1, row, Points];
        range.Style.Font.Bold = true;
        SheetStyle.Borders(range);
        return row;
    }

    private static string Line(ExcelWorksheet sheet, int row, string label, string formula, int column)
    {
        if (column == Points)
        {
            var title = sheet.Cells[row, Title, row, Rule];
            title.Merge = true;
            title.Value = label;
            title.Style.HorizontalAlignment = OfficeOpenXml.Style.ExcelHorizontalAlignment.Right;
        }
        sheet.Cells[row, column].Formula = formula;
        sheet.Cells[row, column].Style.Numberformat.Format = "0.00";
        return Cell(row, column);
    }
}
