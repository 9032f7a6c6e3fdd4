using Scoring.Engine.Submissions;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Storage;

/// <summary>Submissions per agency, year and criteria version, read side: the tracker, revisions (bytes as received), appraisal history, run inputs.</summary>
public interface ISubmissionStore
{
    /// <summary>Every appraisal change of one agency's submission, oldest first, each with the value before it.</summary>
    Task<IReadOnlyList<AppraisalRecord>> AppraisalsAsync(string agency, int year, string criteriaId, CancellationToken ct);

    /// <summary>The submissions of a year and version, with their state and latest accepted revision.</summary>
    Task<IReadOnlyList<SubmissionInfo>> ListAsync(int year, string criteriaId, CancellationToken ct);

    /// <summary>Every revision of one agency's submission, oldest first (without bytes).</summary>
    Task<IReadOnlyList<RevisionInfo>> RevisionsAsync(string agency, int year, string criteriaId, CancellationToken ct);

    /// <summary>The seq and file name of revisions, by id (one query, without bytes).</summary>
    Task<IReadOnlyDictionary<long, (int Seq, string FileName)>> RevisionNamesAsync(IReadOnlyCollection<long> ids, CancellationToken ct);

    /// <summary>A revision's bytes as received.</summary>
    Task<(string FileName, byte[] Bytes)?> RevisionBytesAsync(long revisionId, CancellationToken ct);

    /// <summary>The inputs of a classification: for each locked or appraised submission, its latest accepted revision and current appraisals.</summary>
    Task<IReadOnlyList<RunInput>> RunInputsAsync(int year, string criteriaId, CancellationToken ct);

    /// <summary>Rebuilds a submission exactly as a run used it: a revision's answers plus the given appraisal records.</summary>
    Task<Submission> RebuildAsync(long revisionId, IReadOnlyList<long> appraisalIds, CancellationToken ct);

    /// <summary>Rebuilds many submissions at once (a run's inputs), in the order given, in a bounded number of queries.</summary>
    Task<IReadOnlyList<Submission>> RebuildManyAsync(IReadOnlyList<(long RevisionId, IReadOnlyList<long> AppraisalIds)> inputs, CancellationToken ct);
}

/// <summary>A submission as the tracker shows it: its state, the latest accepted revision (id and seq), lateness and how many uploads it has.</summary>
public sealed record SubmissionInfo(long Id, string AgencyCode, int Year, string CriteriaId, SubmissionState State, long? LatestAcceptedRevision, bool Late, int Revisions,
    int? LatestAcceptedSeq = null);

/// <summary>A revision without its bytes.</summary>
public sealed record RevisionInfo(long Id, int Seq, string FileName, string Sha256, bool Accepted, bool Late, string? ErrorsJson, string UploadedAt, string UploadedBy);

/// <summary>One agency's input to a run: the submission, the revision and the appraisal records used, and the rebuilt submission.</summary>
public sealed record RunInput(string AgencyCode, long SubmissionId, long RevisionId, IReadOnlyList<long> AppraisalIds, Submission Submission);

/// <summary>One appraisal change: the points set (null when cleared), the reason, the change it replaced and its points, who and when.</summary>
public sealed record AppraisalRecord(long Id, string ItemCode, decimal? Points, string Reason, long? PreviousId, decimal? PreviousPoints, string AppraisedAt, string AppraisedBy);
