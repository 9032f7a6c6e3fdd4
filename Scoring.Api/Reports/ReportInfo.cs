using Scoring.Engine.Criteria;

namespace Scoring.Api.Reports;

/// <summary>What a report was made from and by whom: the criteria and its hash, the inputs' hash, the author and the time
/// (both given by the caller, never read from the clock, so the same inputs give the same report).</summary>
public sealed record ReportInfo(CriteriaVersion Version, string CriteriaHash, string InputsHash, string MadeBy, DateTimeOffset MadeAt, ReportRun? Run = null)
{
    /// <summary>What titles add after their subject: the year, and the run number and whether it is a draft, when the report is of a stored run.</summary>
    public string TitleSuffix => Run is { } r ? $" NĂM {r.Year} (LƯỢT {r.Id}{(r.Draft ? ", BẢN NHÁP - CHƯA CÔNG BỐ" : "")})" : "";
}

/// <summary>The stored run a report prints: its number, year, whether it is still a draft, the decision it was published with, and the
/// earlier year its agencies are compared with (none when no earlier year was published).</summary>
public sealed record ReportRun(long Id, int Year, bool Draft, Scoring.Api.Storage.RunDecision? Decision = null, int? LastYear = null);
