namespace Scoring.Engine.Criteria;

/// <summary>An agency group (khối) with its own applicable items and ranking.</summary>
public sealed record Group(string Code, string Name);
