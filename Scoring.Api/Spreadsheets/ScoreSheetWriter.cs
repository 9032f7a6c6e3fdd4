using Scoring.Api.Reports;
using OfficeOpenXml;
using OfficeOpenXml.Style;
using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Text;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>Writes the "Tự chấm điểm" sheet: header block, the criteria tree with live formulas, totals and inputs.</summary>
internal static class ScoreSheetWriter
{
    // Narrow enough that A4 landscape prints at full size (the agency's 8 columns) or nearly (the appraisal's 10), so nothing prints under
    // 10 pt: long text wraps and rows grow instead of the page shrinking.
    internal static readonly double[] Widths = [8, 36, 7, 22, 11, 8, 18, 18, 8, 16];

    public static void Write(ExcelWorksheet sheet, TemplateRequest request, TemplatePlan plan)
    {
        var version = request.Criteria.Version;
        var last = request.Appraisal ? Reason : Explanation;
        sheet.Cells.Style.Font.Name = SheetStyle.Font;
        sheet.Cells.Style.Font.Size = Reports.DocumentLook.BodySize;
        for (var c = 1; c <= last; c++)
        {
            sheet.Column(c).Width = Widths[c - 1];
        }
        SheetHeader.Write(sheet, request, last, Widths.Take(last).Sum());
        Table(sheet, request, plan, last);
        TotalsWriter.Write(sheet, version, request.Group, plan, request.Appraisal);
        Inputs(sheet, version, plan, request.Appraisal);
        sheet.View.FreezePanes(HeaderRow + 1, 3);
        sheet.Protection.IsProtected = true;
        sheet.Protection.AllowSelectLockedCells = true;
        sheet.Protection.AllowSelectUnlockedCells = true;
        sheet.Protection.AllowFormatRows = true;
        sheet.Protection.AllowFormatColumns = true;
        SheetStyle.Printable(sheet, $"${HeaderRow}:${HeaderRow}");
        Signature(sheet, request);
    }

