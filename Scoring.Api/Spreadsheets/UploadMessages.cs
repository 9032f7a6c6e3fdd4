using Scoring.Engine.Text;

namespace Scoring.Api.Spreadsheets;

/// <summary>
/// The Vietnamese texts of <see cref="UploadGuard"/>, kept in one place for review. Each says what is wrong and ends
/// with what was expected; the file name goes in <c>Problem.Where</c>.
/// </summary>
internal static class UploadMessages
{
    /// <summary>What every upload should be.</summary>
    internal const string Expected = "Cần tải lên sổ Excel (.xlsx) lập từ biểu mẫu đã tải về.";

    private const string Bomb = "tệp có thể là bom nén (zip bomb) hoặc không phải lập từ biểu mẫu.";

    internal const string Empty = "Tệp rỗng (0 byte), không có nội dung. " + Expected;

    internal const string OldExcel =
        "Đây là tệp Excel 97-2003 (.xls), định dạng cũ mà hệ thống không đọc được; hãy lưu lại dưới dạng .xlsx "
        + "(Tệp › Lưu Như › Sổ làm việc Excel (*.xlsx)). " + Expected;

    internal const string Encrypted =
        "Không mở được vì tệp đã đặt mật khẩu (được mã hóa); hãy bỏ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › "
        + "Mã hóa bằng Mật khẩu, xóa trống ô mật khẩu), lưu lại rồi tải lên lại. " + Expected;

    internal const string OldOffice =
        "Đây là tài liệu Office 97-2003 khác (như Word .doc hoặc PowerPoint .ppt), không phải sổ Excel. " + Expected;

    internal const string Text =
        "Tệp không phải sổ Excel mà có vẻ là tệp văn bản/CSV (hoặc HTML, XML) được đổi tên thành .xlsx. " + Expected;

    internal const string Pdf =
        "Đây là tệp PDF, không phải sổ Excel; hệ thống đọc số liệu từ sổ Excel, không đọc bản in hay bản quét. " + Expected;

    internal const string Unknown =
        "Tệp không phải sổ Excel: nội dung không có dạng của tệp .xlsx (có thể là ảnh, tài liệu khác hoặc tệp bị đổi tên). "
        + Expected;

    internal const string Macros =
        "Sổ có chứa macro (VBA, định dạng .xlsm); vì an toàn, hệ thống không nhận sổ có macro. Hãy lưu lại dưới dạng "
        + ".xlsx (Sổ làm việc Excel, không có macro). " + Expected;

    internal static string ActiveContent(IEnumerable<string> found) =>
        $"Sổ có nội dung tự hoạt động khi mở, hệ thống không nhận: {string.Join("; ", found)}. Hãy tải lại biểu mẫu, chép các câu "
        + "trả lời vào (dán giá trị, không dán liên kết) rồi nộp lại. " + Expected;

    internal static string HugeImage(string name, int width, int height) =>
        $"Hình ảnh {name} khai báo kích thước {width} × {height} điểm ảnh, quá lớn để mở an toàn; hãy xóa hình này "
        + "(bảng tự chấm không cần hình ảnh) rồi nộp lại. " + Expected;

    internal const string Unreadable =
        "Không mở được tệp: tệp bị hỏng hoặc không phải bảng tính Excel (.xlsx). Hãy mở lại bằng Excel, lưu dưới dạng .xlsx rồi nộp lại.";

    internal const string Corrupt =
        "Tệp bị hỏng hoặc không đầy đủ (có thể do tải lên bị gián đoạn hoặc lưu chưa xong) nên không mở được; hãy mở "
        + "lại sổ trong Excel, lưu lại rồi tải lên lại. " + Expected;

    internal static string TooLarge(long size, long max) =>
        $"Tệp quá lớn: {Size(size, up: true)}, vượt giới hạn {Size(max, up: false)}; hãy xóa hình ảnh và trang tính thừa "
        + "rồi lưu lại. " + Expected;

    internal static string NotWorkbook(IEnumerable<string> missing, string? hint) =>
        $"Tệp là tệp nén nhưng không phải sổ Excel: thiếu {string.Join(" và ", missing)}{hint}. " + Expected;

    internal const string HintXlsb = " (đây là sổ Excel nhị phân .xlsb; hãy lưu lại dưới dạng .xlsx)";
    internal const string HintOds = " (có vẻ là bảng tính OpenDocument .ods; hãy lưu lại dưới dạng .xlsx)";
    internal const string HintWord = " (có vẻ là tài liệu Word .docx)";
    internal const string HintPowerPoint = " (có vẻ là bản trình chiếu PowerPoint .pptx)";

    internal static string TooManyEntries(int count, int max) =>
        $"Tệp có {count} phần bên trong, vượt giới hạn {max}; một sổ lập từ biểu mẫu chỉ có vài chục phần. " + Expected;

    internal static string EntryTooLarge(string entry, long length, long max) =>
        $"Phần \"{entry}\" bên trong tệp khi giải nén lớn {Size(length, up: true)}, vượt giới hạn {Size(max, up: false)}; "
        + Bomb + " " + Expected;

    internal static string TotalTooLarge(long total, long max) =>
        $"Tổng dung lượng khi giải nén là {Size(total, up: true)}, vượt giới hạn {Size(max, up: false)}; " + Bomb + " " + Expected;

    internal static string Ratio(string entry, long ratio, int max) =>
        $"Phần \"{entry}\" bên trong tệp nén với tỉ lệ bất thường {ratio}:1 (tối đa {max}:1); " + Bomb + " " + Expected;

    internal static string Doctype(string entry) =>
        $"Phần \"{entry}\" bên trong tệp có khai báo DOCTYPE (thực thể XML), điều sổ Excel thật không bao giờ có; vì an toàn, "
        + "hệ thống không mở tệp này. " + Expected;

    internal static string TooManyRows(string entry, int max) =>
        $"Trang tính \"{entry}\" bên trong tệp có hơn {max} dòng, vượt giới hạn của một bảng tự chấm điểm; mẫu đã bị thêm "
        + "dữ liệu ngoài bảng. " + Expected;

    internal static string MoreEntries(int count) =>
        $"Còn {count} phần khác bên trong tệp cũng vượt giới hạn hoặc nén bất thường.";

    /// <summary>A size as people read it: "6,25 MB", "300 KB", "12 byte"; the size rounded up, a limit down.</summary>
    internal static string Size(long bytes, bool up)
    {
        const decimal KB = 1024m, MB = 1024m * 1024m;
        var (value, unit) = bytes >= MB ? (bytes / MB, "MB") : bytes >= KB ? (bytes / KB, "KB") : (bytes, "byte");
        var hundredths = value * 100m;
        return Num.Vi((up ? Math.Ceiling(hundredths) : Math.Floor(hundredths)) / 100m) + " " + unit;
    }
}
