using Dapper;
using Scoring.Engine.Submissions;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Storage;

public sealed partial class SubmissionStore
{
    private const string LatestAcceptedOf = "(SELECT r2.id FROM revisions r2 WHERE r2.submission_id = s.id AND r2.accepted = 1 ORDER BY r2.seq DESC LIMIT 1)";

    private const string List = $"""
        SELECT s.id, s.agency_code AS AgencyCode, s.year, s.criteria_id AS CriteriaId, s.state, r.id AS LatestAccepted, r.seq AS LatestAcceptedSeq, r.late,
               (SELECT COUNT(*) FROM revisions n WHERE n.submission_id = s.id) AS Revisions
        FROM submissions s LEFT JOIN revisions r ON r.id = {LatestAcceptedOf}
        WHERE s.year = @Year AND s.criteria_id = @CriteriaId ORDER BY s.agency_code
        """;

    private const string Revisions = """
        SELECT r.id, r.seq, r.file_name AS FileName, r.sha256, r.accepted, r.late, r.errors_json AS ErrorsJson, r.uploaded_at AS UploadedAt, r.uploaded_by AS UploadedBy
        FROM revisions r JOIN submissions s ON s.id = r.submission_id
        WHERE s.agency_code = @Agency AND s.year = @Year AND s.criteria_id = @CriteriaId ORDER BY r.seq
        """;

    private const string Names = "SELECT id, seq, file_name FROM revisions WHERE id IN @Ids";

    private const string Bytes = "SELECT file_name AS FileName, bytes FROM revisions WHERE id = @Id";

    private const string History = """
        SELECT a.id, a.item_code AS ItemCode, a.points, a.reason, a.previous_id AS PreviousId, p.points AS PreviousPoints,
               a.appraised_at AS AppraisedAt, a.appraised_by AS AppraisedBy
        FROM appraisals a JOIN submissions s ON s.id = a.submission_id LEFT JOIN appraisals p ON p.id = a.previous_id
        WHERE s.agency_code = @Agency AND s.year = @Year AND s.criteria_id = @CriteriaId ORDER BY a.id
        """;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SubmissionInfo>> ListAsync(int year, string criteriaId, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<ListRow>(new CommandDefinition(List, new { Year = year, CriteriaId = criteriaId }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => new SubmissionInfo(r.Id, r.AgencyCode, (int)r.Year, r.CriteriaId, SubmissionStates.Parse(r.State), r.LatestAccepted, r.Late == 1, (int)r.Revisions, (int?)r.LatestAcceptedSeq))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RevisionInfo>> RevisionsAsync(string agency, int year, string criteriaId, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<RevisionInfoRow>(new CommandDefinition(Revisions, new { Agency = agency, Year = year, CriteriaId = criteriaId }, cancellationToken: ct))
            .ConfigureAwait(false);
        return [.. rows.Select(r => new RevisionInfo(r.Id, (int)r.Seq, r.FileName, r.Sha256, r.Accepted == 1, r.Late == 1, r.ErrorsJson, r.UploadedAt, r.UploadedBy))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<long, (int Seq, string FileName)>> RevisionNamesAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<(long Id, long Seq, string FileName)>(new CommandDefinition(database.Lists(Names), new { Ids = ids.ToArray() }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => ((int)r.Seq, r.FileName));
    }

    /// <inheritdoc/>
    public async Task<(string FileName, byte[] Bytes)?> RevisionBytesAsync(long revisionId, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QuerySingleOrDefaultAsync<BytesRow>(new CommandDefinition(Bytes, new { Id = revisionId }, cancellationToken: ct)).ConfigureAwait(false);
        return row is null ? null : (row.FileName, row.Bytes);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<AppraisalRecord>> AppraisalsAsync(string agency, int year, string criteriaId, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<HistoryRow>(new CommandDefinition(History, new { Agency = agency, Year = year, CriteriaId = criteriaId }, cancellationToken: ct))
            .ConfigureAwait(false);
        return [.. rows.Select(r => new AppraisalRecord(r.Id, r.ItemCode, Points(r.Points), r.Reason, r.PreviousId, Points(r.PreviousPoints), r.AppraisedAt, r.AppraisedBy))];
    }

    private static decimal? Points(string? text) => text is null ? null : ParsePoints(text);

    /// <summary>A stored submission with the given appraisal rows (null when there are none, as for a self-score only).</summary>
    private static Submission Rebuild(string answersJson, IEnumerable<AppraisalRow> appraisals)
    {
        var map = appraisals.Where(a => a.Points is not null)
            .ToDictionary(a => a.ItemCode, a => new Appraisal(ParsePoints(a.Points!), a.Reason), StringComparer.Ordinal);
        return SubmissionJson.Read(answersJson) with { Appraisals = map.Count == 0 ? null : map };
    }

    private sealed record ListRow
    {
        public long Id { get; init; }
        public string AgencyCode { get; init; } = "";
        public long Year { get; init; }
        public string CriteriaId { get; init; } = "";
        public string State { get; init; } = "";
        public long? LatestAccepted { get; init; }
        public long? LatestAcceptedSeq { get; init; }
        public long? Late { get; init; }
        public long Revisions { get; init; }
    }

    private sealed record RevisionInfoRow
    {
        public long Id { get; init; }
        public long Seq { get; init; }
        public string FileName { get; init; } = "";
        public string Sha256 { get; init; } = "";
        public long Accepted { get; init; }
        public long Late { get; init; }
        public string? ErrorsJson { get; init; }
        public string UploadedAt { get; init; } = "";
        public string UploadedBy { get; init; } = "";
    }

    private sealed record BytesRow
    {
        public string FileName { get; init; } = "";
        public byte[] Bytes { get; init; } = [];
    }

    private sealed record HistoryRow
    {
        public long Id { get; init; }
        public string ItemCode { get; init; } = "";
        public string? Points { get; init; }
        public string Reason { get; init; } = "";
        public long? PreviousId { get; init; }
        public string? PreviousPoints { get; init; }
        public string AppraisedAt { get; init; } = "";
        public string AppraisedBy { get; init; } = "";
    }
}
