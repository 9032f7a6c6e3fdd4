using Scoring.Engine.Text;

namespace Scoring.Api.Charts;

/// <summary>A vertical points axis from 0 to a round top at or above the largest value (and the scale), with gridlines at quarters.</summary>
internal sealed record Axis(double Top, double Bottom, decimal Max)
{
    /// <summary>The axis for values up to <paramref name="largest"/> on a scale (the version's maximum points).</summary>
    public static Axis For(double top, double bottom, decimal scale, decimal largest)
    {
        var max = Math.Max(scale, largest);
        var step = max <= 10m ? 1m : max <= 50m ? 5m : 10m;
        return new Axis(top, bottom, max <= 0m ? 1m : Math.Ceiling(max / step) * step);
    }

    /// <summary>The y of a value.</summary>
    public double Y(decimal value) => Bottom - (double)(value / Max) * (Bottom - Top);

    /// <summary>Draws the gridlines and their labels at the left edge <paramref name="left"/> across to <paramref name="right"/>.</summary>
    public void Draw(Svg svg, double left, double right, string caption)
    {
        for (var i = 0; i <= 4; i++)
        {
            var value = Max * i / 4;
            var y = Y(value);
            svg.Line(left, y, right, y, i == 0 ? "#000" : "#bbb", i == 0 ? 1 : 0.5, dashed: i > 0);
            svg.Text(left - 4, y + 4, Num.Vi(Math.Round(value, 1)), "end");
        }
        svg.Text(4, Top - 12, caption, "start", size: 11);
    }
}
