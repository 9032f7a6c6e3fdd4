namespace Scoring.Engine.Registry;

/// <summary>A registered agency: code, name, group (khối), and optionally its parent and when it is active.</summary>
public sealed record AgencyInfo(string Code, string Name, string Group, string? Parent = null, DateOnly? ActiveFrom = null, DateOnly? ActiveTo = null)
{
    /// <summary>Whether the agency exists at some time in <paramref name="year"/> (founded by its end, not dissolved before its start).</summary>
    public bool ActiveIn(int year) =>
        (ActiveFrom is null || ActiveFrom.Value.Year <= year) && (ActiveTo is null || ActiveTo.Value.Year >= year);
}
