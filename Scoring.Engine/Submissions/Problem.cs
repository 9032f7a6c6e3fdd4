namespace Scoring.Engine.Submissions;

/// <summary>One thing wrong with a submission: where it is, which item, and what was expected (in Vietnamese).</summary>
public sealed record Problem(string Where, string? Code, string Message)
{
    /// <summary>The problem as one line for people.</summary>
    public override string ToString() => Code is null ? $"{Where}: {Message}" : $"{Where} (mục {Code}): {Message}";
}
