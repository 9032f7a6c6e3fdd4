namespace Scoring.Api.Spreadsheets;

/// <summary>What every Excel file served is declared as.</summary>
public static class Xlsx
{
    /// <summary>The media type of an .xlsx workbook.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
