using OfficeOpenXml;
using Scoring.Engine.Evaluation;

namespace Scoring.Api.Reports;

/// <summary>Writes the "Chi tiết" sheet: every item of every agency, self-scored, appraised and final, with the
/// reason (the appraisal reason, else the item's note or why it does not apply).</summary>
internal static class DetailWriter
{
    private static readonly string[] Columns =
        ["Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tiêu chí", "Tối đa", "Tự chấm", "Thẩm định", "Cuối cùng", "Lý do"];

    private static readonly double[] Widths = [20, 30, 9, 60, 8, 9, 10, 10, 42];

    /// <summary>Up to this many agencies each starts a new printed page (Excel keeps at most 1,026 manual breaks a sheet; a larger run
    /// prints continuously).</summary>
    public const int MaxPageBreaks = 1000;

    /// <summary>Writes the sheet, agencies in ranked order, items in the version's order.</summary>
    public static void Write(ExcelWorksheet ws, IReadOnlyList<ReportRow> rows)
    {
        const int header = 1;
        ReportStyle.Header(ws, header, Columns);
        var row = header;
        foreach (var (_, agency) in rows)
        {
            var self = agency.Self.Items.GroupBy(i => i.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            if (agency.Final.Items.Count == 0)
            {
                row++;
                Agency(ws, row, agency);
                var why = agency.Final.Status == AgencyStatus.NotAssessed ? $"{ClassLabels.NotAssessed}: {agency.Final.StatusReason}" : agency.Final.StatusReason;
                Cells.Text(ws.Cells[row, 9], why);
            }
            foreach (var item in agency.Final.Items)
            {
                row++;
                Agency(ws, row, agency);
                Item(ws, row, item, self.GetValueOrDefault(item.Code));
            }
            // Each agency starts a new printed page.
            if (rows.Count <= MaxPageBreaks)
            {
                ws.Row(row).PageBreak = true;
            }
        }
        if (row > header && rows.Count <= MaxPageBreaks)
        {
            // No break after the last agency.
            ws.Row(row).PageBreak = false;
        }
        if (row > header)
        {
            ReportStyle.Borders(ws.Cells[header + 1, 1, row, Columns.Length]);
        }
        ReportStyle.Widths(ws, Widths);
        ReportStyle.Wrap(ws, header + 1, row, Widths, 2, 4, 9);
        ReportStyle.FreezeAndFilter(ws, header, row, Columns.Length);
        ReportStyle.Print(ws, header);
    }

    private static void Agency(ExcelWorksheet ws, int row, ScoredAgency agency)
    {
        Cells.Text(ws.Cells[row, 1], agency.Code);
        Cells.Text(ws.Cells[row, 2], agency.Name);
    }

    private static void Item(ExcelWorksheet ws, int row, ItemResult item, ItemResult? self)
    {
        var format = ReportStyle.ItemPoints;
        Cells.Text(ws.Cells[row, 3], item.Code);
        Cells.Text(ws.Cells[row, 4], item.Title);
        Cells.Number(ws.Cells[row, 5], item.Max, format);
        // An item the superior level scores has no self-score.
        decimal? selfPoints = !item.Applicable || !item.HasSelfScore ? null : self is not null ? self.Points : item.SelfPoints ?? item.Points;
        Cells.Number(ws.Cells[row, 6], selfPoints, format);
        Cells.Number(ws.Cells[row, 7], item.IsAppraised ? item.Points : null, format);
        Cells.Number(ws.Cells[row, 8], item.Applicable ? item.Points : null, format);
        var reason = item.IsAppraised ? item.AppraisalReason
            : !item.Applicable ? item.NotApplicableReason
            : item.Note;
        Cells.Text(ws.Cells[row, 9], reason);
    }
}
