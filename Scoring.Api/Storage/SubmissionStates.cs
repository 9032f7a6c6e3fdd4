namespace Scoring.Api.Storage;

/// <summary>The states of a submission (as stored) and their Vietnamese names.</summary>
public static class SubmissionStates
{
    /// <summary>Created by the first upload; nothing accepted yet (or only rejected uploads).</summary>
    public const string Draft = "draft";

    /// <summary>An accepted upload is waiting for the lock.</summary>
    public const string Submitted = "submitted";

    /// <summary>Withdrawn by the agency before the lock; a later accepted upload submits it again.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>Locked at the deadline: no more uploads; ready for appraisal.</summary>
    public const string Locked = "locked";

    /// <summary>At least one appraisal change recorded.</summary>
    public const string Appraised = "appraised";

    /// <summary>Whether a submission in this state is closed to uploads and withdrawal.</summary>
    public static bool IsClosed(string state) => state is Locked or Appraised;

    /// <summary>The Vietnamese name of a state; "chưa nộp" when there is no submission.</summary>
    public static string Label(string? state) => state switch
    {
        null => "chưa nộp",
        Draft => "nháp (chưa có tệp hợp lệ)",
        Submitted => "đã nộp",
        Withdrawn => "đã rút",
        Locked => "đã khóa",
        Appraised => "đã thẩm định",
        _ => state,
    };
}
