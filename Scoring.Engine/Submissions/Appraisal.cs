namespace Scoring.Engine.Submissions;

/// <summary>The appraisal team's points for one item, with the reason; final where present (thẩm định).</summary>
public sealed record Appraisal(decimal Points, string Reason);
