namespace Scoring.Engine.Runs;

/// <summary>A comparison at a glance: how many agencies were compared, how many change class, rank or total, and the largest moves.</summary>
public sealed record DiffSummary(int Agencies, int ClassChanged, int RankChanged, int TotalChanged, IReadOnlyList<AgencyDiff> LargestMoves)
{
    /// <summary>The summary of a comparison; the largest moves are the agencies whose total moved most (then rank), at most
    /// <paramref name="shown"/>, in an order that depends only on the figures and codes.</summary>
    public static DiffSummary Of(IReadOnlyList<AgencyDiff> diffs, int shown = 5)
    {
        var moves = diffs.Where(d => d.Changed)
            .OrderByDescending(d => Math.Abs((d.NewTotal ?? 0m) - (d.OldTotal ?? 0m)))
            .ThenByDescending(d => Math.Abs((d.NewRank ?? 0) - (d.OldRank ?? 0)))
            .ThenBy(d => d.AgencyCode, StringComparer.Ordinal)
            .Take(shown).ToList();
        return new DiffSummary(diffs.Count, diffs.Count(d => d.OldClass != d.NewClass), diffs.Count(d => d.OldRank != d.NewRank),
            diffs.Count(d => d.OldTotal != d.NewTotal), moves);
    }
}
