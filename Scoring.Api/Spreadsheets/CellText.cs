using System.Globalization;
using OfficeOpenXml;

namespace Scoring.Api.Spreadsheets;

/// <summary>A cell's value as the text the answer parsers read: numbers exactly as typed (cached values of formulas), text trimmed.</summary>
internal static class CellText
{
    public static string Of(ExcelRange cell) => cell.Value switch
    {
        null => "",
        string s => s.Trim(),
        // Excel stores numbers as doubles; 15 significant digits is what the user typed (0.1 stays 0.1).
        double d when double.IsFinite(d) && Math.Abs(d) < 1e15 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int or long or short => Convert.ToString(cell.Value, CultureInfo.InvariantCulture) ?? "",
        bool b => b ? TemplateLayout.Yes : TemplateLayout.No,
        DateTime t => t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        var other => (Convert.ToString(other, CultureInfo.InvariantCulture) ?? "").Trim(),
    };
}
