using Scoring.Engine.Registry;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Engine.Workflow;

namespace Scoring.Api.UseCases;

/// <summary>The stored records the surfaces list as they are (the registry, the tracker's submissions, revisions and their bytes, appraisal
/// history, the audit trail, runs, the year's lock), so that no surface reaches the store itself.</summary>
public sealed class ReadRecords(Store store)
{
    /// <summary>The current version of every agency, by code.</summary>
    public Task<IReadOnlyDictionary<string, AgencyInfo>> AgenciesAsync(CancellationToken ct) => store.Agencies.CurrentAsync(ct);

    /// <summary>The submissions of a year and version.</summary>
    public Task<IReadOnlyList<SubmissionInfo>> SubmissionsAsync(int year, string criteriaId, CancellationToken ct) => store.Submissions.ListAsync(year, criteriaId, ct);

    /// <summary>Every revision of one agency's submission, oldest first (without bytes).</summary>
    public Task<IReadOnlyList<RevisionInfo>> RevisionsAsync(string agency, int year, string criteriaId, CancellationToken ct) =>
        store.Submissions.RevisionsAsync(agency, year, criteriaId, ct);

    /// <summary>One revision by its seq, or null.</summary>
    public async Task<RevisionInfo?> RevisionAsync(string agency, int year, string criteriaId, int seq, CancellationToken ct) =>
        (await RevisionsAsync(agency, year, criteriaId, ct).ConfigureAwait(false)).FirstOrDefault(r => r.Seq == seq);

    /// <summary>A revision's bytes as received.</summary>
    public Task<(string FileName, byte[] Bytes)?> RevisionBytesAsync(long revisionId, CancellationToken ct) => store.Submissions.RevisionBytesAsync(revisionId, ct);

    /// <summary>Every appraisal change of one agency's submission, oldest first.</summary>
    public Task<IReadOnlyList<AppraisalRecord>> AppraisalsAsync(string agency, int year, string criteriaId, CancellationToken ct) =>
        store.Submissions.AppraisalsAsync(agency, year, criteriaId, ct);

    /// <summary>Every write about an agency, oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> AuditOfAgencyAsync(string agency, CancellationToken ct) => store.Audit.ForAgencyAsync(agency, ct);

    /// <summary>Every write about a run, oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> AuditOfRunAsync(long run, CancellationToken ct) => store.Audit.ForRunAsync(run, ct);

    /// <summary>A run's header, or null.</summary>
    public Task<RunHeader?> RunAsync(long id, CancellationToken ct) => store.Runs.GetAsync(id, ct);

    /// <summary>A run's results, in ranked order.</summary>
    public Task<IReadOnlyList<RunResultRow>> RunResultsAsync(long id, CancellationToken ct) => store.Runs.ResultsAsync(id, ct);

    /// <summary>Whether a year's uploads are locked, by whom and when.</summary>
    public Task<YearLock> LockAsync(string criteriaId, int year, CancellationToken ct) => YearLockRows.GetAsync(store.Database, criteriaId, year, ct);
}
