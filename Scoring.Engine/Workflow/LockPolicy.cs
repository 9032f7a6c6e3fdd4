namespace Scoring.Engine.Workflow;

/// <summary>The lock as a gate on (criteria version, year): what may still change once it is locked, and when it may be reopened.</summary>
public static class LockPolicy
{
    /// <summary>Why an upload is refused by the lock, or null when the year is open and the submission is not closed.</summary>
    public static string? RefuseUpload(YearLock gate, SubmissionState? state) =>
        gate.Locked
            ? $"Đã khóa nộp bài năm {gate.Year} (bộ tiêu chí {gate.CriteriaId}) {gate.ByWhomAndWhen}: không nhận thêm tệp. Nếu cần nộp lại, hãy liên hệ cơ quan Nội vụ."
            : state is { } s && s.IsClosed()
                ? $"Bài nộp năm {gate.Year} đã khóa (trạng thái: {s.Label()}): không nhận thêm tệp. Nếu cần nộp lại, hãy liên hệ cơ quan Nội vụ."
                : null;

    /// <summary>Why a withdrawal is refused, or null when it may go ahead.</summary>
    public static string? RefuseWithdraw(YearLock gate, SubmissionState? state, string what) =>
        gate.Locked
            ? $"Đã khóa nộp bài năm {gate.Year} (bộ tiêu chí {gate.CriteriaId}) {gate.ByWhomAndWhen}: không rút được bài nộp sau khi khóa."
            : state switch
            {
                null => $"Chưa có {what}: không có gì để rút.",
                SubmissionState.Draft => $"Chưa có tệp nào được nhận trong {what} (chỉ có tệp bị từ chối): không có gì để rút.",
                SubmissionState.Withdrawn => $"Đã rút {what} trước đó: không cần rút lại.",
                SubmissionState.Locked or SubmissionState.Appraised => $"Đã khóa {what} (trạng thái: {state.Label()}): không rút được sau khi khóa.",
                _ => null,
            };

    /// <summary>Why locking is refused (already locked), or null.</summary>
    public static string? RefuseLock(YearLock gate) =>
        gate.Locked ? $"Nộp bài năm {gate.Year} (bộ tiêu chí {gate.CriteriaId}) đã được khóa {gate.ByWhomAndWhen}: không cần khóa lại." : null;

    /// <summary>Why reopening is refused (not locked, or no reason given), or null.</summary>
    public static string? RefuseReopen(YearLock gate, string? reason) =>
        !gate.Locked ? $"Nộp bài năm {gate.Year} (bộ tiêu chí {gate.CriteriaId}) chưa khóa: không có gì để mở lại."
        : string.IsNullOrWhiteSpace(reason) ? "Thiếu lý do mở lại: mỗi lần mở lại nộp bài cần ghi lý do."
        : null;
}
