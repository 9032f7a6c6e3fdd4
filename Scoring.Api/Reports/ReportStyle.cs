using System.Drawing;
using OfficeOpenXml;
using OfficeOpenXml.Style;
using Scoring.Engine.Criteria;

namespace Scoring.Api.Reports;

/// <summary>The look shared by the report sheets: titles, header rows, borders, fills, number formats, column
/// widths, row heights and A4 landscape printing. Widths are set here because AutoFitColumns needs GDI+.</summary>
internal static class ReportStyle
{
    /// <summary>The format of an item's points: two decimals, up to four when a value has more (<see cref="PointsFormat.Item"/>).</summary>
    public const string ItemPoints = "0.00##";

    /// <summary>The format of a count.</summary>
    public const string Count = "0";

    /// <summary>The height of one line of text in a report row, in points.</summary>
    public const double LineHeight = 15;

    /// <summary>The Excel format of totals (<see cref="PointsFormat.Total"/>).</summary>
    public static string TotalPoints(CriteriaVersion version) => PointsFormat.Total(version).Excel;

    /// <summary>How many decimals the version's rounding step of totals carries (0 for whole points), or null when totals are not rounded.</summary>
    public static int? TotalDecimals(CriteriaVersion version)
    {
        if (version.Rounding.TotalStep is not { } step)
        {
            return null;
        }
        var decimals = 0;
        while (decimals < 6 && step != Math.Round(step, decimals))
        {
            decimals++;
        }
        return decimals;
    }

    /// <summary>Writes a sheet title (bold, larger) and an optional subtitle on the next row.</summary>
    public static void Title(ExcelWorksheet ws, int row, string title, string? subtitle = null)
    {
        Cells.Text(ws.Cells[row, 1], title);
        ws.Cells[row, 1].Style.Font.Bold = true;
        ws.Cells[row, 1].Style.Font.Size = 14;
        ws.Row(row).Height = 21;
        if (subtitle is not null)
        {
            Cells.Text(ws.Cells[row + 1, 1], subtitle);
            ws.Cells[row + 1, 1].Style.Font.Italic = true;
        }
    }

    /// <summary>Writes a header row: bold, wrapped, centred, filled and bordered.</summary>
    public static void Header(ExcelWorksheet ws, int row, IReadOnlyList<string> names)
    {
        for (var c = 0; c < names.Count; c++)
        {
            Cells.Text(ws.Cells[row, c + 1], names[c]);
        }
        var range = ws.Cells[row, 1, row, names.Count];
        range.Style.Font.Bold = true;
        range.Style.WrapText = true;
        range.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        range.Style.VerticalAlignment = ExcelVerticalAlignment.Center;
        Fill(range, "D9E1F2");
        Borders(range);
        ws.Row(row).Height = 2 * LineHeight + 2;
    }

    /// <summary>Thin borders on every cell of a range.</summary>
    public static void Borders(ExcelRange range)
    {
        var b = range.Style.Border;
        b.Top.Style = b.Bottom.Style = b.Left.Style = b.Right.Style = ExcelBorderStyle.Thin;
    }

    /// <summary>A solid fill in an RGB hex colour.</summary>
    public static void Fill(ExcelRange range, string rgb)
    {
        range.Style.Fill.PatternType = ExcelFillStyle.Solid;
        range.Style.Fill.BackgroundColor.SetColor(Color.FromArgb(255, Convert.ToInt32(rgb[..2], 16), Convert.ToInt32(rgb[2..4], 16), Convert.ToInt32(rgb[4..], 16)));
    }

    /// <summary>Sets every column's width (in characters), in order from column A.</summary>
    public static void Widths(ExcelWorksheet ws, IReadOnlyList<double> widths)
    {
        for (var c = 0; c < widths.Count; c++)
        {
            ws.Column(c + 1).Width = widths[c];
        }
    }

    /// <summary>Wraps long text in the given columns of a block of rows, aligns it to the top, and sets each row's
    /// height from an estimate of the wrapped lines (the writer cannot measure text without GDI+).</summary>
    public static void Wrap(ExcelWorksheet ws, int fromRow, int toRow, IReadOnlyList<double> widths, params int[] wrapColumns)
    {
        if (toRow < fromRow)
        {
            return;
        }
        ws.Cells[fromRow, 1, toRow, widths.Count].Style.VerticalAlignment = ExcelVerticalAlignment.Top;
        foreach (var c in wrapColumns)
        {
            ws.Cells[fromRow, c, toRow, c].Style.WrapText = true;
        }
        for (var r = fromRow; r <= toRow; r++)
        {
            var lines = 1;
            foreach (var c in wrapColumns)
            {
                var cell = ws.Cells[r, c];
                lines = Math.Max(lines, Lines(cell.Text, cell.Style.Font.Bold ? widths[c - 1] * 0.9 : widths[c - 1]));
            }
            if (lines > 1)
            {
                ws.Row(r).Height = lines * LineHeight;
            }
        }
    }

    /// <summary>A4 landscape, one page wide, the header row repeated on every page, page numbers in the footer.</summary>
    public static void Print(ExcelWorksheet ws, int headerRow)
    {
        var p = ws.PrinterSettings;
        p.PaperSize = ePaperSize.A4;
        p.Orientation = eOrientation.Landscape;
        p.FitToPage = true;
        p.FitToWidth = 1;
        p.FitToHeight = 0;
        p.LeftMargin = p.RightMargin = 0.4m;
        p.TopMargin = p.BottomMargin = 0.6m;
        if (headerRow > 0)
        {
            p.RepeatRows = new ExcelAddress($"${headerRow}:${headerRow}");
        }
        ws.HeaderFooter.OddFooter.CenteredText = $"Trang {ExcelHeaderFooter.PageNumber}/{ExcelHeaderFooter.NumberOfPages}";
    }

    /// <summary>Freezes the rows down to and including the header row, and puts a filter on the header.</summary>
    public static void FreezeAndFilter(ExcelWorksheet ws, int headerRow, int lastRow, int columns)
    {
        ws.View.FreezePanes(headerRow + 1, 1);
        ws.Cells[headerRow, 1, Math.Max(lastRow, headerRow), columns].AutoFilter = true;
    }

    /// <summary>Roughly how many lines a text takes in a column of a width (see the remarks in the code).</summary>
    // Roughly how many lines a text takes in a column of a width, wrapping at spaces as a spreadsheet does. A width
    // unit is one digit of the default font; Vietnamese text averages about 1.15 characters per unit in wide fonts
    // (more in Calibri), so 1.1 leaves a little room rather than cut a last line off; bold text counts as 10% wider.
    public static int Lines(string text, double width)
    {
        var perLine = Math.Max(1, (int)(width * 1.1));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            var used = 0;
            foreach (var word in paragraph.Split(' '))
            {
                var length = word.Length;
                if (used > 0 && used + 1 + length > perLine)
                {
                    lines++;
                    used = 0;
                }
                used += (used > 0 ? 1 : 0) + length;
                while (used > perLine)
                {
                    lines++;
                    used -= perLine;
                }
            }
        }
        return lines;
    }
}
