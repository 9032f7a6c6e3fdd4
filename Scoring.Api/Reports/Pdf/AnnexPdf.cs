using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Scoring.Api.Reports;

/// <summary>The annex as a PDF to attach to the decision: the same words as the workbook's annex sheet (see <see cref="AnnexDocument"/>),
/// the table's header on every page, rows never split across pages.</summary>
internal static class AnnexPdf
{
    /// <summary>Writes the PDF; the document's dates are <paramref name="madeAt"/>, never the clock.</summary>
    public static byte[] Write(AnnexDocument annex, string author, DateTimeOffset madeAt)
    {
        using var document = new PdfDocument();
        document.Info.Title = annex.Title;
        document.Info.Author = author;
        document.Info.CreationDate = madeAt.UtcDateTime;
        document.Info.ModificationDate = madeAt.UtcDateTime;
        using (var pages = new PdfPages(document, annex.Draft ? AnnexDocument.DraftMark : null))
        {
            Header(pages, annex);
            Table(pages, annex);
            Signature(pages, annex);
        }
        using var output = new MemoryStream();
        document.Save(output, false);
        return StablePdf.Normalize(output.ToArray());
    }

    private static void Header(PdfPages p, AnnexDocument annex)
    {
        var leftWidth = p.Width * 0.4;
        var rightX = PdfPages.Left + leftWidth;
        var rightWidth = p.Width - leftWidth;
        var top = p.Y;
        var regular = PdfPages.Font(12);
        var bold = PdfPages.Font(12, bold: true);
        for (var i = 0; i < annex.Issuer.Count; i++)
        {
            var last = i == annex.Issuer.Count - 1;
            p.Text(annex.Issuer[i], last ? bold : regular, PdfPages.Left, top + i * regular.GetHeight(), leftWidth, XStringAlignment.Center, underline: last);
        }
        p.Text(AnnexDocument.Nation, bold, rightX, top, rightWidth, XStringAlignment.Center);
        p.Text(AnnexDocument.Motto, PdfPages.Font(13, bold: true), rightX, top + bold.GetHeight(), rightWidth, XStringAlignment.Center, underline: true);
        p.Y = top + Math.Max(annex.Issuer.Count, 2) * regular.GetHeight() + 8;
        p.Lines([annex.PlaceAndDate], PdfPages.Font(12, italic: true), rightX, rightWidth, XStringAlignment.Center);
        p.Y += 10;
        var title = PdfPages.Font(13, bold: true);
        p.Lines(["PHỤ LỤC"], title, PdfPages.Left, p.Width, XStringAlignment.Center);
        p.Lines(p.Wrap(annex.Title, title, p.Width), title, PdfPages.Left, p.Width, XStringAlignment.Center);
        var italic = PdfPages.Font(12, italic: true);
        p.Lines(p.Wrap(annex.Attached, italic, p.Width), italic, PdfPages.Left, p.Width, XStringAlignment.Center);
        p.Y += 8;
    }

    private static void Table(PdfPages p, AnnexDocument annex)
    {
        var total = annex.Columns.Sum(c => c.Width);
        var widths = annex.Columns.Select(c => c.Width * p.Width / total).ToList();
        var bold = PdfPages.Font(10.5, bold: true);
        var body = PdfPages.Font(10.5);
        void HeaderRow() => p.Row([.. annex.Columns.Select(c => c.Header)], widths, bold, [.. annex.Columns.Select(_ => XStringAlignment.Center)]);
        HeaderRow();
        p.Repeat = HeaderRow;
        var aligns = annex.Columns.Select(c => c.Number ? XStringAlignment.Far : XStringAlignment.Near).ToList();
        foreach (var block in annex.Blocks)
        {
            // A group's heading never ends a page: it goes with its first row.
            p.Need(2 * (bold.GetHeight() + 2 * PdfPages.Pad) + (block.Rows.Count > 0 ? p.RowHeight(block.Rows[0], widths, body) : 0));
            p.Row([$"{block.Numeral}. {block.Name}"], [p.Width], bold, [XStringAlignment.Near]);
            foreach (var cells in block.Rows)
            {
                p.Row(cells, widths, body, aligns);
            }
        }
        p.Repeat = null;
    }

    private static void Signature(PdfPages p, AnnexDocument annex)
    {
        var bold = PdfPages.Font(12, bold: true);
        var x = PdfPages.Left + p.Width * 0.55;
        var width = p.Width * 0.45;
        p.Y += 14;
        p.Need(bold.GetHeight() * 3 + 60);
        p.Lines([annex.SignerTitle.Length > 0 ? annex.SignerTitle : "NGƯỜI KÝ"], bold, x, width, XStringAlignment.Center);
        p.Lines(["(Ký, ghi rõ họ tên và đóng dấu)"], PdfPages.Font(11, italic: true), x, width, XStringAlignment.Center);
        p.Y += 56;
        p.Lines([annex.SignerName], bold, x, width, XStringAlignment.Center);
    }
}
