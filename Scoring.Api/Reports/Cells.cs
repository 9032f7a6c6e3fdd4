using OfficeOpenXml;

namespace Scoring.Api.Reports;

/// <summary>
/// The one way report writers put values into cells. Text is always a string value, never a formula; text that a
/// spreadsheet would take for a formula when edited (it starts with = + - @, a tab or a carriage return) also gets the
/// quote prefix, so it stays text. Numbers are written with an explicit number format.
/// </summary>
public static class Cells
{
    /// <summary>The longest text a cell holds (Excel's limit).</summary>
    public const int MaxTextLength = 32767;

    /// <summary>Writes text as a string value (null leaves the cell empty); never as a formula.</summary>
    public static void Text(ExcelRange cell, string? text)
    {
        cell.Formula = null;
        if (text is null)
        {
            cell.Value = null;
            return;
        }
        var safe = Clean(text);
        cell.Value = safe;
        if (LooksLikeFormula(safe))
        {
            cell.Style.QuotePrefix = true;
        }
    }

    /// <summary>Writes a number with a number format (null leaves the cell empty).</summary>
    public static void Number(ExcelRange cell, decimal? value, string format)
    {
        cell.Formula = null;
        cell.Value = value;
        cell.Style.Numberformat.Format = format;
    }

    /// <summary>Whether a spreadsheet would read the text as a formula or command if it were typed in.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text as a cell can hold it: characters XML 1.0 cannot carry (other control characters, lone surrogates) become
    /// U+FFFD; overlong text is cut.</summary>
    public static string Clean(string text)
    {
        var chars = text.Length > MaxTextLength ? text[..MaxTextLength].ToCharArray() : text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                continue;
            }
            if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }
}
