using Scoring.Engine.Evaluation;

namespace Scoring.Engine.History;

/// <summary>Where one agency stood in a published run: its code and name as the run recorded them, its group, the scope it was ranked in,
/// its rank (none when not ranked), its total (none when not assessed), its class and status.</summary>
public sealed record Standing(string Code, string Name, string Group, string Scope, int? Rank, decimal? Total, string? ClassName, AgencyStatus Status)
{
    /// <summary>The class, or the words for the status ("Không đủ điều kiện xếp loại", "Chưa đánh giá").</summary>
    public string ClassWords => AgencyStatusLabels.Label(Status, ClassName);
}

/// <summary>How an agency of this year relates to last year's agencies.</summary>
public enum Relation
{
    /// <summary>The same code had a result last year.</summary>
    Same,
    /// <summary>A new code replacing exactly one agency of the same group that nothing else replaces (a renamed agency).</summary>
    Renamed,
    /// <summary>Formed from several agencies (a merger).</summary>
    Merged,
    /// <summary>One of several agencies formed from one (a split).</summary>
    Split,
    /// <summary>Replacing one agency of another group (a district's work taken over by a commune): not the same agency.</summary>
    Reorganised,
    /// <summary>Neither it nor any agency it replaces had a result last year.</summary>
    New,
}

/// <summary>One agency compared with last year: how it relates, last year's standings it is compared with (its own, or its predecessors',
/// by code), the change in points (this year minus last year; for a formed agency only when the version says how) and in rank (positive:
/// moved up; only for the same or a renamed agency ranked in the same scope both years), and whether the points were compared with the
/// predecessors' mean.</summary>
public sealed record Comparison(string Code, Relation Relation, IReadOnlyList<Standing> Before, decimal? PointsChange, int? RankChange, bool AgainstMean = false)
{
    /// <summary>Whether the agency is the one that stood last year (the same, or renamed).</summary>
    public bool SameAgency => Relation is Relation.Same or Relation.Renamed;
}
