namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>One cell of an uploaded sheet as the reader sees it: its value (text, a number, yes or no, a date, or an error, as Excel shows it),
/// the number stored when it holds one (also behind a date), its formula when it has one, and the number format that shows it.</summary>
internal readonly record struct SheetCell(object? Value, double? Number, string? Formula, string? Format);

/// <summary>An error value in a cell (#N/A, #DIV/0!, …), read as its text.</summary>
internal sealed record CellError(string Text)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}
