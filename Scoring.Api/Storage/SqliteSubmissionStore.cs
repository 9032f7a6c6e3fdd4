using Dapper;
using Microsoft.Data.Sqlite;

namespace Scoring.Api.Storage;

/// <summary>Submissions in SQLite: every upload a revision kept as received (triggers refuse any update or delete),
/// states with their events, and appraisal changes chained to the value before. Every write is one transaction with its audit entry.</summary>
public sealed partial class SqliteSubmissionStore(Database database, ICriteriaStore criteriaStore, IAgencyStore agencyStore) : ISubmissionStore
{
    private const string Find = """
        SELECT id, agency_code AS AgencyCode, year, criteria_id AS CriteriaId, state
        FROM submissions WHERE agency_code = @Agency AND year = @Year AND criteria_id = @CriteriaId
        """;

    private const string InsertSubmission = """
        INSERT INTO submissions (agency_code, year, criteria_id, state, created_at) VALUES (@Agency, @Year, @CriteriaId, @State, @At) RETURNING id
        """;

    private const string UpdateState = "UPDATE submissions SET state = @To WHERE id = @Id AND state = @From";

    private const string InsertEvent = """
        INSERT INTO submission_events (submission_id, state_from, state_to, at, actor, note) VALUES (@Id, @From, @To, @At, @Actor, @Note)
        """;

    private static async Task<SubmissionRow?> FindAsync(SqliteConnection c, SqliteTransaction? tx, string agency, int year, string criteriaId, CancellationToken ct) =>
        await c.QuerySingleOrDefaultAsync<SubmissionRow>(new CommandDefinition(Find, new { Agency = agency, Year = year, CriteriaId = criteriaId }, tx, cancellationToken: ct))
            .ConfigureAwait(false);

    /// <summary>Creates the submission as a draft, with its first event.</summary>
    private static async Task<SubmissionRow> CreateAsync(SqliteConnection c, SqliteTransaction tx, string agency, int year, string criteriaId,
        string at, string actor, CancellationToken ct)
    {
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(InsertSubmission,
            new { Agency = agency, Year = year, CriteriaId = criteriaId, State = SubmissionStates.Draft, At = at }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(InsertEvent,
            new { Id = id, From = (string?)null, To = SubmissionStates.Draft, At = at, Actor = actor, Note = "Lần nộp đầu tiên" }, tx, cancellationToken: ct)).ConfigureAwait(false);
        return new SubmissionRow { Id = id, AgencyCode = agency, Year = year, CriteriaId = criteriaId, State = SubmissionStates.Draft };
    }

    /// <summary>Moves a submission to another state and records the event.</summary>
    /// <exception cref="InvalidOperationException">The state changed under the transaction (a defect: writes hold the write lock).</exception>
    private static async Task MoveAsync(SqliteConnection c, SqliteTransaction tx, SubmissionRow s, string to, string at, string actor, string? note, CancellationToken ct)
    {
        var changed = await c.ExecuteAsync(new CommandDefinition(UpdateState, new { s.Id, From = s.State, To = to }, tx, cancellationToken: ct)).ConfigureAwait(false);
        if (changed != 1)
        {
            throw new InvalidOperationException($"Submission state changed concurrently. Id={s.Id}, Expected={s.State}, To={to}");
        }
        await c.ExecuteAsync(new CommandDefinition(InsertEvent, new { s.Id, From = s.State, To = to, At = at, Actor = actor, Note = note }, tx, cancellationToken: ct))
            .ConfigureAwait(false);
    }

    private static string Describe(string agency, int year, string criteriaId) => $"bài nộp năm {year} của đơn vị {agency} (bộ tiêu chí {criteriaId})";

    private sealed record SubmissionRow
    {
        public long Id { get; init; }
        public string AgencyCode { get; init; } = "";
        public long Year { get; init; }
        public string CriteriaId { get; init; } = "";
        public string State { get; init; } = "";
    }
}
