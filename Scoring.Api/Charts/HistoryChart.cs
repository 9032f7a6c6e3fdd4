using System.Globalization;
using Scoring.Engine.Evaluation;
using Scoring.Engine.History;
using Scoring.Engine.Text;

namespace Scoring.Api.Charts;

/// <summary>An agency's points and class by year: its own results as filled dots joined by a line, with the points above and the class
/// under the year; before it existed, its predecessors' results as hollow dots side by side, numbered as in the table beside.</summary>
public static class HistoryChart
{
    private const int Width = 640;
    private const int Height = 270;
    private const double Left = 48;
    private const double Right = Width - 16;
    private const double Top = 36;
    private const double Bottom = Height - 78;

    /// <summary>The chart (an &lt;svg&gt; element), or null when there is no year to draw.</summary>
    public static string? Draw(string name, IReadOnlyList<HistoryYear> years, decimal scale)
    {
        if (years.Count == 0)
        {
            return null;
        }
        var totals = years.SelectMany(y => y.Own is { } own ? [own] : y.Predecessors).Select(s => s.Total).OfType<decimal>().ToList();
        var axis = Axis.For(Top, Bottom, scale, totals.Count > 0 ? totals.Max() : 0m);
        var svg = new Svg("bieu-do-lich-su", Width, Height, $"Điểm và xếp loại qua các năm của {name}");
        axis.Draw(svg, Left, Right, "Điểm");
        var slot = (Right - Left) / years.Count;
        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i];
            var x = Left + (i + 0.5) * slot;
            svg.Text(x, Bottom + 18, year.Year.ToString(CultureInfo.InvariantCulture), bold: true);
            if (year.Own is { } own)
            {
                svg.Text(x, Bottom + 34, own.Status == AgencyStatus.Classified ? own.ClassWords : Short(own.ClassWords));
                if (own.Total is { } total)
                {
                    svg.Text(x, axis.Y(total) - 10, Num.Vi(total), bold: true);
                }
                continue;
            }
            // Before a merger: each predecessor beside the others (its name in the dot's tooltip and in the table below the chart).
            svg.Text(x, Bottom + 34, "Trước sắp xếp", fill: "#444");
            var spread = Math.Min(26, slot / (year.Predecessors.Count + 1));
            for (var p = 0; p < year.Predecessors.Count; p++)
            {
                var before = year.Predecessors[p];
                var px = x + (p - (year.Predecessors.Count - 1) / 2.0) * spread;
                if (before.Total is { } t)
                {
                    svg.Circle(px, axis.Y(t), 5, "#fff", "#444", $"{before.Name}: {Num.Vi(t)} điểm, {before.ClassWords}");
                    svg.Text(px, axis.Y(t) - 10, Num.Vi(t), fill: "#444", size: 11);
                }
            }
        }
        DrawLine(svg, years, axis, slot);
        svg.Circle(Left + 6, Height - 20, 5, "#1f4e79", "#1f4e79").Text(Left + 16, Height - 16, "Điểm của đơn vị", "start");
        svg.Circle(Left + 170, Height - 20, 5, "#fff", "#444").Text(Left + 180, Height - 16, "Điểm của các đơn vị trước khi sắp xếp (tên ở bảng dưới)", "start");
        return svg.ToString();
    }

    // The agency's own years: a line through consecutive years with points, then the dots over it.
    private static void DrawLine(Svg svg, IReadOnlyList<HistoryYear> years, Axis axis, double slot)
    {
        var run = new List<(double X, double Y)>();
        for (var i = 0; i <= years.Count; i++)
        {
            if (i < years.Count && years[i].Own is { Total: { } total })
            {
                run.Add((Left + (i + 0.5) * slot, axis.Y(total)));
                continue;
            }
            if (run.Count > 1)
            {
                svg.Path(run, "#1f4e79");
            }
            foreach (var (x, y) in run)
            {
                svg.Circle(x, y, 5, "#1f4e79", "#1f4e79");
            }
            run.Clear();
        }
    }

    private static string Short(string words) => words == AgencyStatusLabels.Ineligible ? "Không đủ đ.kiện" : words;
}
