using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Spreadsheets;

/// <summary>What to generate: a workbook for one version and group, optionally for one agency, optionally prefilled
/// with answers (for samples, tests, and the appraisal workbook), and whether it carries the appraisal columns.</summary>
public sealed record TemplateRequest(
    CompiledCriteria Criteria,
    string Group,
    string? AgencyCode = null,
    string? AgencyName = null,
    Submission? Prefill = null,
    bool Appraisal = false);
