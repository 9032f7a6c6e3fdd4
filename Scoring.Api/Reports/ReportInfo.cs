using Scoring.Engine.Criteria;

namespace Scoring.Api.Reports;

/// <summary>What a report was made from and by whom: the criteria and its hash, the inputs' hash, the author and the time
/// (both given by the caller, never read from the clock, so the same inputs give the same report).</summary>
public sealed record ReportInfo(CriteriaVersion Version, string CriteriaHash, string InputsHash, string MadeBy, DateTimeOffset MadeAt);
