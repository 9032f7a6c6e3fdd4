using Scoring.Engine.Evaluation;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Storage;

/// <summary>A run's header as stored.</summary>
public sealed record RunHeader(long Id, int Year, string CriteriaId, string CriteriaHash, string? GroupCode, string EngineBuild,
    string ResultsHash, RunState State, string CreatedAt, string CreatedBy, string? PublishedAt, string? PublishedBy, long? SupersededBy,
    IReadOnlyList<string>? Warnings = null, IReadOnlyList<string>? SupersededParts = null, RunDecision? Decision = null)
{
    /// <summary>The run as publication sees it.</summary>
    public RunScope Scope => new(Id, CriteriaId, Year, GroupCode, State, SupersededParts ?? []);
}

/// <summary>The classification decision a published run is the annex of: its number (e.g. "125/QĐ-SNV"), its date, who signs it (title
/// and name), the issuing body (one line per level, e.g. "UBND TỈNH AN LẠC" then "SỞ NỘI VỤ") and the place written before the date; each may
/// be left out, to be written by hand on the printed annex.</summary>
public sealed record RunDecision(string? Number, DateOnly? Date, string? SignerTitle, string? SignerName, string? Issuer = null, string? Place = null);

/// <summary>One agency's stored input to a run: the submission and revision and appraisal records used, or why it was not assessed.</summary>
public sealed record RunInputRow(string AgencyCode, string GroupCode, long? SubmissionId, long? RevisionId, IReadOnlyList<long> AppraisalIds, string? NotAssessed, string? AgencyName = null);

/// <summary>One stored result line of a run, in ranked order.</summary>
public sealed record RunResultRow(string AgencyCode, int Position, string Scope, int? Rank, string Total, string? ClassName, AgencyStatus Status, string ResultJson);

/// <summary>One agency's standing in a stored run: its result line without the result JSON, with the group and name its input recorded.</summary>
public sealed record RunStanding(string AgencyCode, string Scope, int? Rank, string Total, string? ClassName, AgencyStatus Status, string? GroupCode, string? AgencyName);
