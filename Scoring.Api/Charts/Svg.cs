using System.Globalization;
using System.Net;
using System.Text;

namespace Scoring.Api.Charts;

/// <summary>The small pieces every chart is drawn with: an &lt;svg&gt; element sized by its view box (so it shrinks on a narrow screen and
/// prints at the page's width), text escaped for XML, numbers written the invariant way. Nothing is loaded from elsewhere.</summary>
internal sealed class Svg
{
    private readonly StringBuilder _s = new();

    /// <summary>Starts a chart of a width and height with its title (read by screen readers, shown as a tooltip) and an id.</summary>
    public Svg(string id, int width, int height, string title)
    {
        _s.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\" class=\"bieu-do\" viewBox=\"0 0 {width} {height}\" ")
            .Append(CultureInfo.InvariantCulture, $"style=\"max-width:{width}px\" role=\"img\" aria-labelledby=\"{id}-ten\" font-family=\"Arial, sans-serif\" font-size=\"12\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-ten\">{E(title)}</title>");
    }

    /// <summary>A line.</summary>
    public Svg Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false) =>
        Raw($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"{(dashed ? " stroke-dasharray=\"4 3\"" : "")}/>");

    /// <summary>A rectangle.</summary>
    public Svg Rect(double x, double y, double w, double h, string fill, string? title = null) =>
        Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{N(h)}\" fill=\"{fill}\" stroke=\"#333\" stroke-width=\"0.5\">{Tip(title)}</rect>");

    /// <summary>A circle, filled or hollow.</summary>
    public Svg Circle(double x, double y, double r, string fill, string stroke, string? title = null) =>
        Raw($"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\">{Tip(title)}</circle>");

    /// <summary>A marker of one of four shapes (circle, square, triangle, diamond) so that series differ in black and white too.</summary>
    public Svg Marker(int shape, double x, double y, string colour, string? title = null) => (shape % 4) switch
    {
        0 => Circle(x, y, 4, colour, "#000", title),
        1 => Raw($"<rect x=\"{N(x - 4)}\" y=\"{N(y - 4)}\" width=\"8\" height=\"8\" fill=\"{colour}\" stroke=\"#000\">{Tip(title)}</rect>"),
        2 => Raw($"<polygon points=\"{N(x)},{N(y - 5)} {N(x + 5)},{N(y + 4)} {N(x - 5)},{N(y + 4)}\" fill=\"{colour}\" stroke=\"#000\">{Tip(title)}</polygon>"),
        _ => Raw($"<polygon points=\"{N(x)},{N(y - 5)} {N(x + 5)},{N(y)} {N(x)},{N(y + 5)} {N(x - 5)},{N(y)}\" fill=\"{colour}\" stroke=\"#000\">{Tip(title)}</polygon>"),
    };

    /// <summary>A polyline through points.</summary>
    public Svg Path(IEnumerable<(double X, double Y)> points, string stroke) =>
        Raw($"<polyline points=\"{string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"))}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"2\"/>");

    /// <summary>Text at a point: anchored at its start, middle or end; bold when asked.</summary>
    public Svg Text(double x, double y, string text, string anchor = "middle", bool bold = false, string fill = "#000", int? size = null) =>
        Raw($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" fill=\"{fill}\"{(bold ? " font-weight=\"bold\"" : "")}{(size is { } s ? $" font-size=\"{s}\"" : "")}>{E(text)}</text>");

    /// <summary>The finished element.</summary>
    public override string ToString() => _s + "</svg>";

    private Svg Raw(string markup)
    {
        _s.Append(markup);
        return this;
    }

    private static string Tip(string? title) => title is null ? "" : $"<title>{E(title)}</title>";

    /// <summary>About how wide a text is at 12 px in a sans-serif font (generous, so that nothing is cut).</summary>
    public static double Width(string text) => text.Length * 6.6;

    /// <summary>A number as SVG wants it (invariant, at most one decimal).</summary>
    public static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Text escaped for XML.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);
}
