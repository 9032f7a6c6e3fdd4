namespace Scoring.Engine.Kinds;

/// <summary>A qualitative level (e.g. Tốt) with its own maximum.</summary>
public sealed record Level(string Code, string Name, decimal Max);
