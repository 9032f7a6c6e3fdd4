using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;

namespace Scoring.Api.Server;

/// <summary>How an error reaches the person who met it: the API answers a problem (JSON, as clients expect), a page request a
/// short Vietnamese page that says what happened and where to go, with the same status code. One home for both, used by the
/// sign-in scheme, the status pages and the exception handler.</summary>
public static class ErrorAnswers
{
    // Escapes markup only: Vietnamese letters stay letters, not numeric references.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Whether the request is for a page (not the API or its description).</summary>
    public static bool IsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.Ordinal) && !request.Path.StartsWithSegments("/openapi", StringComparison.Ordinal);

    /// <summary>Writes the error: a problem for the API, a Vietnamese page for a page request; <paramref name="retryAfter"/> becomes Retry-After.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, TimeSpan? retryAfter = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (!IsPage(context.Request))
        {
            await response.WriteAsJsonAsync(new { type = "about:blank", title, status, detail }, options: null, contentType: "application/problem+json").ConfigureAwait(false);
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Page(status, title, detail)).ConfigureAwait(false);
    }

    /// <summary>The status pages: the framework's own 4xx/5xx without a body (an unknown address, a wrong method, a body too large).</summary>
    public static async Task StatusPageAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        if (!IsPage(context.Request))
        {
            // The API keeps the framework's problem (made Vietnamese by ProblemTexts).
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context }).ConfigureAwait(false);
            return;
        }
        var (title, detail) = ProblemTexts.Words(context.Response.StatusCode);
        if (context.Response.StatusCode == StatusCodes.Status404NotFound)
        {
            detail = "Kiểm tra lại địa chỉ đã gõ hoặc đường liên kết đã dùng.";
        }
        await WriteAsync(context, context.Response.StatusCode, title ?? "Có lỗi", detail ?? "Yêu cầu không thực hiện được.").ConfigureAwait(false);
    }

    /// <summary>The exception handler: a store that is busy or cannot be written is 503 (with Retry-After when it is busy), data that does not
    /// fit together 409, a formula that fails 422, anything else 500; never a stack trace, and nothing stored was changed.</summary>
    public static async Task ExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is not null && Storage.StoreErrors.Unavailable(exception) is { } unavailable)
        {
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Kho dữ liệu tạm thời không dùng được", unavailable.Message,
                unavailable.Busy ? Storage.StoreErrors.RetryAfter : null).ConfigureAwait(false);
            return;
        }
        var status = exception switch
        {
            Storage.StoreIntegrityException => StatusCodes.Status409Conflict,
            Scoring.Engine.Evaluation.RuleEvaluationException => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status500InternalServerError,
        };
        context.Response.StatusCode = status;
        if (!IsPage(context.Request))
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception }).ConfigureAwait(false);
            return;
        }
        var (title, detail) = exception switch
        {
            Storage.StoreIntegrityException => ("Dữ liệu đã lưu không khớp", Storage.StoreIntegrityException.Vietnamese(null)),
            Scoring.Engine.Evaluation.RuleEvaluationException failed => ("Không chấm được điểm", failed.Vietnamese()),
            _ => ProblemTexts.Words(status),
        };
        await WriteAsync(context, status, title!, detail!).ConfigureAwait(false);
    }

    private static string Page(int status, string title, string detail)
    {
        var (what, next) = status switch
        {
            401 => ("Bạn chưa đăng nhập.", "<a href=\"/dang-nhap\">Đăng nhập</a>"),
            403 => ("Trang này không dành cho vai trò của bạn.", "<a href=\"/\">Về trang chủ</a>"),
            404 => ("Không có trang ở địa chỉ này.", "<a href=\"/\">Về trang chủ</a>"),
            429 => ("Xin chờ một lát.", "<a href=\"/dang-nhap\">Thử đăng nhập lại sau 5 phút</a>"),
            503 => ("Yêu cầu chưa được thực hiện.", "Tải lại trang sau ít giây."),
            _ => ("Đã có lỗi.", "<a href=\"/\">Về trang chủ</a>"),
        };
        return $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{{Html.Encode(title)}} · Chấm điểm công tác dân vận</title>
            <style>body{margin:0;font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;background:#f5f7fa;color:#1b1b1b;line-height:1.5}
            header{background:#1f4e79;color:#fff;padding:.6rem 1.2rem}header a{color:#fff}main{max-width:40rem;margin:2rem auto;padding:0 1rem}
            .the{background:#fff;border:1px solid #c8d1dc;border-radius:6px;padding:1rem 1.2rem}h1{font-size:1.4rem;margin:.2rem 0 .8rem}.nho{color:#4a4a4a;font-size:.9rem}</style>
            </head>
            <body>
            <header><strong><a href="/">Chấm điểm, xếp loại công tác dân vận</a></strong></header>
            <main><div class="the">
            <h1>{{Html.Encode(title)}}</h1>
            <p>{{Html.Encode(what)}} {{Html.Encode(detail)}}</p>
            <p>{{next}}</p>
            <p class="nho">Mã lỗi {{status}}.</p>
            </div></main>
            </body>
            </html>
            """;
    }
}
