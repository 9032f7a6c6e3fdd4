using Scoring.Engine.Criteria;

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
    /// <summary>The submission as the agency scored it, to set beside the appraised one: without the appraisal team's changes, but with
    /// the points the superior level gave (which the agency does not score), so that self and appraised differ only by the appraisal.</summary>
    public Submission SelfScored(CriteriaVersion version)
    {
        if (Appraisals is not { Count: > 0 } appraisals)
        {
            return this;
        }
        var superior = appraisals.Where(a => version.FindItem(a.Key) is { AwardedBySuperior: true } && !Answers.ContainsKey(a.Key))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return this with { Appraisals = superior.Count > 0 ? superior : null };
    }

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
