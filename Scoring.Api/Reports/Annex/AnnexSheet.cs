using OfficeOpenXml;
using OfficeOpenXml.Style;

namespace Scoring.Api.Reports;

/// <summary>Writes the annex on a worksheet as it prints on A4 landscape: Times New Roman, margins of the decree (top and bottom 20 mm, left
/// 30 mm, right 15 mm), the header row repeated, page numbers at the top centre from the second page, "DỰ THẢO" on every page of a draft.
/// Numbers are text already in Vietnamese form, so a comma is the decimal mark whatever the viewer's locale.</summary>
internal static class AnnexSheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "Phụ lục";

    /// <summary>The characters of width the columns share (A4 landscape less the margins, at 12 pt).</summary>
    private const double PageWidth = 128;

    /// <summary>Writes the annex; returns the row of the table's header.</summary>
    public static int Write(ExcelWorksheet ws, AnnexDocument annex)
    {
        var columns = annex.Columns;
        var n = columns.Count;
        var total = columns.Sum(c => c.Width);
        var widths = columns.Select(c => Math.Round(c.Width * PageWidth / total, 1)).ToList();
        ReportStyle.Widths(ws, widths);
        ws.Cells.Style.Font.Name = DocumentLook.Font;
        ws.Cells.Style.Font.Size = DocumentLook.BodySize;
        // The header block: the issuing body on the left, the national name and motto on the right.
        var left = Math.Max(2, n / 3);
        var lines = Math.Max(2, annex.Issuer.Count);
        for (var i = 0; i < lines; i++)
        {
            var row = i + 1;
            if (i < annex.Issuer.Count)
            {
                Merge(ws, row, 1, left, annex.Issuer[i], bold: i == annex.Issuer.Count - 1, ExcelHorizontalAlignment.Center);
            }
            if (i < 2)
            {
                Merge(ws, row, left + 1, n, i == 0 ? AnnexDocument.Nation : AnnexDocument.Motto, bold: true, ExcelHorizontalAlignment.Center);
            }
        }
        ws.Cells[2, left + 1].Style.Font.UnderLine = true;
        var at = lines + 2;
        Merge(ws, at, left + 1, n, annex.PlaceAndDate, bold: false, ExcelHorizontalAlignment.Center);
        ws.Cells[at, left + 1].Style.Font.Italic = true;
        at += 2;
        if (annex.Draft)
        {
            Merge(ws, at++, 1, n, AnnexDocument.DraftMark, bold: true, ExcelHorizontalAlignment.Right);
        }
        Merge(ws, at++, 1, n, "PHỤ LỤC", bold: true, ExcelHorizontalAlignment.Center);
        Merge(ws, at++, 1, n, annex.Title, bold: true, ExcelHorizontalAlignment.Center);
        Merge(ws, at, 1, n, annex.Attached, bold: false, ExcelHorizontalAlignment.Center);
        ws.Cells[at, 1].Style.Font.Italic = true;
        at += 2;
        var header = at;
        for (var c = 0; c < n; c++)
        {
            Cells.Text(ws.Cells[header, c + 1], columns[c].Header);
        }
        var head = ws.Cells[header, 1, header, n];
        head.Style.Font.Bold = true;
        head.Style.WrapText = true;
        head.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        head.Style.VerticalAlignment = ExcelVerticalAlignment.Center;
        // As many lines as the longest header needs in its column.
        ws.Row(header).Height = DocumentLook.LineHeight * Enumerable.Range(0, n)
            .Max(c => Math.Ceiling(columns[c].Header.Length * 1.15 / Math.Max(1, widths[c] - 1)));
        var last = header;
        var headings = new List<int>();
        foreach (var block in annex.Blocks)
        {
            last++;
            headings.Add(last);
            Merge(ws, last, 1, n, $"{block.Numeral}. {block.Name}", bold: true, ExcelHorizontalAlignment.Left);
            foreach (var cells in block.Rows)
            {
                last++;
                for (var c = 0; c < n; c++)
                {
                    Cells.Text(ws.Cells[last, c + 1], cells[c]);
                    ws.Cells[last, c + 1].Style.HorizontalAlignment = columns[c].Number ? ExcelHorizontalAlignment.Right : ExcelHorizontalAlignment.Left;
                }
            }
        }
        ReportStyle.Borders(ws.Cells[header, 1, last, n]);
        ReportStyle.Wrap(ws, header + 1, last, widths, [.. Enumerable.Range(1, n)]);
        // A group's heading spans the table on one line (the estimate above measured it against its first column only).
        foreach (var row in headings)
        {
            ws.Row(row).Height = DocumentLook.LineHeight + 2;
            ws.Cells[row, 1].Style.WrapText = false;
        }
        Signature(ws, last + 2, left + 1, n, annex);
        Print(ws, header, annex.Draft);
        return header;
    }

    private static void Signature(ExcelWorksheet ws, int row, int from, int to, AnnexDocument annex)
    {
        Merge(ws, row, from, to, annex.SignerTitle.Length > 0 ? annex.SignerTitle : "NGƯỜI KÝ", bold: true, ExcelHorizontalAlignment.Center);
        Merge(ws, row + 1, from, to, "(Ký, ghi rõ họ tên và đóng dấu)", bold: false, ExcelHorizontalAlignment.Center);
        ws.Cells[row + 1, from].Style.Font.Italic = true;
        Merge(ws, row + 6, from, to, annex.SignerName, bold: true, ExcelHorizontalAlignment.Center);
    }

    private static void Print(ExcelWorksheet ws, int header, bool draft)
    {
        var p = ws.PrinterSettings;
        p.PaperSize = ePaperSize.A4;
        p.Orientation = eOrientation.Landscape;
        p.FitToPage = true;
        p.FitToWidth = 1;
        p.FitToHeight = 0;
        p.LeftMargin = DocumentLook.Inches(30);
        p.RightMargin = DocumentLook.Inches(15);
        p.TopMargin = p.BottomMargin = DocumentLook.Inches(20);
        p.HeaderMargin = DocumentLook.Inches(10);
        p.RepeatRows = new ExcelAddress($"${header}:${header}");
        var hf = ws.HeaderFooter;
        hf.differentFirst = true;
        hf.OddHeader.CenteredText = ExcelHeaderFooter.PageNumber;
        if (draft)
        {
            hf.OddHeader.RightAlignedText = AnnexDocument.DraftMark;
            hf.FirstHeader.RightAlignedText = AnnexDocument.DraftMark;
        }
    }

    private static void Merge(ExcelWorksheet ws, int row, int from, int to, string text, bool bold, ExcelHorizontalAlignment align)
    {
        var range = ws.Cells[row, from, row, to];
        range.Merge = true;
        Cells.Text(ws.Cells[row, from], text);
        range.Style.Font.Bold = bold;
        range.Style.HorizontalAlignment = align;
    }
}
