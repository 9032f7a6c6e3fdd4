using Dapper;

namespace Scoring.Api.Storage;

/// <summary>A revision to store: the bytes as received with their hash and size (a file that is not a workbook keeps no bytes, only its
/// hash and size), the answers when accepted, the problems when not.</summary>
public sealed record NewRevision(string FileName, byte[] Bytes, string Sha256, bool Accepted, bool Late, string? AnswersJson, string? ErrorsJson, string Actor,
    long Size);

/// <summary>The latest accepted revision of a submission: its id, seq and answers.</summary>
public sealed record AcceptedRevision(long Id, int Seq, string AnswersJson);

/// <summary>Row-level writes and reads of revisions inside a caller's <see cref="StoreWrite"/>; revisions are never changed.</summary>
public static class RevisionRows
{
    private const string NextSeq = "SELECT COALESCE(MAX(seq), 0) + 1 FROM revisions WHERE submission_id = @Id";

    private const string Insert = """
        INSERT INTO revisions (submission_id, seq, file_name, sha256, bytes, accepted, late, answers_json, errors_json, uploaded_at, uploaded_by, size)
        VALUES (@SubmissionId, @Seq, @FileName, @Sha256, @Bytes, @Accepted, @Late, @AnswersJson, @ErrorsJson, @At, @Actor, @Size)
        RETURNING id
        """;

    private const string LatestAccepted = """
        SELECT id, seq, answers_json AS AnswersJson FROM revisions WHERE submission_id = @Id AND accepted = 1 ORDER BY seq DESC LIMIT 1
        """;

    /// <summary>Stores a revision with the next seq of its submission; returns its id and seq.</summary>
    public static async Task<(long Id, int Seq)> InsertAsync(StoreWrite w, long submissionId, NewRevision r)
    {
        var seq = await w.Connection.ExecuteScalarAsync<long>(new CommandDefinition(NextSeq, new { Id = submissionId }, w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false);
        var id = await w.Connection.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            SubmissionId = submissionId, Seq = seq, r.FileName, r.Sha256, r.Bytes, Accepted = r.Accepted ? 1 : 0, Late = r.Late ? 1 : 0,
            r.AnswersJson, r.ErrorsJson, w.At, r.Actor, r.Size,
        }, w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false);
        return (id, (int)seq);
    }

    /// <summary>How many revisions a submission keeps and how many bytes they hold.</summary>
    public static async Task<(int Count, long Bytes)> KeptAsync(StoreWrite w, long submissionId)
    {
        var row = await w.Connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT COUNT(*), COALESCE(SUM(LENGTH(bytes)), 0) FROM revisions WHERE submission_id = @Id", new { Id = submissionId }, w.Transaction,
            cancellationToken: w.Ct)).ConfigureAwait(false);
        return ((int)row.Item1, row.Item2);
    }

    /// <summary>The latest accepted revision of a submission, or null.</summary>
    public static async Task<AcceptedRevision?> LatestAcceptedAsync(StoreWrite w, long submissionId) =>
        (await w.Connection.QuerySingleOrDefaultAsync<Raw>(new CommandDefinition(LatestAccepted, new { Id = submissionId }, w.Transaction, cancellationToken: w.Ct))
            .ConfigureAwait(false)) is { AnswersJson: { } json } raw ? new AcceptedRevision(raw.Id, (int)raw.Seq, json) : null;

    private sealed record Raw
    {
        public long Id { get; init; }
        public long Seq { get; init; }
        public string? AnswersJson { get; init; }
    }
}
