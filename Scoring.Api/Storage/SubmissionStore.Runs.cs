using Dapper;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Storage;

public sealed partial class SubmissionStore
{
    private const string RunRevisions = $"""
        SELECT s.id AS SubmissionId, s.agency_code AS AgencyCode, r.id AS RevisionId, r.answers_json AS AnswersJson
        FROM submissions s JOIN revisions r ON r.id = {LatestAcceptedOf}
        WHERE s.year = @Year AND s.criteria_id = @CriteriaId AND s.state IN ('locked', 'appraised') ORDER BY s.agency_code
        """;

    // The latest change per item counts; a cleared item (points NULL) falls back to the self-score, so it is left out.
    private const string RunAppraisals = """
        SELECT a.id, a.submission_id AS SubmissionId, a.item_code AS ItemCode, a.points, a.reason
        FROM appraisals a JOIN submissions s ON s.id = a.submission_id
        WHERE s.year = @Year AND s.criteria_id = @CriteriaId AND s.state IN ('locked', 'appraised')
          AND a.id = (SELECT MAX(b.id) FROM appraisals b WHERE b.submission_id = a.submission_id AND b.item_code = a.item_code)
          AND a.points IS NOT NULL
        ORDER BY a.id
        """;

    private const string RevisionsById = "SELECT id AS RevisionId, submission_id AS SubmissionId, accepted, answers_json AS AnswersJson FROM revisions WHERE id IN @Ids";

    private const string AppraisalsById = """
        SELECT id, submission_id AS SubmissionId, item_code AS ItemCode, points, reason FROM appraisals WHERE id IN @Ids ORDER BY id
        """;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RunInput>> RunInputsAsync(int year, string criteriaId, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        // One read snapshot for both queries, so a concurrent appraisal cannot fall between them.
        await using var tx = Database.ReadSnapshot(c);
        var args = new { Year = year, CriteriaId = criteriaId };
        var revisions = await c.QueryAsync<RunRevisionRow>(new CommandDefinition(RunRevisions, args, tx, cancellationToken: ct)).ConfigureAwait(false);
        var appraisals = (await c.QueryAsync<RunAppraisalRow>(new CommandDefinition(RunAppraisals, args, tx, cancellationToken: ct)).ConfigureAwait(false))
            .ToLookup(a => a.SubmissionId);
        return [.. revisions.Select(r =>
        {
            var rows = appraisals[r.SubmissionId].ToList();
            return new RunInput(r.AgencyCode, r.SubmissionId, r.RevisionId, [.. rows.Select(a => a.Id)], Rebuild(r.AnswersJson!, rows.Select(a => a.ToRow())));
        })];
    }

    /// <inheritdoc/>
    /// <exception cref="StoreIntegrityException">The revision is missing or was rejected, or an appraisal id is missing, cleared, repeated for an item,
    /// or belongs to another submission: a run cannot have used it.</exception>
    public async Task<Submission> RebuildAsync(long revisionId, IReadOnlyList<long> appraisalIds, CancellationToken ct) =>
        (await RebuildManyAsync([(revisionId, appraisalIds)], ct).ConfigureAwait(false))[0];

    /// <inheritdoc/>
    /// <exception cref="StoreIntegrityException">A revision is missing or was rejected, or an appraisal id is missing, cleared, repeated for an item,
    /// or belongs to another submission: a run cannot have used it.</exception>
    public async Task<IReadOnlyList<Submission>> RebuildManyAsync(IReadOnlyList<(long RevisionId, IReadOnlyList<long> AppraisalIds)> inputs, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        // One read snapshot, and a bounded number of queries however many agencies a run has.
        await using var tx = Database.ReadSnapshot(c);
        var revisions = new Dictionary<long, RunRevisionRow>();
        foreach (var chunk in inputs.Select(i => i.RevisionId).Distinct().Chunk(ChunkSize))
        {
            foreach (var r in await c.QueryAsync<RunRevisionRow>(new CommandDefinition(database.Lists(RevisionsById), new { Ids = chunk }, tx, cancellationToken: ct)).ConfigureAwait(false))
            {
                revisions[r.RevisionId] = r;
            }
        }
        var appraisals = new Dictionary<long, RunAppraisalRow>();
        foreach (var chunk in inputs.SelectMany(i => i.AppraisalIds).Distinct().Chunk(ChunkSize))
        {
            foreach (var a in await c.QueryAsync<RunAppraisalRow>(new CommandDefinition(database.Lists(AppraisalsById), new { Ids = chunk }, tx, cancellationToken: ct)).ConfigureAwait(false))
            {
                appraisals[a.Id] = a;
            }
        }
        return [.. inputs.Select(i => Rebuild(i.RevisionId, i.AppraisalIds, revisions, appraisals))];
    }

    // Well under SQLite's limit on bound parameters.
    private const int ChunkSize = 5000;

    private static Submission Rebuild(long revisionId, IReadOnlyList<long> appraisalIds, Dictionary<long, RunRevisionRow> revisions, Dictionary<long, RunAppraisalRow> appraisals)
    {
        if (revisions.GetValueOrDefault(revisionId) is not { Accepted: 1, AnswersJson: not null } revision)
        {
            throw new StoreIntegrityException($"Revision missing or not accepted. RevisionId={revisionId}");
        }
        var rows = appraisalIds.Distinct().Select(appraisals.GetValueOrDefault).ToList();
        var bad = rows.Count != appraisalIds.Count || rows.Any(a => a is null || a.SubmissionId != revision.SubmissionId || a.Points is null)
            || rows.Select(a => a!.ItemCode).Distinct(StringComparer.Ordinal).Count() != rows.Count;
        if (bad)
        {
            throw new StoreIntegrityException($"Appraisal records do not fit the revision. RevisionId={revisionId}, AppraisalIds={string.Join(",", appraisalIds)}");
        }
        return Rebuild(revision.AnswersJson, rows.OrderBy(a => a!.Id).Select(a => a!.ToRow()));
    }

    private sealed record RunRevisionRow
    {
        public long SubmissionId { get; init; }
        public string AgencyCode { get; init; } = "";
        public long RevisionId { get; init; }
        public long Accepted { get; init; }
        public string? AnswersJson { get; init; }
    }

    private sealed record RunAppraisalRow
    {
        public long Id { get; init; }
        public long SubmissionId { get; init; }
        public string ItemCode { get; init; } = "";
        public string? Points { get; init; }
        public string Reason { get; init; } = "";

        public AppraisalRow ToRow() => new() { Id = Id, ItemCode = ItemCode, Points = Points, Reason = Reason };
    }
}
