namespace Scoring.Api.Pages;

/// <summary>One row of the appraisal form: the item, the points shown when the page was drawn, the points and reason typed.</summary>
public sealed class AppraisalRow
{
    /// <summary>The item's code.</summary>
    public string? Item { get; set; }

    /// <summary>The appraised points shown when the page was drawn (empty: none).</summary>
    public string? Was { get; set; }

    /// <summary>The points typed.</summary>
    public string? Points { get; set; }

    /// <summary>The reason typed.</summary>
    public string? Reason { get; set; }
}
