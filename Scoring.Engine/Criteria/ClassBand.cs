namespace Scoring.Engine.Criteria;

/// <summary>A class and its band of totals: closed below (<see cref="From"/>), open above (<see cref="To"/>, none for the top);
/// optionally a quota on how many agencies it may hold.</summary>
public sealed record ClassBand(string Name, decimal From, decimal? To, ClassQuota? Quota = null)
{
    /// <summary>Whether a total falls in the band.</summary>
    public bool Contains(decimal total) => total >= From && (To is null || total < To.Value);
}

/// <summary>At most a share (percent) or a count of a base may hold a class: the agencies ranked in the same scope (group or all, as
/// the version ranks), or those placed in another class. Those beyond it, by rank, move to the next class.</summary>
/// <param name="Percent">The share, in percent (e.g. 20), or null when <paramref name="Count"/> is given.</param>
/// <param name="Count">A fixed number, or null when <paramref name="Percent"/> is given.</param>
/// <param name="OfClass">The class whose members are the base (counted before any quota moves anyone), or null.</param>
/// <param name="OfAll">Whether the base is every agency of the run (else the agencies ranked together: a group, or all).</param>
/// <param name="TiesIn">Whether agencies tied with the last one inside the quota are all kept (true) or all moved (false).</param>
public sealed record ClassQuota(decimal? Percent, int? Count, string? OfClass, bool OfAll, bool TiesIn)
{
    /// <summary>How many may hold the class out of <paramref name="basis"/> agencies (a share is rounded down).</summary>
    public int Limit(int basis) => Count ?? (int)decimal.Floor(Percent!.Value * basis / 100m);

    /// <summary>The quota in words.</summary>
    public string Describe() => (Count is { } n ? $"tối đa {n} đơn vị" : $"tối đa {Text.Num.Vi(Percent!.Value)}%")
        + (OfClass is { } c ? $" của số đơn vị xếp loại {c}" : OfAll ? " của tất cả đơn vị" : Count is null ? " của số đơn vị được xếp loại cùng khối" : "");
}
