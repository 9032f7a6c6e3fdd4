using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;

namespace Scoring.Api.Reports;

/// <summary>What a report shows as an agency's class, and the colour it is shown in.</summary>
internal static class ClassLabels
{
    /// <summary>The class shown for an agency that failed an eligibility condition.</summary>
    public const string Ineligible = AgencyStatusLabels.Ineligible;

    /// <summary>The class shown for an agency that was not assessed.</summary>
    public const string NotAssessed = AgencyStatusLabels.NotAssessed;

    /// <summary>The class name, or the words for "not eligible" or "not assessed".</summary>
    public static string Of(AgencyResult r) => AgencyStatusLabels.Label(r.Status, r.ClassName);

    /// <summary>The fill colour (RGB hex) of a result's row: the best class green, the next blue, the next yellow,
    /// the last red, any others orange; not eligible grey, not assessed light grey.</summary>
    public static string Colour(CriteriaVersion version, AgencyResult r) => r.Status switch
    {
        AgencyStatus.Ineligible => "D9D9D9",
        AgencyStatus.NotAssessed => "F2F2F2",
        _ => ClassColour(version.ClassIndex(r.ClassName ?? ""), version.Classes.Count),
    };

    /// <summary>The fill colour (RGB hex) of the class at an index (0 is best) of a list of classes.</summary>
    public static string ClassColour(int index, int count) => index switch
    {
        < 0 => "FFFFFF",
        0 => "C6EFCE",
        _ when index == count - 1 => "FFC7CE",
        1 => "DDEBF7",
        2 => "FFEB9C",
        _ => "FCE4D6",
    };

    /// <summary>A stronger shade of the same colours, for chart columns.</summary>
    public static string ChartColour(int index, int count) => index switch
    {
        0 => "4E9A5B",
        _ when index == count - 1 => "C0504D",
        1 => "4F81BD",
        2 => "E6B422",
        _ => "ED7D31",
    };
}
