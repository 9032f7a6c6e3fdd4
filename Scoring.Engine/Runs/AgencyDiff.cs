namespace Scoring.Engine.Runs;

/// <summary>One agency under two versions: total, class and rank before and after, and what changed item by item.</summary>
public sealed record AgencyDiff(
    string AgencyCode,
    string? AgencyName,
    string Group,
    decimal? OldTotal,
    decimal? NewTotal,
    string? OldClass,
    string? NewClass,
    int? OldRank,
    int? NewRank,
    IReadOnlyList<ItemDiff> Items,
    IReadOnlyList<string> Notes)
{
    /// <summary>Whether anything visible changed.</summary>
    public bool Changed => OldTotal != NewTotal || OldClass != NewClass || OldRank != NewRank;
}

/// <summary>One item across two versions: its code and points in each (null where the version lacks it), and a note.</summary>
public sealed record ItemDiff(string? OldCode, string? NewCode, decimal? OldPoints, decimal? NewPoints, string Note);
