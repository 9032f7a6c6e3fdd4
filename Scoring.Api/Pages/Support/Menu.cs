using Scoring.Api.Storage;

namespace Scoring.Api.Pages.Support;

/// <summary>Where each role goes: the menu on every page and the links of the home page, from one list.</summary>
public static class Menu
{
    /// <summary>A place: its address, its short name in the menu, and what it is for (the home page's sentence).</summary>
    public sealed record Place(string Href, string Name, string Purpose);

    private static readonly Place Agency = new("/don-vi", "Bài của đơn vị", "Bài tự chấm điểm của đơn vị: tải mẫu, nộp, xem lỗi và kết quả");
    private static readonly Place Tracker = new("/noi-vu", "Theo dõi, xếp loại", "Theo dõi nộp bài, thẩm định, tạo và công bố lượt xếp loại");
    private static readonly Place Ranking = new("/xep-hang", "Bảng xếp hạng", "Bảng xếp hạng");
    private static readonly Place Audit = new("/thanh-tra", "Kiểm tra lại", "Các lượt xếp loại: kiểm tra lại, so sánh bộ tiêu chí");
    private static readonly Place Registry = new("/danh-sach-don-vi", "Đơn vị", "Danh sách đơn vị: sáp nhập, chia tách, đổi tên và kết quả qua các năm của từng đơn vị");
    private static readonly Place Log = new("/nhat-ky", "Nhật ký", "Nhật ký thao tác: ai làm gì, lúc nào; lọc theo đơn vị, lượt, người, ngày");
    private static readonly Place Codes = new("/quan-tri/ma-dang-nhap", "Mã đăng nhập", "Mã đăng nhập: cấp, thu hồi, cấp lại; cấp cho cả khối và in phiếu giao mã");

    /// <summary>The places of a role, in the order of its work.</summary>
    public static IReadOnlyList<Place> For(string? role) => role switch
    {
        Roles.Agency => [Agency],
        Roles.Auditor => [Ranking with { Purpose = "Bảng xếp hạng đã công bố" }, Registry, Audit, Log],
        Roles.Staff => [Tracker, Ranking, Registry, Audit, Log],
        Roles.Admin => [Codes, Tracker, Ranking, Registry, Audit, Log],
        _ => [],
    };
}
