using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scoring.Api.Server;
using Scoring.Api.Storage;

namespace Scoring.Api.Pages;

/// <summary>The home page: where each role goes from here.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel : PageModel
{
    /// <summary>The links for the signed-in role.</summary>
    public IReadOnlyList<(string Href, string Text)> Links { get; private set; } = [];

    /// <summary>Builds the links.</summary>
    public void OnGet() => Links = User.Role() switch
    {
        Roles.Agency => [("/don-vi", "Bài tự chấm điểm của đơn vị: tải mẫu, nộp, xem lỗi và kết quả")],
        Roles.Auditor => [("/xep-hang", "Bảng xếp hạng đã công bố"), ("/thanh-tra", "Các lượt xếp loại: kiểm tra lại, so sánh bộ tiêu chí")],
        Roles.Admin => [("/quan-tri/ma-dang-nhap", "Mã đăng nhập: cấp, thu hồi, cấp lại; cấp cho cả khối và in phiếu giao mã"), ("/xep-hang", "Bảng xếp hạng"),
            ("/noi-vu", "Theo dõi nộp bài, thẩm định, tạo và công bố lượt xếp loại"), ("/thanh-tra", "Kiểm tra lại, so sánh bộ tiêu chí")],
        _ => [("/xep-hang", "Bảng xếp hạng"), ("/noi-vu", "Theo dõi nộp bài, thẩm định, tạo và công bố lượt xếp loại"), ("/thanh-tra", "Kiểm tra lại, so sánh bộ tiêu chí")],
    };
}
