namespace Scoring.Engine.Evaluation;

/// <summary>Bonus or deduction points: the sum of the block's items and the points after its cap.</summary>
public sealed record BlockResult(decimal Max, decimal Sum, decimal Points);
