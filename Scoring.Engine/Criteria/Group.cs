namespace Scoring.Engine.Criteria;

/// <summary>An agency group (khối) with its own applicable items and ranking; it may have its own scale (the sum of its items'
/// maxima, e.g. 85 for agencies outside the administrative-reform index), its own rescaling policy, and its own class bands
/// (the version's classes, in the same order, with the group's thresholds) where a decision sets them per group.</summary>
public sealed record Group(string Code, string Name, decimal? Scale = null, RescalingPolicy? Rescaling = null, IReadOnlyList<ClassBand>? Classes = null);
