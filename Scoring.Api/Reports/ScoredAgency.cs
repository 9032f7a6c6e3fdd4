using Scoring.Engine.Evaluation;

namespace Scoring.Api.Reports;

/// <summary>One agency as reported: its self-scored result, its final result (appraisal applied), the file it came from, and how it
/// compares with last year (for a stored run when an earlier year was published).</summary>
public sealed record ScoredAgency(string Code, string Name, AgencyResult Self, AgencyResult Final, string SourceFile,
    Scoring.Engine.History.Comparison? LastYear = null);
