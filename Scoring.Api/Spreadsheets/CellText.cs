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

    /// <summary>An input cell of the score sheet (a figure, points, an appraisal, a number the agency reports), read as the number the
    /// user typed and sees: a percent-formatted cell holds 0.96 for what shows as 96 %, so it reads 96; a number in a date-formatted
    /// cell (which the library hands over as a date) reads as that number, not as a date of 1900. Anything else as <see cref="Of"/>.</summary>
    public static string Typed(ExcelRange cell)
    {
        switch (cell.Value)
        {
            case double d when double.IsFinite(d) && Math.Abs(d) < 1e13 && IsPercent(cell.Style.Numberformat.Format):
                return Plain((decimal)d * 100m);
            case DateTime t:
                return Plain((decimal)t.ToOADate());
            default:
                return Of(cell);
        }
    }

    /// <summary>Whether a number format shows a percentage (a % outside quoted text and escapes).</summary>
    private static bool IsPercent(string? format)
    {
        if (string.IsNullOrEmpty(format))
        {
            return false;
        }
        var quoted = false;
        for (var i = 0; i < format.Length; i++)
        {
            switch (format[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\\':
                    i++;
                    break;
                case '%' when !quoted:
                    return true;
            }
        }
        return false;
    }

    /// <summary>A number without trailing zeros (96, not 96.00).</summary>
    private static string Plain(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);
}
