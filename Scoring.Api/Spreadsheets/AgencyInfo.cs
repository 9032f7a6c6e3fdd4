namespace Scoring.Api.Spreadsheets;

/// <summary>A registered agency: code, name and group (khối).</summary>
public sealed record AgencyInfo(string Code, string Name, string Group);
