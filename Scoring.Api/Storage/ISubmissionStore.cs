using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Storage;

/// <summary>Submissions per agency, year and criteria version: every upload a revision (bytes as received), states, appraisal.</summary>
public interface ISubmissionStore
{
    /// <summary>Stores an upload as a new revision (accepted or rejected with its errors) and moves the state; never overwrites.</summary>
    Task<UploadResult> UploadAsync(string agency, int year, CompiledCriteria criteria, byte[] bytes, string fileName, string actor, CancellationToken ct);

    /// <summary>Withdraws a submitted submission before the lock; a later accepted upload submits it again.</summary>
    Task<StateChange> WithdrawAsync(string agency, int year, string criteriaId, string actor, CancellationToken ct);

    /// <summary>Locks every submitted submission of a year and version (at the deadline); returns how many were locked.</summary>
    Task<int> LockAsync(int year, string criteriaId, string actor, CancellationToken ct);

    /// <summary>Records an appraisal change for one item (points null removes the appraisal, back to the self-score), keeping the value before.</summary>
    Task<StateChange> AppraiseAsync(string agency, int year, CompiledCriteria criteria, string itemCode, decimal? points, string reason, string actor, CancellationToken ct);

    /// <summary>Records every appraisal of an appraisal workbook in one transaction: all are recorded, or none and every problem is listed.</summary>
    Task<IReadOnlyList<StateChange>> AppraiseWorkbookAsync(string agency, int year, CompiledCriteria criteria, byte[] bytes, string fileName, string actor, CancellationToken ct);

    /// <summary>Every appraisal change of one agency's submission, oldest first, each with the value before it.</summary>
    Task<IReadOnlyList<AppraisalRecord>> AppraisalsAsync(string agency, int year, string criteriaId, CancellationToken ct);

    /// <summary>The submissions of a year and version, with their state and latest accepted revision.</summary>
    Task<IReadOnlyList<SubmissionInfo>> ListAsync(int year, string criteriaId, CancellationToken ct);

    /// <summary>Every revision of one agency's submission, oldest first (without bytes).</summary>
    Task<IReadOnlyList<RevisionInfo>> RevisionsAsync(string agency, int year, string criteriaId, CancellationToken ct);

    /// <summary>A revision's bytes as received.</summary>
    Task<(string FileName, byte[] Bytes)?> RevisionBytesAsync(long revisionId, CancellationToken ct);

    /// <summary>The inputs of a classification: for each locked or appraised submission, its latest accepted revision and current appraisals.</summary>
    Task<IReadOnlyList<RunInput>> RunInputsAsync(int year, string criteriaId, CancellationToken ct);

    /// <summary>Rebuilds a submission exactly as a run used it: a revision's answers plus the given appraisal records.</summary>
    Task<Submission> RebuildAsync(long revisionId, IReadOnlyList<long> appraisalIds, CancellationToken ct);
}

/// <summary>What an upload did: the revision stored, whether it was accepted (and late), and every problem.</summary>
public sealed record UploadResult(long RevisionId, int Seq, bool Accepted, bool Late, IReadOnlyList<Problem> Problems);

/// <summary>A state change, or the Vietnamese reason it was refused.</summary>
public sealed record StateChange(bool Ok, string? State, string? Problem);

/// <summary>A submission as the tracker shows it.</summary>
public sealed record SubmissionInfo(long Id, string AgencyCode, int Year, string CriteriaId, string State, long? LatestAcceptedRevision, bool Late);

/// <summary>A revision without its bytes.</summary>
public sealed record RevisionInfo(long Id, int Seq, string FileName, string Sha256, bool Accepted, bool Late, string? ErrorsJson, string UploadedAt, string UploadedBy);

/// <summary>One agency's input to a run: the submission, the revision and the appraisal records used, and the rebuilt submission.</summary>
public sealed record RunInput(string AgencyCode, long SubmissionId, long RevisionId, IReadOnlyList<long> AppraisalIds, Submission Submission);

/// <summary>One appraisal change: the points set (null when cleared), the reason, the change it replaced and its points, who and when.</summary>
public sealed record AppraisalRecord(long Id, string ItemCode, decimal? Points, string Reason, long? PreviousId, decimal? PreviousPoints, string AppraisedAt, string AppraisedBy);
