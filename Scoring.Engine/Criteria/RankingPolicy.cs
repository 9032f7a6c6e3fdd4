namespace Scoring.Engine.Criteria;

/// <summary>How agencies are ranked: by final total, or by class first and then total; ties numbered by <see cref="Method"/>; and how an
/// agency formed from others is compared with last year (by default it is not).</summary>
public sealed record RankingPolicy(RankingMethod Method, RankingScope Within, RankingOrder By = RankingOrder.Points,
    PredecessorComparison Predecessors = PredecessorComparison.None)
{
    /// <summary>Competition ranking within each group.</summary>
    public static RankingPolicy Default { get; } = new(RankingMethod.Competition, RankingScope.Group);
}

/// <summary>The rank numbering of ties.</summary>
public enum RankingMethod
{
    /// <summary>"1224": ties share a rank and the next rank skips.</summary>
    Competition,
    /// <summary>"1223": ties share a rank and the next rank follows.</summary>
    Dense,
}

/// <summary>Which agencies are ranked together.</summary>
public enum RankingScope
{
    /// <summary>Each group separately.</summary>
    Group,
    /// <summary>All agencies together.</summary>
    All,
}

/// <summary>What agencies are ordered by.</summary>
public enum RankingOrder
{
    /// <summary>Final total only (a capped agency may rank above a better-classed one).</summary>
    Points,
    /// <summary>Class first (best class first), then final total within a class.</summary>
    ClassThenPoints,
}

/// <summary>How an agency formed from others (merged, split, reorganised) is compared with last year.</summary>
public enum PredecessorComparison
{
    /// <summary>Not compared: its predecessors' results are listed, with no change.</summary>
    None,
    /// <summary>Its points against the mean of its predecessors' totals (rounded as the version rounds totals); no change in rank.</summary>
    Mean,
}
