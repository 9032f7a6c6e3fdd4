using Scoring.Engine.Workflow;

namespace Scoring.Api.Pages.Support;

/// <summary>Where an agency's year stands, in a sentence it can act on.</summary>
public static class StateSentences
{
    /// <summary>The sentence for a submission's state (null: nothing submitted) in a year.</summary>
    public static string For(SubmissionState? state, int year) => state switch
    {
        null => $"Đơn vị chưa nộp bài năm {year}: tải bảng tự chấm điểm, điền rồi nộp ở đây.",
        SubmissionState.Draft => "Chưa có tệp hợp lệ: lần nộp gần nhất bị từ chối. Xem các lỗi ở bảng \"Các lần nộp\", sửa rồi nộp lại.",
        SubmissionState.Submitted => "Đã nộp. Trước khi cơ quan Nội vụ khóa, đơn vị vẫn nộp lại được (lần mới được dùng) hoặc rút bài.",
        SubmissionState.Withdrawn => "Đơn vị đã rút bài: bài không được xếp loại cho đến khi đơn vị nộp lại.",
        SubmissionState.Locked => "Đã khóa: bài đang chờ cơ quan Nội vụ thẩm định; không nộp thêm hay rút được.",
        SubmissionState.Appraised => "Đã thẩm định: điểm dưới đây là điểm sau thẩm định.",
        _ => "",
    };
}
