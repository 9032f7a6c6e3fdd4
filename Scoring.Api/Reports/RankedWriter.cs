using OfficeOpenXml;
using OfficeOpenXml.Style;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;

namespace Scoring.Api.Reports;

/// <summary>Writes one group's ranked table: rank, agency, self, appraised and final totals, class and notes,
/// in the ranker's order, each row filled in its class colour.</summary>
internal static class RankedWriter
{
    private static readonly string[] Columns =
        ["Vị thứ", "Mã đơn vị", "Tên đơn vị", "Điểm tự chấm", "Điểm thẩm định", "Chênh lệch", "Điểm cuối cùng", "Xếp loại", "Ghi chú"];

    private static readonly double[] Widths = [7, 20, 38, 11, 11, 10, 11, 16, 48];

    // A version without classes scores and ranks only: no "Xếp loại" column.
    private static readonly string[] ColumnsWithoutClass = [.. Columns.Where(c => c != "Xếp loại")];

    private static readonly double[] WidthsWithoutClass = [7, 20, 38, 11, 11, 10, 11, 56];

    /// <summary>Writes the sheet.</summary>
    public static void Write(ExcelWorksheet ws, CriteriaVersion version, Group group, IReadOnlyList<ReportRow> rows, string titleSuffix = "")
    {
        var header = ReportWorkbook.TableHeaderRow;
        var across = version.Ranking.Within == RankingScope.All ? " (vị thứ xếp chung các khối)" : "";
        var classed = version.Classes.Count > 0;
        var (columns, widths) = classed ? (Columns, Widths) : (ColumnsWithoutClass, WidthsWithoutClass);
        var what = classed ? "KẾT QUẢ XẾP LOẠI" : "KẾT QUẢ CHẤM ĐIỂM VÀ XẾP HẠNG";
        ReportStyle.Title(ws, 1, $"{what} CÔNG TÁC DÂN VẬN - KHỐI {group.Name.ToUpperInvariant()}{titleSuffix}{across}", ReportText.Criteria(version));
        ReportStyle.Header(ws, header, columns);
        var format = ReportStyle.TotalPoints(version);
        var row = header;
        foreach (var (rank, agency) in rows)
        {
            row++;
            Write(ws, row, rank, agency, format, classed);
            ReportStyle.Fill(ws.Cells[row, 1, row, columns.Length], ClassLabels.Colour(version, agency.Final));
        }
        if (row > header)
        {
            ReportStyle.Borders(ws.Cells[header + 1, 1, row, columns.Length]);
            ws.Cells[header + 1, 1, row, 1].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
            if (classed)
            {
                ws.Cells[header + 1, 8, row, 8].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
            }
            ws.Cells[header + 1, 7, row, classed ? 8 : 7].Style.Font.Bold = true;
        }
        ReportStyle.Widths(ws, widths);
        ReportStyle.Wrap(ws, header + 1, row, widths, classed ? [3, 8, 9] : [3, 8]);
        ReportStyle.FreezeAndFilter(ws, header, row, columns.Length);
        ReportStyle.Print(ws, header);
    }

    private static void Write(ExcelWorksheet ws, int row, int? rank, ScoredAgency agency, string format, bool classed)
    {
        var self = agency.Self;
        var final = agency.Final;
        var scored = final.Status != AgencyStatus.NotAssessed;
        var appraised = ReportText.IsAppraised(final);
        Cells.Number(ws.Cells[row, 1], rank, ReportStyle.Count);
        Cells.Text(ws.Cells[row, 2], agency.Code);
        Cells.Text(ws.Cells[row, 3], agency.Name);
        Cells.Number(ws.Cells[row, 4], self.Status != AgencyStatus.NotAssessed ? self.Total : null, format);
        Cells.Number(ws.Cells[row, 5], scored && appraised ? final.Total : null, format);
        Cells.Number(ws.Cells[row, 6], scored && appraised ? final.Total - self.Total : null, "+" + format + ";-" + format + ";" + format);
        Cells.Number(ws.Cells[row, 7], scored ? final.Total : null, format);
        if (classed)
        {
            Cells.Text(ws.Cells[row, 8], ClassLabels.Of(final));
        }
        Cells.Text(ws.Cells[row, classed ? 9 : 8], ReportText.Notes(agency));
    }
}
