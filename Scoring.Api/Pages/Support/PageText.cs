using System.Globalization;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Pages.Support;

/// <summary>How the pages show stored times: in Vietnam time.</summary>
public static class PageText
{
    /// <summary>A stored UTC time shown in Vietnam time.</summary>
    public static string Local(string? utc) => UseCases.VietnamDays.Moment(utc);
}
