using System.Globalization;
using System.Text;

namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>A formula Excel stores once for a block of cells (filled down or across): each other cell of the block holds it with its relative
/// references moved by the cell's distance from the first one, as Excel shows it in that cell.</summary>
internal static class SharedFormula
{
    /// <summary>The formula as it reads <paramref name="rows"/> rows and <paramref name="columns"/> columns away from the cell that stores it.</summary>
    public static string Moved(string formula, int rows, int columns)
    {
        if (rows == 0 && columns == 0)
        {
            return formula;
        }
        var result = new StringBuilder(formula.Length + 8);
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            if (c is '"' or '\'')
            {
                // A text constant or a quoted sheet name, copied as it is (a doubled quote stays inside).
                var end = i + 1;
                while (end < formula.Length)
                {
                    if (formula[end] != c)
                    {
                        end++;
                    }
                    else if (end + 1 < formula.Length && formula[end + 1] == c)
                    {
                        end += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                end = Math.Min(end + 1, formula.Length);
                result.Append(formula, i, end - i);
                i = end;
            }
            else if (IsWordChar(c))
            {
                var end = i;
                while (end < formula.Length && IsWordChar(formula[end]))
                {
                    end++;
                }
                var word = formula.AsSpan(i, end - i);
                var call = end < formula.Length && formula[end] == '(';
                result.Append(!call && Reference(word, rows, columns) is { } moved ? moved : word);
                i = end;
            }
            else
            {
                result.Append(c);
                i++;
            }
        }
        return result.ToString();
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '$' or '_' or '.';

    /// <summary>An A1 reference (B7, $B7, B$7, $B$7) moved by its relative parts; null when the word is not one (a name, a number, a function).</summary>
    private static string? Reference(ReadOnlySpan<char> word, int rows, int columns)
    {
        var fixedColumn = word.Length > 0 && word[0] == '$';
        var i = fixedColumn ? 1 : 0;
        var letters = i;
        while (i < word.Length && char.IsAsciiLetter(word[i]))
        {
            i++;
        }
        var column = word[letters..i];
        var fixedRow = i < word.Length && word[i] == '$';
        var digits = word[(fixedRow ? i + 1 : i)..];
        if (column.Length is < 1 or > 3 || digits.Length is < 1 or > 7 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
        {
            return null;
        }
        var number = 0;
        foreach (var letter in column)
        {
            number = number * 26 + (char.ToUpperInvariant(letter) - 'A' + 1);
        }
        var newColumn = fixedColumn ? number : number + columns;
        var newRow = fixedRow ? row : row + rows;
        if (newColumn < 1 || newRow < 1)
        {
            return "#REF!";
        }
        return (fixedColumn ? "$" : "") + CellAddress.Letters(newColumn) + (fixedRow ? "$" : "") + newRow.ToString(CultureInfo.InvariantCulture);
    }
}
