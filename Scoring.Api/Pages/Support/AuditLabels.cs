namespace Scoring.Api.Pages.Support;

/// <summary>What each kind of audit entry is, in words (the log stores a short code per kind).</summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["agency.add"] = "Thêm đơn vị",
        ["agency.change"] = "Sửa thông tin đơn vị",
        ["appraisal.set"] = "Ghi điểm thẩm định",
        ["appraisal.clear"] = "Xóa điểm thẩm định",
        ["criteria.freeze"] = "Đưa bộ tiêu chí vào dùng",
        ["run.create"] = "Tạo lượt xếp loại",
        ["run.publish"] = "Công bố lượt xếp loại",
        ["run.supersede"] = "Lượt xếp loại bị thay thế",
        ["submission.upload"] = "Nộp bài (được nhận)",
        ["evidence.attach"] = "Đính kèm tài liệu kiểm chứng",
        ["submission.reject"] = "Nộp bài (bị từ chối)",
        ["submission.withdraw"] = "Rút bài nộp",
        ["submission.lock"] = "Khóa bài nộp",
        ["token.create"] = "Cấp mã đăng nhập",
        ["token.revoke"] = "Thu hồi mã đăng nhập",
        ["year.lock"] = "Khóa nộp bài của năm",
        ["year.reopen"] = "Mở lại nộp bài của năm",
    };

    /// <summary>The words for a kind of entry (an unknown kind is shown as stored).</summary>
    public static string Of(string action) => Words.GetValueOrDefault(action, action);
}
