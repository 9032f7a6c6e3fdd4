namespace Scoring.Engine.Criteria;

/// <summary>Where points are rounded (a step per level, none when null) and how.</summary>
public sealed record RoundingPolicy(decimal? ItemStep, decimal? SectionStep, decimal? TotalStep, RoundingMode Mode)
{
    /// <summary>No rounding anywhere.</summary>
    public static RoundingPolicy None { get; } = new(null, null, null, RoundingMode.HalfUp);
}

/// <summary>How a value is rounded to a step.</summary>
public enum RoundingMode
{
    /// <summary>Halves go up (84.5 to 85).</summary>
    HalfUp,
    /// <summary>Halves go to the even step.</summary>
    HalfEven,
    /// <summary>Always down (truncation).</summary>
    Down,
    /// <summary>Always up.</summary>
    Up,
}
