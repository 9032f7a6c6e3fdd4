using System.Globalization;
using Scoring.Engine.Criteria;

namespace Scoring.Api.Reports;

/// <summary>The one number format of points in every document: at least <see cref="Min"/> and at most <see cref="Max"/> decimals, as an
/// Excel number format for the workbooks and as Vietnamese text (decimal comma, whatever the viewer's locale) for the annex and the PDFs,
/// so a cell and its printed text show the same digits.</summary>
internal readonly record struct PointsFormat(int Min, int Max)
{
    /// <summary>An item's points: two decimals, up to four when a value has more.</summary>
    public static readonly PointsFormat Item = new(2, 4);

    /// <summary>Totals: as many decimals as the version's rounding step (whole points print "90", not "90,00"); as items when totals are
    /// not rounded.</summary>
    public static PointsFormat Total(CriteriaVersion version) =>
        ReportStyle.TotalDecimals(version) is { } decimals ? new PointsFormat(decimals, decimals) : Item;

    /// <summary>The Excel number format ("0", "0.00", "0.00##").</summary>
    public string Excel => Max == 0 ? "0" : "0." + new string('0', Min) + new string('#', Max - Min);

    /// <summary>The value as the format shows it, with a decimal comma ("97,685", "90").</summary>
    public string Vi(decimal value)
    {
        // Excel rounds what it shows half away from zero; what rounds to zero shows no sign.
        var rounded = Math.Round(value, Max, MidpointRounding.AwayFromZero);
        var text = (rounded == 0 ? 0m : rounded).ToString("F" + Max.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (Max > Min)
        {
            var point = text.IndexOf('.');
            var keep = text.Length;
            while (keep > point + 1 + Min && text[keep - 1] == '0')
            {
                keep--;
            }
            text = text[..(keep == point + 1 ? point : keep)];
        }
        return text.Replace('.', ',');
    }
}
