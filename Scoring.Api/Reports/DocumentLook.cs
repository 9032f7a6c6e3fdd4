namespace Scoring.Api.Reports;

/// <summary>One look for every document an office files: the font (Times New Roman in the workbooks; its metric twin Liberation Serif
/// embedded in the PDFs), its sizes, the line height, and millimetres as the decree gives margins.</summary>
internal static class DocumentLook
{
    /// <summary>The font of the workbooks.</summary>
    public const string Font = "Times New Roman";

    /// <summary>The size of body text: never under 10 pt.</summary>
    public const float BodySize = 12;

    /// <summary>The height of one line of body text, in points.</summary>
    public const double LineHeight = 16;

    /// <summary>Millimetres in inches, as Excel's print margins are given.</summary>
    public static decimal Inches(int millimetres) => Math.Round(millimetres / 25.4m, 2);
}
