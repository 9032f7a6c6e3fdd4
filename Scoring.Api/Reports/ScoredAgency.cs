using Scoring.Engine.Evaluation;

namespace Scoring.Api.Reports;

/// <summary>One agency as reported: its self-scored result, its final result (appraisal applied) and the file it came from.</summary>
public sealed record ScoredAgency(string Code, string Name, AgencyResult Self, AgencyResult Final, string SourceFile);
