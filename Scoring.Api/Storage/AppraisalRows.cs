using System.Globalization;
using Dapper;
using Scoring.Engine.Text;

namespace Scoring.Api.Storage;

/// <summary>The appraisal in force for one item: its row id, points (null when cleared) and reason.</summary>
public sealed record CurrentAppraisal(long Id, string ItemCode, decimal? Points, string Reason);

/// <summary>Row-level writes and reads of appraisal changes inside a caller's <see cref="StoreWrite"/>; each keeps the value before.</summary>
public static class AppraisalRows
{
    private const string Current = """
        SELECT a.id, a.item_code AS ItemCode, a.points, a.reason FROM appraisals a
        WHERE a.submission_id = @Id AND a.id = (SELECT MAX(b.id) FROM appraisals b WHERE b.submission_id = a.submission_id AND b.item_code = a.item_code)
        """;

    private const string Insert = """
        INSERT INTO appraisals (submission_id, item_code, points, reason, previous_id, appraised_at, appraised_by)
        VALUES (@SubmissionId, @ItemCode, @Points, @Reason, @PreviousId, @At, @Actor) RETURNING id
        """;

    /// <summary>The latest change per item of a submission (including cleared ones), by item code.</summary>
    public static async Task<Dictionary<string, CurrentAppraisal>> CurrentAsync(StoreWrite w, long submissionId) =>
        (await w.Connection.QueryAsync<Raw>(new CommandDefinition(Current, new { Id = submissionId }, w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false))
            .Select(r => new CurrentAppraisal(r.Id, r.ItemCode, r.Points is { } p ? decimal.Parse(p, NumberStyles.Number, CultureInfo.InvariantCulture) : null, r.Reason))
            .ToDictionary(a => a.ItemCode, StringComparer.Ordinal);

    /// <summary>Inserts one change chained to the item's previous row; returns its id.</summary>
    public static Task<long> InsertAsync(StoreWrite w, long submissionId, string code, decimal? points, string reason, long? previousId, string actor) =>
        w.Connection.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            SubmissionId = submissionId, ItemCode = code, Points = points is { } p ? Num.Invariant(p) : null, Reason = reason, PreviousId = previousId, w.At, Actor = actor,
        }, w.Transaction, cancellationToken: w.Ct));

    private sealed record Raw
    {
        public long Id { get; init; }
        public string ItemCode { get; init; } = "";
        public string? Points { get; init; }
        public string Reason { get; init; } = "";
    }
}
