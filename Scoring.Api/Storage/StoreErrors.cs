using Microsoft.Data.Sqlite;

namespace Scoring.Api.Storage;

/// <summary>Store failures a user can meet (a busy, read-only, damaged or unreachable store) in Vietnamese, by SQLite's result code:
/// its own text is English. Nothing was changed when one is raised (every write is one transaction).</summary>
public static class StoreErrors
{
    /// <summary>The Vietnamese text of a store failure, or null when <paramref name="e"/> is not one.</summary>
    public static string? Vietnamese(Exception e) => e is Npgsql.NpgsqlException pg ? Postgres(pg) : e is not SqliteException s ? null : (s.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => "Kho dữ liệu đang bận (máy chủ hoặc lệnh khác đang ghi): không có gì bị thay đổi, hãy thử lại sau ít phút.",
        8 => "Kho dữ liệu chỉ cho đọc (quyền của tệp hoặc thư mục data/): không có gì bị thay đổi; hãy cấp quyền ghi rồi thử lại.",
        11 or 26 => "Tệp kho dữ liệu bị hỏng hoặc không phải kho dữ liệu của phần mềm: không có gì bị thay đổi; hãy khôi phục từ bản sao lưu.",
        13 => "Ổ đĩa đầy: không ghi được vào kho dữ liệu, không có gì bị thay đổi.",
        14 => "Không mở được kho dữ liệu: kiểm tra đường dẫn (--db, hoặc ConnectionStrings:Scoring của máy chủ) và quyền truy cập thư mục.",
        _ => $"Lỗi kho dữ liệu (mã SQLite {s.SqliteErrorCode}): không có gì bị thay đổi.",
    };

    /// <summary>How long a client is asked to wait before trying again when the store is busy.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>A store that cannot take the request now (busy, read-only, disk full, cannot be opened): whether it is only busy, and
    /// what to tell the user; null for any other failure.</summary>
    public static (bool Busy, string Message)? Unavailable(Exception e) => e switch
    {
        SqliteException s when (s.SqliteErrorCode & 0xFF) is 5 or 6 or 8 or 13 or 14 => ((s.SqliteErrorCode & 0xFF) is 5 or 6, Vietnamese(e)!),
        // A PostgreSQL server that cannot be reached, refuses connections, is read-only, or is out of room.
        Npgsql.PostgresException p when p.SqlState is "53300" or "57P03" or "55P03" or "25006" or "53100" => (p.SqlState is "53300" or "57P03" or "55P03", Vietnamese(e)!),
        Npgsql.NpgsqlException n when n is not Npgsql.PostgresException => (true, Vietnamese(e)!),
        _ => null,
    };

    // PostgreSQL's messages are English too: the ones a user can meet, in Vietnamese, by SQLSTATE.
    private static string Postgres(Npgsql.NpgsqlException e) => e is Npgsql.PostgresException p
        ? p.SqlState switch
        {
            "53300" or "57P03" or "55P03" => "Máy chủ cơ sở dữ liệu đang bận hoặc đang khởi động: không có gì bị thay đổi, hãy thử lại sau ít phút.",
            "25006" => "Cơ sở dữ liệu chỉ cho đọc (máy chủ dự phòng hoặc quyền của tài khoản): không có gì bị thay đổi.",
            "53100" => "Máy chủ cơ sở dữ liệu hết dung lượng đĩa: không ghi được, không có gì bị thay đổi.",
            "28P01" or "28000" or "3D000" => "Không kết nối được cơ sở dữ liệu: kiểm tra ConnectionStrings:Scoring (máy chủ, tên cơ sở dữ liệu, tài khoản).",
            _ => $"Lỗi cơ sở dữ liệu (mã PostgreSQL {p.SqlState}): không có gì bị thay đổi.",
        }
        : "Không kết nối được máy chủ cơ sở dữ liệu PostgreSQL: kiểm tra ConnectionStrings:Scoring và mạng; không có gì bị thay đổi.";
}
