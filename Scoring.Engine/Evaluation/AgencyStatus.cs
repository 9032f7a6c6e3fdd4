namespace Scoring.Engine.Evaluation;

/// <summary>Whether an agency got a class.</summary>
public enum AgencyStatus
{
    /// <summary>Scored and classified.</summary>
    Classified,
    /// <summary>Scored but not classified: an eligibility rule failed (không đủ điều kiện xếp loại).</summary>
    Ineligible,
    /// <summary>Not assessed this year (chưa đánh giá).</summary>
    NotAssessed,
}
