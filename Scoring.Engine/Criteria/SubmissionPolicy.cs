namespace Scoring.Engine.Criteria;

/// <summary>When uploads close each year (a month and day; none means no deadline) and what happens to a late upload.</summary>
public sealed record SubmissionPolicy(int? DeadlineMonth, int? DeadlineDay, LatePolicy Late)
{
    /// <summary>No deadline; late uploads refused if one is set later.</summary>
    public static SubmissionPolicy None { get; } = new(null, null, LatePolicy.Refuse);

    /// <summary>The deadline of a year (uploads at or after it are late), or null.</summary>
    public DateOnly? DeadlineIn(int year) => DeadlineMonth is { } m && DeadlineDay is { } d ? new DateOnly(year, m, d) : null;
}

/// <summary>What happens to an upload after the deadline.</summary>
public enum LatePolicy
{
    /// <summary>Refused with a message.</summary>
    Refuse,
    /// <summary>Accepted and flagged as late.</summary>
    Flag,
}
