using OfficeOpenXml;
using OfficeOpenXml.Style;
using Scoring.Api.Reports;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>The header block of the score sheet: title, criteria and decision, agency code and name, group.</summary>
internal static class SheetHeader
{
    public static void Write(ExcelWorksheet sheet, TemplateRequest request, int last, double width)
    {
        var id = request.Criteria.Version.Identity;
        var year = id.AssessedYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        Merged(sheet, 1, last, width, request.Appraisal ? $"BẢNG THẨM ĐỊNH ĐIỂM CÔNG TÁC DÂN VẬN NĂM {year}" : $"BẢNG TỰ CHẤM ĐIỂM CÔNG TÁC DÂN VẬN NĂM {year}", 14, true);
        Merged(sheet, 2, last, width, id.Title + (id.IsSample ? " (bản mẫu, không phải văn bản chính thức)" : ""), 12, true);
        var decision = id.DecisionNumber is null ? "" : $"Quyết định số {id.DecisionNumber}" + (id.DecisionDate is { } d ? $" ngày {d:dd/MM/yyyy}" : "") + "; ";
        Merged(sheet, 3, last, width, $"{decision}mã bộ tiêu chí: {id.Id}", 11, false);
        Label(sheet, AgencyCode.Row, "Mã đơn vị:", request.AgencyCode, request.AgencyCode is null);
        Label(sheet, AgencyName.Row, "Tên đơn vị:", request.AgencyName ?? request.Prefill?.AgencyName, request.AgencyName is null);
        sheet.Cells[AgencyCode.Row, Figure].Value = "Khối:";
        sheet.Cells[AgencyCode.Row, Points].Value = request.Criteria.Version.FindGroup(request.Group)?.Name ?? request.Group;
        sheet.Cells[AgencyCode.Row, Figure, AgencyCode.Row, Figure].Style.Font.Bold = true;
    }

    private static void Label(ExcelWorksheet sheet, int row, string label, string? value, bool editable)
    {
        sheet.Cells[row, Title].Value = label;
        sheet.Cells[row, Title].Style.Font.Bold = true;
        sheet.Cells[row, Title].Style.HorizontalAlignment = ExcelHorizontalAlignment.Right;
        var cell = sheet.Cells[row, Max, row, Rule];
        cell.Merge = true;
        Cells.Text(sheet.Cells[row, Max], value);
        SheetStyle.Borders(cell);
        if (editable)
        {
            cell.Style.Locked = false;
            SheetStyle.Fill(cell, SheetStyle.InputFill);
        }
    }

    private static void Merged(ExcelWorksheet sheet, int row, int last, double width, string text, float size, bool bold)
    {
        var range = sheet.Cells[row, 1, row, last];
        range.Merge = true;
        range.Value = text;
        range.Style.Font.Size = size;
        range.Style.Font.Bold = bold;
        range.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        range.Style.WrapText = true;
        sheet.Row(row).Height = SheetStyle.HeightFor(text.Length, width * 0.85, size * 1.5);
    }
}
