using System.Globalization;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Pages.Support;

/// <summary>How the pages show stored numbers and times: Vietnamese decimals, Vietnam time.</summary>
public static class PageText
{
    /// <summary>A stored invariant number shown the Vietnamese way.</summary>
    public static string Vi(string invariant) =>
        decimal.TryParse(invariant, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? Engine.Text.Num.Vi(v) : invariant;

    /// <summary>A stored UTC time shown in Vietnam time.</summary>
    public static string Local(string? utc) =>
        DateTimeOffset.TryParse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToOffset(VietnamTime.Offset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : utc ?? "";
}
