using Microsoft.AspNetCore.Http;

namespace Scoring.Api.Server;

/// <summary>Vietnamese titles for the problems the framework itself writes (unknown routes, wrong methods, a body too large,
/// an unexpected failure), so no answer is ever in English or carries a stack trace.</summary>
public static class ProblemTexts
{
    /// <summary>Sets a Vietnamese title and detail where the framework left its own.</summary>
    public static void Translate(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (context.Exception is Storage.StoreIntegrityException)
        {
            // Stored data that no longer fits together: a conflict people can report, never a 500 or a stack trace.
            problem.Status = StatusCodes.Status409Conflict;
            problem.Title = "Dữ liệu đã lưu không khớp";
            problem.Detail = Storage.StoreIntegrityException.Vietnamese(null);
            problem.Extensions.Remove("exception");
            return;
        }
        if (context.Exception is Scoring.Engine.Evaluation.RuleEvaluationException failed)
        {
            // A stored version whose formula fails for one agency (e.g. frozen before the divisor check): say which, never a 500.
            problem.Status = StatusCodes.Status422UnprocessableEntity;
            problem.Title = "Không chấm được điểm";
            problem.Detail = failed.Vietnamese();
            problem.Extensions.Remove("exception");
            return;
        }
        var (title, detail) = Words(status);
        if (title is not null && (problem.Title is null || IsFrameworkTitle(problem.Title)))
        {
            problem.Title = title;
            problem.Detail ??= detail;
        }
        problem.Extensions.Remove("exception");
    }

    /// <summary>The Vietnamese title and detail of a status the framework answers by itself, or nulls when there is none.</summary>
    public static (string? Title, string? Detail) Words(int status) => status switch
    {
        400 => ("Yêu cầu không hợp lệ", "Yêu cầu gửi lên không đúng dạng; kiểm tra lại các tham số."),
        401 => ("Chưa đăng nhập", "Cần mã đăng nhập hợp lệ."),
        403 => ("Không có quyền", "Vai trò của bạn không được làm việc này."),
        404 => ("Không tìm thấy", "Địa chỉ hoặc mã được yêu cầu không có (kiểm tra năm, số lượt, mã đơn vị)."),
        405 => ("Phương thức không được hỗ trợ", "Địa chỉ này không nhận phương thức HTTP đã dùng."),
        413 => ("Tệp quá lớn", "Tệp tải lên vượt giới hạn dung lượng."),
        415 => ("Kiểu dữ liệu không được hỗ trợ", "Nội dung gửi lên không đúng kiểu (cần multipart/form-data hoặc JSON)."),
        429 => ("Quá nhiều yêu cầu", "Vui lòng chờ ít phút rồi thử lại."),
        503 => ("Máy chủ tạm thời bận", "Vui lòng thử lại sau ít giây; không có gì bị thay đổi."),
        >= 500 => ("Lỗi máy chủ", "Máy chủ gặp lỗi khi xử lý yêu cầu; dữ liệu đã lưu không bị thay đổi. Hãy báo cho quản trị."),
        _ => (null, null),
    };

    // The framework's own titles are ASCII English; ours are Vietnamese.
    private static bool IsFrameworkTitle(string title) => title.All(c => c < 128);
}
