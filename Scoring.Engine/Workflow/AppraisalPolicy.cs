using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Workflow;

/// <summary>Whether one appraisal change may be recorded against a stored submission.</summary>
public static class AppraisalPolicy
{
    /// <summary>The decision on one change: record it, skip it (the value is already in force: the current appraisal, or the self-score
    /// <paramref name="selfPoints"/> when none), or refuse it with the reason.</summary>
    public static AppraisalDecision Decide(CriteriaVersion version, SubmissionState state, Submission stored, string code, decimal? points, string? reason,
        Appraisal? current, decimal? selfPoints)
    {
        if (!state.IsClosed())
        {
            return AppraisalDecision.Refuse($"Bài nộp của đơn vị {stored.AgencyCode} chưa khóa (trạng thái: {state.Label()}): chỉ thẩm định bài nộp đã khóa.");
        }
        if (stored.NotAssessedReason is not null)
        {
            return AppraisalDecision.Refuse($"Đơn vị {stored.AgencyCode} chưa đánh giá ({stored.NotAssessedReason}): không có tiêu chí nào để thẩm định.");
        }
        if (version.FindItem(code) is not { } item)
        {
            return AppraisalDecision.Refuse($"Tiêu chí {code} không có trong bộ tiêu chí {version.Id}.");
        }
        if (!version.Applies(item, stored.GroupCode))
        {
            var group = version.FindGroup(stored.GroupCode)?.Name ?? stored.GroupCode;
            return AppraisalDecision.Refuse($"Tiêu chí {code} không áp dụng cho khối {group} của đơn vị {stored.AgencyCode}: không thẩm định được.");
        }
        if (stored.Answers.GetValueOrDefault(code) is { NotApplicable: true })
        {
            return AppraisalDecision.Refuse($"Đơn vị {stored.AgencyCode} đã trả lời \"không áp dụng\" cho tiêu chí {code}: không thẩm định được.");
        }
        var recordWithReason = string.IsNullOrWhiteSpace(reason)
            ? AppraisalDecision.Refuse($"Thiếu lý do thẩm định tiêu chí {code}: mỗi thay đổi điểm thẩm định cần ghi lý do.")
            : AppraisalDecision.Record;
        if (points is not { } p)
        {
            return current is null ? AppraisalDecision.Refuse($"Tiêu chí {code} chưa có điểm thẩm định: không có gì để xóa.") : recordWithReason;
        }
        if (ItemPoints.Refuse(item, p) is { } refusal)
        {
            return AppraisalDecision.Refuse(refusal);
        }
        // An item the superior level scores has no self-score: its first entry is always recorded, even 0.
        var own = item.AwardedBySuperior && !stored.Answers.ContainsKey(code) ? null : selfPoints;
        if (p == (current?.Points ?? own))
        {
            // The value already in force (the appraised one, or the self-score when none): recording it would change nothing.
            return AppraisalDecision.Unchanged;
        }
        return recordWithReason;
    }
}

/// <summary>What to do with one appraisal change.</summary>
public sealed record AppraisalDecision(AppraisalAction Action, string? Problem)
{
    /// <summary>Record the change.</summary>
    public static AppraisalDecision Record { get; } = new(AppraisalAction.Record, null);

    /// <summary>Nothing to record: the value is already in force.</summary>
    public static AppraisalDecision Unchanged { get; } = new(AppraisalAction.Unchanged, null);

    /// <summary>Refuse with a Vietnamese reason.</summary>
    public static AppraisalDecision Refuse(string problem) => new(AppraisalAction.Refuse, problem);
}

/// <summary>The three outcomes of an appraisal decision.</summary>
public enum AppraisalAction
{
    /// <summary>Record the change.</summary>
    Record,

    /// <summary>Nothing to record.</summary>
    Unchanged,

    /// <summary>Refused.</summary>
    Refuse,
}
