namespace Scoring.Engine.Criteria;

/// <summary>How agencies are ranked: by final total, or by class first and then total; ties numbered by <see cref="Method"/>.</summary>
public sealed record RankingPolicy(RankingMethod Method, RankingScope Within, RankingOrder By = RankingOrder.Points)
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
