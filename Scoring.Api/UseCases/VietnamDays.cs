using System.Globalization;

namespace Scoring.Api.UseCases;

/// <summary>Days as people in Vietnam give them (dd/MM/yyyy, or yyyy-MM-dd) and the instants the store keeps (UTC), Vietnam time being
/// UTC+7 with no daylight saving: a sign-in code's last day (it ends at midnight after it), the days of an audit-log filter.</summary>
public static class VietnamDays
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>The last day, or null for none; an error in Vietnamese for a text that is not a date or a day already past.</summary>
    public static (DateOnly? Day, string? Error) Parse(string? text, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }
        if (!TryDay(text, out var day))
        {
            return (null, $"Ngày hết hạn \"{text.Trim()}\" không đúng dạng ngày/tháng/năm (ví dụ 31/12/2026); bỏ trống nếu mã dùng đến khi bị thu hồi.");
        }
        var today = Today(clock);
        return day < today
            ? (null, $"Ngày hết hạn {Text(day)} đã qua: cần từ hôm nay ({Text(today)}) trở đi.")
            : (day, null);
    }

    /// <summary>A day as people type it: dd/MM/yyyy (d/M/yyyy too) or yyyy-MM-dd.</summary>
    public static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>The instant a day starts in Vietnam, as the store writes instants (ISO 8601 UTC).</summary>
    public static string Start(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Vietnam).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Today in Vietnam.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Vietnam).DateTime);

    /// <summary>The instant a code whose last day is <paramref name="day"/> stops working.</summary>
    public static DateTimeOffset? End(DateOnly? day) => day is { } d ? new DateTimeOffset(d.AddDays(1).ToDateTime(TimeOnly.MinValue), Vietnam) : null;

    /// <summary>The last day of a code from its stored end (UTC), or null.</summary>
    public static DateOnly? DayOf(string? storedEnd) =>
        storedEnd is null ? null : DateOnly.FromDateTime(DateTimeOffset.Parse(storedEnd, CultureInfo.InvariantCulture).ToOffset(Vietnam).AddTicks(-1).DateTime);

    /// <summary>", dùng được đến hết ngày dd/MM/yyyy", or nothing.</summary>
    public static string Words(DateOnly? day) => day is { } d ? $", dùng được đến hết ngày {Text(d)}" : "";

    /// <summary>An instant as the store keeps it (ISO 8601), as people read it: "HH:mm dd/MM/yyyy" in Vietnam time (the text itself when it is
    /// not an instant, nothing for null).</summary>
    public static string Moment(string? stored) =>
        DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToOffset(Vietnam).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : stored ?? "";

    /// <summary>A day as written in Vietnam: dd/MM/yyyy.</summary>
    public static string Text(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
