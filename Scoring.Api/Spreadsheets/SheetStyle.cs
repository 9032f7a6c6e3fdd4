using System.Drawing;
using OfficeOpenXml;
using OfficeOpenXml.Style;

namespace Scoring.Api.Spreadsheets;

/// <summary>The look of generated workbooks: fonts, fills, borders, row heights, printing. (Text goes through <see cref="Reports.Cells"/>.)</summary>
public static class SheetStyle
{
    /// <summary>The font used throughout (the usual one in Vietnamese administrative documents).</summary>
    public const string Font = Reports.DocumentLook.Font;

    /// <summary>Fill of cells the agency types into.</summary>
    public static readonly Color InputFill = Color.FromArgb(255, 250, 225);

    /// <summary>Fill of section rows.</summary>
    public static readonly Color SectionFill = Color.FromArgb(221, 235, 247);

    /// <summary>Fill of header rows.</summary>
    public static readonly Color HeaderFill = Color.FromArgb(217, 217, 217);

    /// <summary>Fills a range with a solid colour.</summary>
    public static void Fill(ExcelRange range, Color color)
    {
        range.Style.Fill.PatternType = ExcelFillStyle.Solid;
        range.Style.Fill.BackgroundColor.SetColor(color);
    }

    /// <summary>Thin borders on every side of every cell of a range.</summary>
    public static void Borders(ExcelRange range)
    {
        range.Style.Border.Top.Style = ExcelBorderStyle.Thin;
        range.Style.Border.Bottom.Style = ExcelBorderStyle.Thin;
        range.Style.Border.Left.Style = ExcelBorderStyle.Thin;
        range.Style.Border.Right.Style = ExcelBorderStyle.Thin;
    }

    /// <summary>A row height that fits wrapped text of the given length in a column of the given width (no GDI measuring here).</summary>
    public static double HeightFor(int length, double columnWidth, double lineHeight = Reports.DocumentLook.LineHeight) =>
        Math.Max(1, Math.Ceiling(length * 1.05 / Math.Max(1, columnWidth - 1))) * lineHeight;

    /// <summary>A4 landscape, fit to one page wide, with the given rows repeated on every page, the decree's margins (top and bottom 20 mm,
    /// left 30 mm, right 15 mm), page numbers at the top centre from the second page.</summary>
    public static void Printable(ExcelWorksheet sheet, string repeatRows)
    {
        sheet.PrinterSettings.PaperSize = ePaperSize.A4;
        sheet.PrinterSettings.Orientation = eOrientation.Landscape;
        sheet.PrinterSettings.FitToPage = true;
        sheet.PrinterSettings.FitToWidth = 1;
        sheet.PrinterSettings.FitToHeight = 0;
        sheet.PrinterSettings.RepeatRows = new ExcelAddress(repeatRows);
        sheet.PrinterSettings.TopMargin = Reports.DocumentLook.Inches(20);
        sheet.PrinterSettings.BottomMargin = Reports.DocumentLook.Inches(20);
        sheet.PrinterSettings.LeftMargin = Reports.DocumentLook.Inches(30);
        sheet.PrinterSettings.RightMargin = Reports.DocumentLook.Inches(15);
        sheet.PrinterSettings.HeaderMargin = Reports.DocumentLook.Inches(10);
        sheet.HeaderFooter.differentFirst = true;
        sheet.HeaderFooter.OddHeader.CenteredText = ExcelHeaderFooter.PageNumber;
    }
}
