namespace Scoring.Engine.Kinds;

/// <summary>A half-open interval of a percentage, [From, To), and the points it earns; the top tier has no <see cref="To"/>.</summary>
public sealed record Tier(decimal From, decimal? To, decimal Points);
