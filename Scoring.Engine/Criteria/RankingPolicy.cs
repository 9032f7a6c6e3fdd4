namespace Scoring.Engine.Criteria;

/// <summary>How agencies are ranked by final total.</summary>
public sealed record RankingPolicy(RankingMethod Method, RankingScope Within)
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
