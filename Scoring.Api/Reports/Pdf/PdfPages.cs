using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Scoring.Api.Reports;

/// <summary>Pages of an A4 landscape document with the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm): where the next line
/// goes, a new page when it does not fit (the page number at the top centre from the second page, "DỰ THẢO" at the top right of every page of
/// a draft, and whatever must repeat, such as a table's header), and text wrapped to a width.</summary>
internal sealed class PdfPages : IDisposable
{
    public const double Left = 30 / 25.4 * 72, Right = 15 / 25.4 * 72, Top = 20 / 25.4 * 72, Bottom = 20 / 25.4 * 72;

    /// <summary>The space between a table cell's border and its text, in points.</summary>
    public const double Pad = 3;

    private readonly PdfDocument _document;
    private readonly string? _mark;
    private XGraphics? _gfx;
    private PdfPage? _page;

    public PdfPages(PdfDocument document, string? mark)
    {
        DocumentFonts.Register();
        (_document, _mark) = (document, mark);
        NewPage();
    }

    /// <summary>Drawn at the top of every page after the first (a table's header).</summary>
    public Action? Repeat { get; set; }

    public XGraphics Gfx => _gfx!;

    public double Y { get; set; }

    public double Width => _page!.Width.Point - Left - Right;

    public int Count => _document.PageCount;

    public static XFont Font(double size, bool bold = false, bool italic = false) =>
        new(DocumentFonts.Family, size, bold ? XFontStyleEx.Bold : italic ? XFontStyleEx.Italic : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    /// <summary>Makes room for <paramref name="height"/> points: a new page when the rest of this one is too short.</summary>
    public void Need(double height)
    {
        if (Y + height > _page!.Height.Point - Bottom)
        {
            NewPage();
            Repeat?.Invoke();
        }
    }

    /// <summary>Text wrapped to a width, as lines (words longer than the width are cut).</summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Gfx.MeasureString(candidate, font).Width <= width || line.Length == 0)
                {
                    line = candidate;
                    continue;
                }
                lines.Add(line);
                line = word;
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>Writes lines, each aligned within [x, x + width], from the current position; moves down.</summary>
    public void Lines(IEnumerable<string> lines, XFont font, double x, double width, XStringAlignment align, bool underline = false)
    {
        var height = font.GetHeight();
        foreach (var line in lines)
        {
            Need(height);
            Text(line, font, x, Y, width, align, underline);
            Y += height;
        }
    }

    /// <summary>One line of text in a box of the given width, top at <paramref name="y"/>.</summary>
    public void Text(string text, XFont font, double x, double y, double width, XStringAlignment align, bool underline = false)
    {
        var format = new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near };
        Gfx.DrawString(text, font, XBrushes.Black, new XRect(x, y, width, font.GetHeight()), format);
        if (underline)
        {
            var w = Gfx.MeasureString(text, font).Width;
            var start = align switch { XStringAlignment.Center => x + (width - w) / 2, XStringAlignment.Far => x + width - w, _ => x };
            var under = y + font.GetHeight() + 0.5;
            Gfx.DrawLine(new XPen(XColors.Black, 0.6), start, under, start + w, under);
        }
    }

    /// <summary>The height of a table row: its tallest cell's wrapped lines.</summary>
    public double RowHeight(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font) =>
        cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * Pad).Count).Max() * font.GetHeight() + 2 * Pad;

    /// <summary>One table row of bordered cells (optionally filled, RGB hex), its height that of its tallest cell; never split across pages.</summary>
    public void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, IReadOnlyList<XStringAlignment> aligns,
        IReadOnlyList<string?>? fills = null)
    {
        var lines = cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * Pad)).ToList();
        var height = lines.Max(l => l.Count) * font.GetHeight() + 2 * Pad;
        Need(height);
        var x = Left;
        var pen = new XPen(XColors.Black, 0.5);
        for (var i = 0; i < cells.Count; i++)
        {
            if (fills?[i] is { Length: 6 } rgb)
            {
                var colour = XColor.FromArgb(Convert.ToInt32(rgb[..2], 16), Convert.ToInt32(rgb[2..4], 16), Convert.ToInt32(rgb[4..], 16));
                Gfx.DrawRectangle(new XSolidBrush(colour), x, Y, widths[i], height);
            }
            Gfx.DrawRectangle(pen, x, Y, widths[i], height);
            for (var l = 0; l < lines[i].Count; l++)
            {
                Text(lines[i][l], font, x + Pad, Y + Pad + l * font.GetHeight(), widths[i] - 2 * Pad, aligns[i]);
            }
            x += widths[i];
        }
        Y += height;
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _page.Orientation = PageOrientation.Landscape;
        _gfx = XGraphics.FromPdfPage(_page);
        var font = Font(11);
        if (_document.PageCount > 1)
        {
            Text(_document.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture), font, Left, Top / 2, Width, XStringAlignment.Center);
        }
        if (_mark is not null)
        {
            Text(_mark, Font(12, bold: true), Left, Top / 2, Width, XStringAlignment.Far);
        }
        Y = Top;
    }

    public void Dispose() => _gfx?.Dispose();
}
