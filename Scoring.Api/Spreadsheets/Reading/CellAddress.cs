using System.Globalization;

namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>A1-style cell addresses: "AB12" is row 12, column 28.</summary>
internal static class CellAddress
{
    /// <summary>The largest row number a sheet may have.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>The largest column number a sheet may have (XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>Reads an address; false when it is not one within a sheet's bounds.</summary>
    public static bool TryParse(string text, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]) && i < 3)
        {
            column = column * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            i++;
        }
        return i > 0 && int.TryParse(text.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row)
            && row is >= 1 and <= MaxRow && column is >= 1 and <= MaxColumn;
    }

    /// <summary>The letters of a column number (1 → A, 28 → AB).</summary>
    public static string Letters(int column)
    {
        var letters = "";
        while (column > 0)
        {
            var rest = (column - 1) % 26;
            letters = (char)('A' + rest) + letters;
            column = (column - 1) / 26;
        }
        return letters;
    }
}
