using System.Globalization;
using OfficeOpenXml;
using Scoring.Api.Spreadsheets.Reading;

namespace Scoring.Api.Spreadsheets;

/// <summary>A cell's value as the text the answer parsers read: numbers exactly as typed (cached values of formulas), text trimmed.</summary>
internal static class CellText
{
    /// <summary>A cell of a workbook opened with Excel's library.</summary>
    public static string Of(ExcelRange cell) => Of(cell.Value);

    /// <summary>A cell of an uploaded sheet.</summary>
    public static string Of(SheetCell cell) => Of(cell.Value);

    private static string Of(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        // Excel stores numbers as doubles; 15 significant digits is what the user typed (0.1 stays 0.1).
        double d when double.IsFinite(d) && Math.Abs(d) < 1e15 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int or long or short => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        bool b => b ? TemplateLayout.Yes : TemplateLayout.No,
        DateTime t => t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        var other => (Convert.ToString(other, CultureInfo.InvariantCulture) ?? "").Trim(),
    };

    /// <summary>An input cell of the score sheet (a figure, points, an appraisal, a number the agency reports), read as the number the
    /// user typed and sees: a percent-formatted cell holds 0.96 for what shows as 96 %, so it reads 96; a number in a date-formatted
    /// cell reads as that number, not as a date of 1900. Anything else as <see cref="Of(SheetCell)"/>.</summary>
    public static string Typed(SheetCell cell)
    {
        if (cell.Number is { } d && double.IsFinite(d))
        {
            if (Math.Abs(d) < 1e13 && IsPercent(cell.Format))
            {
                return Plain((decimal)d * 100m);
            }
            if (cell.Value is DateTime)
            {
                return Plain((decimal)d);
            }
        }
        return Of(cell);
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
