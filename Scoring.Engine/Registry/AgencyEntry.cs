namespace Scoring.Engine.Registry;

/// <summary>One line of an agency list as read, before the registry's rules: where it came from, its code, name and group.</summary>
public sealed record AgencyEntry(string Where, string Code, string Name, string Group);
