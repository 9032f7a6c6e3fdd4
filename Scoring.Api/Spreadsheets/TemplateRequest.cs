using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Spreadsheets;

/// <summary>What to generate: a workbook for one version and group, optionally for one agency, optionally prefilled
/// with answers (for samples, tests, and the appraisal workbook), whether it carries the appraisal columns, and the evidence files the
/// agency attached (listed on a sheet of their own in the appraisal workbook).</summary>
public sealed record TemplateRequest(
    CompiledCriteria Criteria,
    string Group,
    string? AgencyCode = null,
    string? AgencyName = null,
    Submission? Prefill = null,
    bool Appraisal = false,
    IReadOnlyList<EvidenceListRow>? Evidence = null);

/// <summary>An evidence file as the appraisal workbook lists it, every field in words: the item, the file, its type and size, its
/// SHA-256, who attached it and when.</summary>
public sealed record EvidenceListRow(string Item, string FileName, string Kind, string Size, string Sha256, string AttachedBy, string AttachedAt);
