namespace Scoring.Api.Storage;

/// <summary>What is stored no longer fits together (a run's criteria, revisions or appraisal records changed or went missing):
/// never a user's mistake, and never to be scored around. Surfaces answer it as a conflict in Vietnamese (409, exit code 5).</summary>
public sealed class StoreIntegrityException(string message) : Exception(message)
{
    /// <summary>The Vietnamese text people read.</summary>
    public static string Vietnamese(long? run) =>
        $"Dữ liệu đã lưu{(run is { } id ? $" của lượt xếp loại số {id}" : "")} (bộ tiêu chí, bài nộp hoặc thẩm định) không còn khớp với nhau: không tính lại được. "
        + "Hãy báo cho quản trị hệ thống; không có gì bị thay đổi.";
}
