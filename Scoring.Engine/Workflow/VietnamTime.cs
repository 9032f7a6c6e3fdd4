namespace Scoring.Engine.Workflow;

/// <summary>Vietnam's offset from UTC (UTC+7, no daylight saving): deadlines and the times people read are in it.</summary>
public static class VietnamTime
{
    /// <summary>UTC+7.</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);
}
