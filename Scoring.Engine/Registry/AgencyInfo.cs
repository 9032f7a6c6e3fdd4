namespace Scoring.Engine.Registry;

/// <summary>A registered agency: code, name, group (khối), and optionally its parent and when it is active.</summary>
public sealed record AgencyInfo(string Code, string Name, string Group, string? Parent = null, DateOnly? ActiveFrom = null, DateOnly? ActiveTo = null);
