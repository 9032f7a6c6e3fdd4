namespace Scoring.Engine.Registry;

/// <summary>A registered agency: code, name, group (khối), and optionally its parent, when it is active, and the agencies it replaces (a
/// merger lists several, each part of a split lists the one it came from), as codes joined by "; " in code order.</summary>
public sealed record AgencyInfo(string Code, string Name, string Group, string? Parent = null, DateOnly? ActiveFrom = null, DateOnly? ActiveTo = null,
    string? Replaces = null)
{
    /// <summary>The separator of <see cref="Replaces"/>.</summary>
    public const string Separator = "; ";

    /// <summary>The codes of the agencies this one replaces (none when it replaces none).</summary>
    public IReadOnlyList<string> Predecessors => Replaces is null ? [] : Replaces.Split(Separator);

    /// <summary>Whether the agency exists at some time in <paramref name="year"/> (founded by its end, not dissolved before its start).</summary>
    public bool ActiveIn(int year) =>
        (ActiveFrom is null || ActiveFrom.Value.Year <= year) && (ActiveTo is null || ActiveTo.Value.Year >= year);
}
