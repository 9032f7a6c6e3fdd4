using OfficeOpenXml;
using OfficeOpenXml.DataValidation;
using OfficeOpenXml.DataValidation.Contracts;
using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Text;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>Data validation of every input cell, with Vietnamese prompts and error messages.</summary>
internal static class CellRules
{
    public static void ForItem(ExcelWorksheet sheet, Item item, int row)
    {
        var na = item.MayBeNotApplicable ? $" hoặc \"{NotApplicable}\"" : "";
        var naList = item.MayBeNotApplicable ? new[] { NotApplicable } : [];
        var whole = $"AND(ISNUMBER({Cell(row, Figure)}),{Cell(row, Figure)}>=0,{Cell(row, Figure)}=INT({Cell(row, Figure)}))";
        item.Kind.Match<Action>(
            yesNo: _ => () => List(sheet, row, Figure, [Yes, No, .. naList], "Có hoặc không", $"Chọn \"{Yes}\" hoặc \"{No}\"{na}."),
            judgment: j => () =>
            {
                Number(sheet, row, TemplateLayout.Points, item.Max, j.Step, "Điểm tự chấm");
                if (item.MayBeNotApplicable)
                {
                    List(sheet, row, Figure, naList, "Không áp dụng", $"Chọn \"{NotApplicable}\" nếu tiêu chí không áp dụng với đơn vị; để trống nếu có áp dụng.");
                }
            },
            tiers: _ => () => Custom(sheet, row, Figure, $"AND(ISNUMBER({Cell(row, Figure)}),{Cell(row, Figure)}>=0,{Cell(row, Figure)}<=100)", item.MayBeNotApplicable,
                "Tỷ lệ (%)", $"Nhập tỷ lệ phần trăm từ 0 đến 100{na}."),
            levels: l => () =>
            {
                List(sheet, row, Figure, [.. l.Levels.Select(x => x.Name), .. naList], "Mức đánh giá",
                    "Chọn mức: " + string.Join("; ", l.Levels.Select(x => $"{x.Name} (tối đa {Num.Vi(x.Max)})")) + na + ".");
                Number(sheet, row, TemplateLayout.Points, item.Max, l.Step, "Điểm theo mức (để trống để lấy điểm tối đa của mức)");
            },
            count: _ => () => Custom(sheet, row, Figure, whole, item.MayBeNotApplicable, "Số lượng", $"Nhập số nguyên từ 0 trở lên{na}."),
            deductPer: _ => () => Custom(sheet, row, Figure, whole, item.MayBeNotApplicable, "Số lần", $"Nhập số nguyên từ 0 trở lên{na}."),
            // A formula item has no input cell of its own.
            formula: _ => () => { })();
    }

    public static void ForInput(ExcelWorksheet sheet, InputDeclaration input, int row)
    {
        var e = Cell(row, Figure);
        switch (input.Type)
        {
            case InputType.Boolean:
                List(sheet, row, Figure, [Yes, No], "Có hoặc không", $"Chọn \"{Yes}\" hoặc \"{No}\".");
                break;
            case InputType.Count:
                Custom(sheet, row, Figure, $"AND(ISNUMBER({e}),{e}>=0,{e}=INT({e}))", false, "Số lượng", "Nhập số nguyên từ 0 trở lên.");
                break;
            case InputType.Percent:
                Custom(sheet, row, Figure, $"AND(ISNUMBER({e}),{e}>=0,{e}<=100)", false, "Tỷ lệ (%)", "Nhập tỷ lệ phần trăm từ 0 đến 100.");
                break;
            default:
                Custom(sheet, row, Figure, $"AND(ISNUMBER({e}),{e}>=0)", false, "Số liệu", "Nhập một số từ 0 trở lên.");
                break;
        }
    }

    public static void ForAppraisal(ExcelWorksheet sheet, Item item, int row) =>
        Custom(sheet, row, Appraised, $"AND(ISNUMBER({Cell(row, Appraised)}),{Cell(row, Appraised)}>=0,{Cell(row, Appraised)}<={Num.Invariant(item.Max)})", false,
            "Điểm thẩm định", $"Để trống nếu giữ điểm tự chấm; nếu thay đổi, nhập điểm từ 0 đến {Num.Vi(item.Max)} và ghi lý do ở cột bên cạnh.");

    private static void Number(ExcelWorksheet sheet, int row, int column, decimal max, decimal step, string title)
    {
        var c = Cell(row, column);
        var s = Num.Invariant(step);
        Custom(sheet, row, column, $"AND(ISNUMBER({c}),{c}>=0,{c}<={Num.Invariant(max)},ABS({c}/{s}-ROUND({c}/{s},0))<0.000001)", false,
            title, $"Nhập điểm từ 0 đến {Num.Vi(max)}, theo bước {Num.Vi(step)} (dấu phẩy thập phân theo máy của bạn).");
    }

    private static void List(ExcelWorksheet sheet, int row, int column, IReadOnlyList<string> values, string title, string message)
    {
        var rule = sheet.DataValidations.AddListValidation(Cell(row, column));
        foreach (var v in values)
        {
            rule.Formula.Values.Add(v);
        }
        Describe(rule, title, message);
    }

    private static void Custom(ExcelWorksheet sheet, int row, int column, string test, bool allowNotApplicable, string title, string message)
    {
        var rule = sheet.DataValidations.AddCustomValidation(Cell(row, column));
        rule.Formula.ExcelFormula = allowNotApplicable ? $"OR({Cell(row, column)}=\"{NotApplicable}\",{test})" : test;
        // EPPlus 4.5 validates a custom rule as if it were "between" unless told otherwise.
        rule.Operator = ExcelDataValidationOperator.equal;
        Describe(rule, title, message);
    }

    private static void Describe(IExcelDataValidation rule, string title, string message)
    {
        rule.AllowBlank = true;
        rule.ShowErrorMessage = true;
        rule.ErrorStyle = ExcelDataValidationWarningStyle.stop;
        rule.ErrorTitle = "Giá trị không hợp lệ";
        rule.Error = message;
        rule.ShowInputMessage = true;
        rule.PromptTitle = title.Length > 32 ? title[..32] : title;
        rule.Prompt = message.Length > 250 ? message[..250] : message;
    }
}
