using System.Globalization;
using Scoring.Engine.Criteria;

namespace Scoring.Engine.Workflow;

/// <summary>Whether an upload is late: the deadline is a date in Vietnam time (UTC+7); an upload on or after it is late.</summary>
public static class UploadDeadline
{
    /// <summary>Whether an upload at <paramref name="now"/> for <paramref name="year"/> is at or after the deadline (false when there is none).</summary>
    public static bool IsLate(SubmissionPolicy policy, int year, DateTimeOffset now) =>
        policy.DeadlineIn(year) is { } deadline && DateOnly.FromDateTime(now.ToOffset(VietnamTime.Offset).DateTime) >= deadline;

    /// <summary>The Vietnamese refusal of a late upload under <see cref="LatePolicy.Refuse"/>, naming the deadline.</summary>
    public static string Refusal(CriteriaVersion version, int year, DateTimeOffset now)
    {
        var deadline = version.Uploads.DeadlineIn(year)!.Value;
        var at = now.ToOffset(VietnamTime.Offset).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
        return $"Đã quá hạn nộp năm {year}: hạn nộp là trước ngày {deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} (giờ Việt Nam), "
            + $"tệp được nộp lúc {at}. Bộ tiêu chí {version.Id} không nhận bài nộp muộn; tệp được lưu lại nhưng không được dùng, hãy liên hệ cơ quan Nội vụ.";
    }

    /// <summary>The deadline of a year as an agency reads it: the day, how many days are left, or that it has passed and what happens to a
    /// late upload; null when the version sets none.</summary>
    public static string? Words(SubmissionPolicy policy, int year, DateTimeOffset now)
    {
        if (policy.DeadlineIn(year) is not { } deadline)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(now.ToOffset(VietnamTime.Offset).DateTime);
        var day = deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var left = deadline.DayNumber - today.DayNumber;
        return left > 0
            ? $"Hạn nộp: trước ngày {day} (còn {left} ngày)."
            : $"Đã quá hạn nộp (trước ngày {day}). " + (policy.Late == LatePolicy.Refuse
                ? "Bài nộp muộn không được nhận; nếu cần, hãy liên hệ cơ quan Nội vụ."
                : "Bài nộp muộn vẫn được nhận nhưng được ghi là nộp muộn.");
    }

    /// <summary>The deadline as Home Affairs staff read it, for every group of the version: the day, the days left or past, and what
    /// happens to a late upload; null when the version sets none.</summary>
    public static string? StaffWords(SubmissionPolicy policy, int year, DateTimeOffset now)
    {
        if (policy.DeadlineIn(year) is not { } deadline)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(now.ToOffset(VietnamTime.Offset).DateTime);
        var day = deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var left = deadline.DayNumber - today.DayNumber;
        var late = policy.Late == LatePolicy.Refuse ? "bài nộp muộn không được nhận" : "bài nộp muộn vẫn được nhận và ghi là nộp muộn";
        return left > 0
            ? $"Hạn nộp của mọi khối: trước ngày {day} (còn {left} ngày); sau hạn, {late}."
            : $"Đã quá hạn nộp của mọi khối (trước ngày {day}); {late}.";
    }
}
