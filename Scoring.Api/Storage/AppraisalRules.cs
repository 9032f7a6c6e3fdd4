using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;

namespace Scoring.Api.Storage;

/// <summary>Whether one appraisal change may be recorded against a stored submission; each refusal in Vietnamese.</summary>
public static class AppraisalRules
{
    /// <summary>The reason a change (points, or null to clear) cannot be recorded, or null when it can.</summary>
    public static string? Check(CriteriaVersion version, Submission stored, string code, decimal? points, string? reason, bool hasCurrent)
    {
        if (stored.NotAssessedReason is not null)
        {
            return $"Đơn vị {stored.AgencyCode} chưa đánh giá ({stored.NotAssessedReason}): không có tiêu chí nào để thẩm định.";
        }
        if (version.FindItem(code) is not { } item)
        {
            return $"Tiêu chí {code} không có trong bộ tiêu chí {version.Id}.";
        }
        if (!version.Applies(item, stored.GroupCode))
        {
            return $"Tiêu chí {code} không áp dụng cho khối {stored.GroupCode} của đơn vị {stored.AgencyCode}: không thẩm định được.";
        }
        if (stored.Answers.GetValueOrDefault(code) is { NotApplicable: true })
        {
            return $"Đơn vị {stored.AgencyCode} đã trả lời \"không áp dụng\" cho tiêu chí {code}: không thẩm định được.";
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return $"Thiếu lý do thẩm định tiêu chí {code}: mỗi thay đổi điểm thẩm định cần ghi lý do.";
        }
        if (points is not { } p)
        {
            return hasCurrent ? null : $"Tiêu chí {code} chưa có điểm thẩm định: không có gì để xóa.";
        }
        return p < 0m || p > item.Max
            ? $"Điểm thẩm định {Num.Vi(p)} của tiêu chí {code} nằm ngoài khoảng cho phép: cần từ 0 đến {Num.Vi(item.Max)}."
            : null;
    }
}
