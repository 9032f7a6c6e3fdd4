using System.Xml;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;

namespace Scoring.Api.Reports;

/// <summary>Writes the "Tổng hợp" sheet: per group, the agencies in each class, not eligible and not assessed,
/// with totals, and a clustered column chart of the class counts per group.</summary>
internal static class SummaryWriter
{
    private const string ChartNs = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string DrawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /// <summary>Writes the sheet.</summary>
    public static void Write(ExcelWorksheet ws, CriteriaVersion version, IReadOnlyList<(Group Group, IReadOnlyList<ReportRow> Rows)> groups, string titleSuffix = "")
    {
        var header = ReportWorkbook.TableHeaderRow;
        ReportStyle.Title(ws, 1, "TỔNG HỢP KẾT QUẢ XẾP LOẠI CÔNG TÁC DÂN VẬN" + titleSuffix, ReportText.Criteria(version));
        var classes = version.Classes.Select(c => c.Name).ToList();
        List<string> names = ["Khối", .. classes, ClassLabels.Ineligible, ClassLabels.NotAssessed, "Tổng số"];
        ReportStyle.Header(ws, header, names);
        var row = header;
        var totals = new int[names.Count - 1];
        foreach (var (group, rows) in groups)
        {
            row++;
            var results = rows.Select(r => r.Agency.Final).ToList();
            var counts = classes.Select(c => results.Count(r => r.Status == AgencyStatus.Classified && r.ClassName == c))
                .Append(results.Count(r => r.Status == AgencyStatus.Ineligible))
                .Append(results.Count(r => r.Status == AgencyStatus.NotAssessed))
                .Append(results.Count).ToList();
            Cells.Text(ws.Cells[row, 1], group.Name);
            for (var i = 0; i < counts.Count; i++)
            {
                Cells.Number(ws.Cells[row, i + 2], counts[i], ReportStyle.Count);
                totals[i] += counts[i];
            }
        }
        var lastGroupRow = row;
        row++;
        Cells.Text(ws.Cells[row, 1], "Cộng");
        for (var i = 0; i < totals.Length; i++)
        {
            Cells.Number(ws.Cells[row, i + 2], totals[i], ReportStyle.Count);
        }
        ws.Cells[row, 1, row, names.Count].Style.Font.Bold = true;
        ws.Cells[header + 1, names.Count, row, names.Count].Style.Font.Bold = true;
        ReportStyle.Borders(ws.Cells[header + 1, 1, row, names.Count]);
        for (var i = 0; i < classes.Count; i++)
        {
            ReportStyle.Fill(ws.Cells[header, i + 2], ClassLabels.ClassColour(i, classes.Count));
        }
        List<double> widths = [32, .. classes.Select(_ => 13.0), 16, 13, 10];
        ReportStyle.Widths(ws, widths);
        ws.View.FreezePanes(header + 1, 1);
        if (lastGroupRow > header && classes.Count > 0)
        {
            Chart(ws, header, lastGroupRow, classes.Count, row + 2);
        }
        ReportStyle.Print(ws, 0);
    }

    /// <summary>Adds the points-against-rank chart under the class chart: one series per group's ranked sheet (rank across, final points
    /// up; the ranked rows only), as on the ranked page. <paramref name="groupCount"/> rows of groups are in the summary table.</summary>
    public static void RankChart(ExcelWorksheet ws, int groupCount, IReadOnlyList<(string Group, string Sheet, int Ranked)> sheets, int finalColumn)
    {
        var series = sheets.Where(s => s.Ranked > 0).ToList();
        if (series.Count == 0 || finalColumn <= 0)
        {
            return;
        }
        var first = ReportWorkbook.TableHeaderRow + 1;
        var chart = (ExcelScatterChart)ws.Drawings.AddChart("BieuDoDiemTheoViThu", eChartType.XYScatter);
        chart.Title.Text = "Điểm theo vị thứ trong khối";
        foreach (var (group, sheet, ranked) in series)
        {
            var name = "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'!";
            var points = $"{name}{ExcelCellBase.GetAddress(first, finalColumn, first + ranked - 1, finalColumn, true)}";
            var ranks = $"{name}{ExcelCellBase.GetAddress(first, 1, first + ranked - 1, 1, true)}";
            var serie = (ExcelScatterChartSerie)chart.Series.Add(points, ranks);
            serie.Header = group;
            // A marker of its own per group (EPPlus then draws no line between the points).
            serie.Marker = Markers[(chart.Series.Count - 1) % Markers.Length];
        }
        chart.Legend.Position = eLegendPosition.Bottom;
        chart.XAxis.Title.Text = "Vị thứ";
        chart.YAxis.Title.Text = "Điểm cuối cùng";
        chart.XAxis.MinValue = 0;
        chart.YAxis.MinValue = 0;
        // Below the class chart (20 rows under the table).
        chart.SetPosition(ReportWorkbook.TableHeaderRow + groupCount + 22, 0, 0, 0);
        chart.SetSize(760, 360);
    }

    private static readonly eMarkerStyle[] Markers = [eMarkerStyle.Circle, eMarkerStyle.Square, eMarkerStyle.Triangle, eMarkerStyle.Diamond];

    private static void Chart(ExcelWorksheet ws, int header, int lastRow, int classCount, int atRow)
    {
        var chart = (ExcelBarChart)ws.Drawings.AddChart("BieuDoXepLoai", eChartType.ColumnClustered);
        chart.Title.Text = "Số đơn vị theo xếp loại và khối";
        for (var i = 0; i < classCount; i++)
        {
            var serie = chart.Series.Add(ws.Cells[header + 1, i + 2, lastRow, i + 2], ws.Cells[header + 1, 1, lastRow, 1]);
            serie.HeaderAddress = ws.Cells[header, i + 2];
        }
        chart.Legend.Position = eLegendPosition.Bottom;
        chart.DataLabel.ShowValue = true;
        chart.YAxis.MinValue = 0;
        chart.SetPosition(atRow - 1, 0, 0, 0);
        chart.SetSize(760, 360);
        Colour(chart, classCount);
    }

    // EPPlus 4.5 has neither series fills nor label formats: give each series (class) its colour in the chart XML,
    // after its name (c:tx), and hide the labels of zero counts (the number format comes first in c:dLbls).
    private static void Colour(ExcelChart chart, int classCount)
    {
        var xml = chart.ChartXml;
        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("c", ChartNs);
        if (xml.SelectSingleNode("//c:barChart/c:dLbls", ns) is { } labels)
        {
            var numFmt = xml.CreateElement("c", "numFmt", ChartNs);
            numFmt.SetAttribute("formatCode", "0;;;");
            numFmt.SetAttribute("sourceLinked", "0");
            labels.PrependChild(numFmt);
        }
        var series = xml.SelectNodes("//c:ser", ns);
        if (series is null)
        {
            return;
        }
        for (var i = 0; i < series.Count && i < classCount; i++)
        {
            var ser = (XmlElement)series[i]!;
            var spPr = xml.CreateElement("c", "spPr", ChartNs);
            var fill = xml.CreateElement("a", "solidFill", DrawingNs);
            var colour = xml.CreateElement("a", "srgbClr", DrawingNs);
            colour.SetAttribute("val", ClassLabels.ChartColour(i, classCount));
            fill.AppendChild(colour);
            spPr.AppendChild(fill);
            var after = ser.SelectSingleNode("c:tx", ns) ?? ser.SelectSingleNode("c:order", ns);
            ser.InsertAfter(spPr, after);
        }
    }
}
