namespace Scoring.Engine.Criteria;

/// <summary>An agency group (khối) with its own applicable items and ranking; it may have its own scale (the sum of its items'
/// maxima, e.g. 85 for agencies outside the administrative-reform index) and its own rescaling policy.</summary>
public sealed record Group(string Code, string Name, decimal? Scale = null, RescalingPolicy? Rescaling = null);
