using System.Globalization;
using Scoring.Engine.History;
using Scoring.Engine.Text;

namespace Scoring.Api.Charts;

/// <summary>Points against rank: one marker per ranked agency (rank across, points up), each group in its own shape and colour, so a gap
/// between neighbours or a cluster of equal points is seen at a glance.</summary>
public static class RankChart
{
    private const int Width = 760;
    private const int Height = 320;
    private const double Left = 48;
    private const double Right = Width - 20;
    private const double Top = 56;
    private const double Bottom = Height - 46;
    private static readonly string[] Colours = ["#1f4e79", "#c0504d", "#4e9a5b", "#e6b422", "#7f6084", "#2f8f9d"];

    /// <summary>The chart (an &lt;svg&gt; element), or null when no agency is ranked; <paramref name="across"/>: ranks run across groups.</summary>
    public static string? Draw(IReadOnlyList<(string Group, IReadOnlyList<Standing> Standings)> groups, decimal scale, bool across = false)
    {
        var ranked = groups.Select(g => (g.Group, Points: g.Standings.Where(s => s.Rank is not null && s.Total is not null).ToList())).Where(g => g.Points.Count > 0).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }
        var lastRank = ranked.SelectMany(g => g.Points).Max(s => s.Rank!.Value);
        var axis = Axis.For(Top, Bottom, scale, ranked.SelectMany(g => g.Points).Max(s => s.Total!.Value));
        var svg = new Svg("bieu-do-diem-hang", Width, Height, "Điểm theo vị thứ của từng khối");
        axis.Draw(svg, Left, Right, "Điểm");
        double X(int rank) => lastRank == 1 ? (Left + Right) / 2 : Left + 14 + (rank - 1) * (Right - Left - 28) / (lastRank - 1);
        var step = Math.Max(1, (int)Math.Ceiling(lastRank / 20.0));
        for (var rank = 1; rank <= lastRank; rank += step)
        {
            svg.Text(X(rank), Bottom + 16, rank.ToString(CultureInfo.InvariantCulture));
        }
        svg.Text((Left + Right) / 2, Bottom + 34, across ? "Vị thứ (xếp chung các khối)" : "Vị thứ trong khối");
        var legend = 8.0;
        for (var g = 0; g < ranked.Count; g++)
        {
            var (group, points) = ranked[g];
            var colour = Colours[g % Colours.Length];
            foreach (var s in points)
            {
                svg.Marker(g, X(s.Rank!.Value), axis.Y(s.Total!.Value), colour, $"{s.Name}: hạng {s.Rank}, {Num.Vi(s.Total.Value)} điểm, {s.ClassWords}");
            }
            svg.Marker(g, legend + 5, 16, colour).Text(legend + 14, 20, group, "start");
            legend += 30 + Svg.Width(group);
        }
        return svg.ToString();
    }
}
