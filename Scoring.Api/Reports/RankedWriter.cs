using OfficeOpenXml;
using OfficeOpenXml.Style;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;

namespace Scoring.Api.Reports;

/// <summary>Writes one group's ranked table: rank, agency, self, appraised and final totals (with the superior's part in its own column
/// when the version has one), class and notes, in the ranker's order, each row filled in its class colour.</summary>
internal static class RankedWriter
{
    /// <summary>Writes the sheet.</summary>
    public static void Write(ExcelWorksheet ws, CriteriaVersion version, Group group, IReadOnlyList<ReportRow> rows, string titleSuffix = "", int? lastYear = null)
    {
        var header = ReportWorkbook.TableHeaderRow;
        var across = version.Ranking.Within == RankingScope.All ? " (vị thứ xếp chung các khối)" : "";
        var columns = RankedColumns.For(version, lastYear);
        var classed = version.Classes.Count > 0;
        var what = classed ? "KẾT QUẢ XẾP LOẠI" : "KẾT QUẢ CHẤM ĐIỂM VÀ XẾP HẠNG";
        ReportStyle.Title(ws, 1, $"{what} CÔNG TÁC DÂN VẬN - KHỐI {group.Name.ToUpperInvariant()}{titleSuffix}{across}", ReportText.Criteria(version));
        ReportStyle.Header(ws, header, [.. columns.Select(c => c.Header)]);
        var format = ReportStyle.TotalPoints(version);
        var row = header;
        foreach (var (rank, agency) in rows)
        {
            row++;
            for (var c = 0; c < columns.Count; c++)
            {
                columns[c].Write(ws.Cells[row, c + 1], rank, agency, format);
            }
            ReportStyle.Fill(ws.Cells[row, 1, row, columns.Count], ClassLabels.Colour(version, agency.Final));
        }
        if (row > header)
        {
            ReportStyle.Borders(ws.Cells[header + 1, 1, row, columns.Count]);
            for (var c = 0; c < columns.Count; c++)
            {
                var cells = ws.Cells[header + 1, c + 1, row, c + 1];
                if (columns[c].Centred)
                {
                    cells.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
                }
                cells.Style.Font.Bold = columns[c].Bold;
            }
        }
        var widths = columns.Select(c => c.Width).ToList();
        ReportStyle.Widths(ws, widths);
        ReportStyle.Wrap(ws, header + 1, row, widths, [.. columns.Select((c, i) => (c, i)).Where(x => x.c.Wraps).Select(x => x.i + 1)]);
        ReportStyle.FreezeAndFilter(ws, header, row, columns.Count);
        ReportStyle.Print(ws, header);
    }
}
