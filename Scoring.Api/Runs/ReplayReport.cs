namespace Scoring.Api.Runs;

/// <summary>What a replay found: the stored and recomputed results hashes, and every difference (none when they match).</summary>
public sealed record ReplayReport(long RunId, string StoredHash, string ComputedHash, IReadOnlyList<ReplayDifference> Differences)
{
    /// <summary>Whether the recomputation matches the stored run bit for bit.</summary>
    public bool Matches => StoredHash == ComputedHash && Differences.Count == 0;
}

/// <summary>One difference between a stored result and its recomputation.</summary>
public sealed record ReplayDifference(string AgencyCode, string What, string Stored, string Computed, string? AgencyName = null);
