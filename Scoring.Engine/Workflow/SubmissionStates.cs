namespace Scoring.Engine.Workflow;

/// <summary>The stored codes of submission states, their Vietnamese names, and which states are closed.</summary>
public static class SubmissionStates
{
    /// <summary>The code a state is stored under.</summary>
    public static string Code(this SubmissionState state) => state switch
    {
        SubmissionState.Draft => "draft",
        SubmissionState.Submitted => "submitted",
        SubmissionState.Withdrawn => "withdrawn",
        SubmissionState.Locked => "locked",
        _ => "appraised",
    };

    /// <summary>The state stored under a code.</summary>
    /// <exception cref="ArgumentException">The code is not a state's code (a defect in the store).</exception>
    public static SubmissionState Parse(string code) => code switch
    {
        "draft" => SubmissionState.Draft,
        "submitted" => SubmissionState.Submitted,
        "withdrawn" => SubmissionState.Withdrawn,
        "locked" => SubmissionState.Locked,
        "appraised" => SubmissionState.Appraised,
        _ => throw new ArgumentException($"Unknown submission state. Code={code}", nameof(code)),
    };

    /// <summary>Whether a submission in this state is closed to uploads and withdrawal.</summary>
    public static bool IsClosed(this SubmissionState state) => state is SubmissionState.Locked or SubmissionState.Appraised;

    /// <summary>The Vietnamese name of a state; "chưa nộp" when there is no submission.</summary>
    public static string Label(this SubmissionState? state) => state switch
    {
        null => "chưa nộp",
        SubmissionState.Draft => "nháp (chưa có tệp hợp lệ)",
        SubmissionState.Submitted => "đã nộp",
        SubmissionState.Withdrawn => "đã rút",
        SubmissionState.Locked => "đã khóa",
        _ => "đã thẩm định",
    };

    /// <summary>The Vietnamese name of a state.</summary>
    public static string Label(this SubmissionState state) => ((SubmissionState?)state).Label();
}