    // Under everything, on the right (never in the code column the reader looks at): who signs the workbook.
    private static void Signature(ExcelWorksheet sheet, TemplateRequest request)
    {
        var row = (sheet.Dimension?.End.Row ?? HeaderRow) + 2;
        var (from, to) = (Rule, Explanation);
        string[] lines = request.Appraisal
            ? ["ĐẠI DIỆN ĐOÀN THẨM ĐỊNH", "(Ký, ghi rõ họ tên)"]
            : ["THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "(Ký, ghi rõ họ tên và đóng dấu)"];
        for (var i = 0; i < lines.Length; i++)
        {
            var range = sheet.Cells[row + i, from, row + i, to];
            range.Merge = true;
            range.Value = lines[i];
            range.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
            range.Style.Font.Bold = i == 0;
            range.Style.Font.Italic = i == 1;
        }
    }

    private static void Table(ExcelWorksheet sheet, TemplateRequest request, TemplatePlan plan, int last)
    {
        for (var c = 1; c <= last; c++)
        {
            sheet.Cells[HeaderRow, c].Value = Headers[c - 1];
        }
        var header = sheet.Cells[HeaderRow, 1, HeaderRow, last];
        header.Style.Font.Bold = true;
        header.Style.WrapText = true;
        header.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        header.Style.VerticalAlignment = ExcelVerticalAlignment.Center;
        SheetStyle.Fill(header, SheetStyle.HeaderFill);
        sheet.Row(HeaderRow).Height = 33;
        var version = request.Criteria.Version;
        foreach (var block in plan.Blocks)
        {
            BlockRow(sheet, version, block, last);
            foreach (var (item, row) in block.Items)
            {
                ItemRow(sheet, version, item, row, plan, request.Appraisal);
            }
        }
        SheetStyle.Borders(sheet.Cells[HeaderRow, 1, plan.TotalsRow - 1, last]);
    }

    private static void BlockRow(ExcelWorksheet sheet, CriteriaVersion version, TemplatePlan.Block block, int last)
    {
        sheet.Cells[block.Row, Code].Value = block.Code.Length > 0 ? block.Code : null;
        sheet.Cells[block.Row, Title].Value = block.Kind switch
        {
            TemplatePlan.BlockKind.Section => block.Title,
            _ => $"{block.Title} (tối đa {Num.Vi(block.Max)} điểm)",
        };
        sheet.Cells[block.Row, Max].Value = block.Max;
        var first = block.Items.Count > 0 ? block.Items[0].Row : block.Row + 1;
        var end = block.Items.Count > 0 ? block.Items[^1].Row : block.Row + 1;
        var sum = $"MIN({Num.Invariant(block.Max)},SUM({Cell(first, Points)}:{Cell(end, Points)}))";
        sheet.Cells[block.Row, Points].Formula = block.Kind == TemplatePlan.BlockKind.Section
            ? ExcelRounding.Round(sum, version.Rounding.SectionStep, version.Rounding.Mode)
            : sum;
        var row = sheet.Cells[block.Row, 1, block.Row, last];
        row.Style.Font.Bold = true;
        sheet.Cells[block.Row, Title].Style.WrapText = true;
        SheetStyle.Fill(row, SheetStyle.SectionFill);
        sheet.Row(block.Row).Height = SheetStyle.HeightFor(block.Title.Length, Widths[Title - 1]);
    }

    private static void ItemRow(ExcelWorksheet sheet, CriteriaVersion version, Item item, int row, TemplatePlan plan, bool appraisal)
    {
        sheet.Cells[row, Code].Value = item.Code;
        sheet.Cells[row, Title].Value = item.Title + (item.EvidenceRequired ? " (*)" : "");
        sheet.Cells[row, Max].Value = item.Max;
        // How the item is scored, in words: a formula names its inputs by their titles, never by their codes.
        var rule = item.AwardedBySuperior ? "Do cấp trên đánh giá: cán bộ nhập điểm ở cột điểm thẩm định, ghi căn cứ ở cột lý do"
            : PeopleText.Formula(item.Kind.Describe(item.Max), version);
        sheet.Cells[row, Rule].Value = rule;
        sheet.Cells[row, Title, row, Rule].Style.WrapText = true;
        sheet.Cells[row, 1, row, Explanation].Style.VerticalAlignment = ExcelVerticalAlignment.Top;
        sheet.Row(row).Height = Math.Max(SheetStyle.HeightFor(item.Title.Length + 4, Widths[Title - 1]), SheetStyle.HeightFor(rule.Length, Widths[Rule - 1]));
        var formula = item.AwardedBySuperior ? null : ItemFormulas.For(item, row, plan, version);
        if (formula is not null)
        {
            sheet.Cells[row, Points].Formula = formula;
        }
        var inputs = new List<int>();
        if (item.Kind is not (JudgmentKind or FormulaKind) || item.MayBeNotApplicable)
        {
            inputs.Add(Figure);
        }
        if (item.Kind is JudgmentKind or LevelsKind)
        {
            inputs.Add(Points);
        }
        if (item.Kind.TakesAnswer)
        {
            inputs.Add(Evidence);
            inputs.Add(Explanation);
        }
        sheet.Cells[row, Evidence, row, Explanation].Style.WrapText = true;
        sheet.Cells[row, Max, row, Points].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        if (appraisal)
        {
            inputs = [Appraised, Reason];
            sheet.Cells[row, Reason].Style.WrapText = true;
            CellRules.ForAppraisal(sheet, item, row);
        }
        else
        {
            CellRules.ForItem(sheet, item, row);
        }
        foreach (var column in inputs)
        {
            sheet.Cells[row, column].Style.Locked = false;
            SheetStyle.Fill(sheet.Cells[row, column], SheetStyle.InputFill);
        }
    }

    private static void Inputs(ExcelWorksheet sheet, CriteriaVersion version, TemplatePlan plan, bool appraisal)
    {
        if (version.Inputs.Count == 0)
        {
            return;
        }
        var header = sheet.Cells[plan.InputsHeaderRow, 1, plan.InputsHeaderRow, Figure];
        sheet.Cells[plan.InputsHeaderRow, Title].Value = "SỐ LIỆU CỦA ĐƠN VỊ (dùng để tính điểm tự động và xét điều kiện xếp loại)";
        header.Style.Font.Bold = true;
        SheetStyle.Fill(header, SheetStyle.SectionFill);
        sheet.Row(plan.InputsHeaderRow).Height = 33;
        sheet.Cells[plan.InputsHeaderRow, Title].Style.WrapText = true;
        foreach (var input in version.Inputs)
        {
            var row = plan.InputRow(input.Code);
            sheet.Cells[row, Code].Value = input.Code;
            sheet.Cells[row, Title].Value = input.Title;
            sheet.Cells[row, Title].Style.WrapText = true;
            sheet.Cells[row, Rule].Value = input.Type switch
            {
                InputType.Count => "Số nguyên",
                InputType.Percent => "Tỷ lệ (%)",
                InputType.Boolean => "Có/Không",
                _ => "Số",
            } + (input.Default is { } d ? $" (để trống: {Num.Vi(d)})" : " (bắt buộc)");
            sheet.Row(row).Height = SheetStyle.HeightFor(input.Title.Length, Widths[Title - 1]);
            if (!appraisal)
            {
                sheet.Cells[row, Figure].Style.Locked = false;
                SheetStyle.Fill(sheet.Cells[row, Figure], SheetStyle.InputFill);
                CellRules.ForInput(sheet, input, row);
            }
        }
        SheetStyle.Borders(sheet.Cells[plan.InputsHeaderRow, 1, plan.LastRow, Figure]);
        sheet.Cells[plan.InputsHeaderRow + 1, Code, plan.LastRow, Code].Style.ShrinkToFit = true;
    }
}
