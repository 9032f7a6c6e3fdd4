using PdfSharp.Drawing;
using PdfSharp.Pdf;
using C = Scoring.Api.Reports.ResultColumn;

namespace Scoring.Api.Reports;

/// <summary>One agency's result as a PDF: the same words as the workbook's "Kết quả" sheet (see <see cref="ResultDocument"/>), A4 landscape,
/// 10 pt at least, the table's header on every page, rows never split across pages.</summary>
internal static class ResultPdf
{
    // The columns' widths in points on the page (scaled to the width between the margins): narrower text columns than the workbook's and
    // room for "100,00" in the points columns.
    private static readonly double[] Widths = [30, 140, 48, 80, 36, 36, 38, 70, 38, 118, 80];

    /// <summary>Writes the PDF; the document's dates are <paramref name="madeAt"/>, never the clock.</summary>
    public static byte[] Write(ResultDocument result, string title, string author, DateTimeOffset madeAt)
    {
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = author;
        document.Info.CreationDate = madeAt.UtcDateTime;
        document.Info.ModificationDate = madeAt.UtcDateTime;
        using (var pages = new PdfPages(document, mark: null))
        {
            Header(pages, result);
            Table(pages, result);
        }
        using var output = new MemoryStream();
        document.Save(output, false);
        return StablePdf.Normalize(output.ToArray());
    }

    private static void Header(PdfPages p, ResultDocument result)
    {
        var title = PdfPages.Font(13, bold: true);
        p.Lines(p.Wrap(result.Title, title, p.Width), title, PdfPages.Left, p.Width, XStringAlignment.Center);
        p.Y += 6;
        var body = PdfPages.Font(11);
        foreach (var line in result.Lines)
        {
            p.Lines(p.Wrap(line, body, p.Width), body, PdfPages.Left, p.Width, XStringAlignment.Near);
        }
        p.Y += 8;
    }

    private static void Table(PdfPages p, ResultDocument result)
    {
        var total = Widths.Sum();
        var widths = Widths.Select(w => w * p.Width / total).ToList();
        var bold = PdfPages.Font(10, bold: true);
        var body = PdfPages.Font(10);
        var centred = ResultDocument.Columns.Select(_ => XStringAlignment.Center).ToList();
        void HeaderRow() => p.Row(ResultDocument.Columns, widths, bold, centred);
        HeaderRow();
        p.Repeat = HeaderRow;
        var aligns = Enumerable.Range(0, ResultDocument.Columns.Count)
            .Select(c => c is >= C.Max and <= C.Final and not C.Reason ? XStringAlignment.Far : XStringAlignment.Near).ToList();
        foreach (var row in result.Rows)
        {
            var strong = row.Kind is ResultRowKind.Group or ResultRowKind.Grand or ResultRowKind.Class;
            var fills = row.Cells.Select(c => c.Fill ?? (row.Kind == ResultRowKind.Group ? ResultDocument.GroupFill : null)).ToList();
            p.Row([.. row.Cells.Select(c => c.Printed)], widths, strong ? bold : body, aligns, fills);
        }
        p.Repeat = null;
    }
}
