namespace Scoring.Engine.Submissions;

/// <summary>One agency's self-assessment (or appraised answers) for one criteria version.</summary>
public sealed record Submission(
    string AgencyCode,
    string? AgencyName,
    string GroupCode,
    IReadOnlyDictionary<string, Answer> Answers,
    IReadOnlyDictionary<string, decimal> Inputs,
    string? NotAssessedReason = null,
    IReadOnlyDictionary<string, string>? Locations = null,
    string? Source = null)
{
    /// <summary>Where an item or input came from (a line or a cell), for messages; else the source file; else the code itself.</summary>
    public string Where(string code) =>
        Locations is not null && Locations.TryGetValue(code, out var where) ? where : Source ?? code;
}
