namespace Scoring.Engine.Registry;

/// <summary>One line of an agency list as read, before the registry's rules: where it came from, its code, name and group, and the agency
/// it describes when the line could be read whole.</summary>
public sealed record AgencyEntry(string Where, string Code, string Name, string Group, AgencyInfo? Agency = null);
