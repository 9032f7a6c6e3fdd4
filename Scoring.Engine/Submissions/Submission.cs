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
    string? Source = null,
    IReadOnlyDictionary<string, Appraisal>? Appraisals = null)
{
    /// <summary>Where an item or input (or one of its fields, as <c>code#field</c>) came from, for messages:
    /// a line or a cell; else the item's own place; else the source file; else the code itself.</summary>
    public string Where(string key)
    {
        if (Locations is not null)
        {
            if (Locations.TryGetValue(key, out var where))
            {
                return where;
            }
            var hash = key.IndexOf('#', StringComparison.Ordinal);
            if (hash > 0 && Locations.TryGetValue(key[..hash], out where))
            {
                return where;
            }
        }
        return Source ?? key;
    }
}
