using OfficeOpenXml;

namespace Scoring.Api.Reports;

/// <summary>Writes the "Tệp bị từ chối" sheet: each rejected file, then each of its problems on its own row.</summary>
internal static class RejectedWriter
{
    private static readonly string[] Columns = ["Tệp", "Vị trí", "Mã tiêu chí", "Lỗi"];

    private static readonly double[] Widths = [40, 26, 12, 80];

    /// <summary>Writes the sheet, files in the order given, problems in their order.</summary>
    public static void Write(ExcelWorksheet ws, IReadOnlyList<RejectedFile> rejected)
    {
        const int header = 1;
        ReportStyle.Header(ws, header, Columns);
        var row = header;
        foreach (var file in rejected)
        {
            if (file.Problems.Count == 0)
            {
                row++;
                Cells.Text(ws.Cells[row, 1], file.File);
                continue;
            }
            foreach (var problem in file.Problems)
            {
                row++;
                Cells.Text(ws.Cells[row, 1], file.File);
                Cells.Text(ws.Cells[row, 2], problem.Where);
                Cells.Text(ws.Cells[row, 3], problem.Code);
                Cells.Text(ws.Cells[row, 4], problem.Message);
            }
        }
        if (row > header)
        {
            ReportStyle.Borders(ws.Cells[header + 1, 1, row, Columns.Length]);
        }
        ReportStyle.Widths(ws, Widths);
        ReportStyle.Wrap(ws, header + 1, row, Widths, 1, 2, 4);
        ReportStyle.FreezeAndFilter(ws, header, row, Columns.Length);
        ReportStyle.Print(ws, header);
    }
}
