namespace Scoring.Engine.Evaluation;

/// <summary>What people read for an agency's status: its class, or the words for "not eligible" or "not assessed".</summary>
public static class AgencyStatusLabels
{
    /// <summary>The words for an agency that failed an eligibility condition.</summary>
    public const string Ineligible = "Không đủ điều kiện xếp loại";

    /// <summary>The words for an agency that was not assessed.</summary>
    public const string NotAssessed = "Chưa đánh giá";

    /// <summary>The class name, or the words for the status.</summary>
    public static string Label(AgencyStatus status, string? className) => status switch
    {
        AgencyStatus.Ineligible => Ineligible,
        AgencyStatus.NotAssessed => NotAssessed,
        _ => className ?? "",
    };

    /// <summary>The status stored under its name (as runs store it).</summary>
    /// <exception cref="ArgumentException">The name is not a status (a defect in the store).</exception>
    public static AgencyStatus Parse(string name) => Enum.Parse<AgencyStatus>(name);
}
