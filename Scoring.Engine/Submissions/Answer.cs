namespace Scoring.Engine.Submissions;

/// <summary>An agency's answer to one item: a value (points, 0/1, a percentage, a count) or a level, or "not applicable".</summary>
public sealed record Answer(decimal? Value, string? Level = null, bool NotApplicable = false, string? Evidence = null, string? Explanation = null)
{
    /// <summary>An answer that says the item does not apply to this agency.</summary>
    public static Answer NotApplicableAnswer { get; } = new(null, null, true);

    /// <summary>No answer given (allowed for bonus and deduction items, where it means none).</summary>
    public static Answer Empty { get; } = new(0m);
}
