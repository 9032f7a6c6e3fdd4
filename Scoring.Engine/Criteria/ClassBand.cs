namespace Scoring.Engine.Criteria;

/// <summary>A class and its band of totals: closed below (<see cref="From"/>), open above (<see cref="To"/>, none for the top).</summary>
public sealed record ClassBand(string Name, decimal From, decimal? To)
{
    /// <summary>Whether a total falls in the band.</summary>
    public bool Contains(decimal total) => total >= From && (To is null || total < To.Value);
}
