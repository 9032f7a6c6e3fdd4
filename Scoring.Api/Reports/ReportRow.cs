namespace Scoring.Api.Reports;

/// <summary>An agency in ranked order: its rank (none when not ranked) and the agency.</summary>
internal sealed record ReportRow(int? Rank, ScoredAgency Agency);
