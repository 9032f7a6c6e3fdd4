using System.Globalization;
using Scoring.Api.Reports;
using Scoring.Engine.Evaluation;
using Scoring.Engine.History;

namespace Scoring.Api.Charts;

/// <summary>The distribution of classes per group: one bar per group, a segment per class in the class's colour with its count written
/// in it (so it reads in black and white), then not eligible and not assessed; a legend above in the same order.</summary>
public static class ClassChart
{
    private const int Width = 760;
    private const double Row = 30;
    private const double LegendRow = 20;

    /// <summary>The chart (an &lt;svg&gt; element), or null when there is nothing to count.</summary>
    public static string? Draw(IReadOnlyList<(string Group, IReadOnlyList<Standing> Standings)> groups, IReadOnlyList<string> classes)
    {
        var kinds = classes.Select((c, i) => (Name: c, Colour: "#" + ClassLabels.ChartColour(i, classes.Count),
                Count: (Func<Standing, bool>)(s => s.Status == AgencyStatus.Classified && s.ClassName == c)))
            .Append((AgencyStatusLabels.Ineligible, "#999999", s => s.Status == AgencyStatus.Ineligible))
            .Append((AgencyStatusLabels.NotAssessed, "#e6e6e6", s => s.Status == AgencyStatus.NotAssessed)).ToList();
        var largest = groups.Select(g => g.Standings.Count).DefaultIfEmpty(0).Max();
        if (largest == 0)
        {
            return null;
        }
        // The legend, wrapped onto as many lines as it needs; the group names in a column as wide as the longest.
        var legend = new List<(double X, int Line, string Name, string Colour)>();
        var (x, line) = (8.0, 0);
        foreach (var (name, colour, _) in kinds)
        {
            var width = 28 + Svg.Width(name);
            if (x + width > Width && x > 8)
            {
                (x, line) = (8.0, line + 1);
            }
            legend.Add((x, line, name, colour));
            x += width;
        }
        var top = 16 + (line + 1) * LegendRow;
        var label = Math.Min(300, groups.Max(g => Svg.Width(g.Group)) + 16);
        var height = (int)(top + groups.Count * Row + 34);
        var svg = new Svg("bieu-do-xep-loai", Width, height, "Số đơn vị theo mức xếp loại của từng khối");
        foreach (var (lx, l, name, colour) in legend)
        {
            svg.Rect(lx, 6 + l * LegendRow, 12, 12, colour).Text(lx + 16, 16 + l * LegendRow, name, "start");
        }
        var unit = (Width - label - 80) / largest;
        for (var g = 0; g < groups.Count; g++)
        {
            var (group, standings) = groups[g];
            var y = top + g * Row;
            svg.Text(label - 8, y + 17, group, "end");
            var at = label;
            foreach (var (name, colour, count) in kinds)
            {
                var n = standings.Count(count);
                if (n == 0)
                {
                    continue;
                }
                svg.Rect(at, y + 2, n * unit, Row - 8, colour, $"{group}: {n} đơn vị {name}");
                if (n * unit >= 14)
                {
                    svg.Text(at + n * unit / 2, y + 17, n.ToString(CultureInfo.InvariantCulture), bold: true);
                }
                at += n * unit;
            }
            svg.Text(at + 6, y + 17, $"{standings.Count.ToString(CultureInfo.InvariantCulture)} đơn vị", "start", fill: "#444");
        }
        svg.Line(label, top - 4, label, top + groups.Count * Row, "#000");
        svg.Text(label, height - 10, "Mỗi thanh là một khối; số trong ô là số đơn vị của mức xếp loại đó.", "start", fill: "#444", size: 11);
        return svg.ToString();
    }
}
