using Dapper;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Storage;

/// <summary>A submission as stored: one per agency, year and criteria version.</summary>
public sealed record SubmissionRow(long Id, string AgencyCode, int Year, string CriteriaId, SubmissionState State);

/// <summary>Row-level writes of submissions and their state events, inside a caller's <see cref="StoreWrite"/>.</summary>
public static class SubmissionRows
{
    private const string Find = """
        SELECT id, agency_code AS AgencyCode, year, criteria_id AS CriteriaId, state
        FROM submissions WHERE agency_code = @Agency AND year = @Year AND criteria_id = @CriteriaId
        """;

    private const string InYear = """
        SELECT id, agency_code AS AgencyCode, year, criteria_id AS CriteriaId, state
        FROM submissions WHERE year = @Year AND criteria_id = @CriteriaId AND state = @State ORDER BY agency_code
        """;

    private const string Insert = """
        INSERT INTO submissions (agency_code, year, criteria_id, state, created_at) VALUES (@Agency, @Year, @CriteriaId, @State, @At) RETURNING id
        """;

    private const string UpdateState = "UPDATE submissions SET state = @To WHERE id = @Id AND state = @From";

    private const string InsertEvent = """
        INSERT INTO submission_events (submission_id, state_from, state_to, at, actor, note) VALUES (@Id, @From, @To, @At, @Actor, @Note)
        """;

    /// <summary>The submission of an agency, year and version, or null.</summary>
    public static async Task<SubmissionRow?> FindAsync(StoreWrite w, string agency, int year, string criteriaId) =>
        (await w.Connection.QuerySingleOrDefaultAsync<Raw>(new CommandDefinition(Find, new { Agency = agency, Year = year, CriteriaId = criteriaId },
            w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false))?.ToRow();

    /// <summary>The submissions of a year and version in one state, by agency code.</summary>
    public static async Task<IReadOnlyList<SubmissionRow>> InStateAsync(StoreWrite w, int year, string criteriaId, SubmissionState state) =>
        [.. (await w.Connection.QueryAsync<Raw>(new CommandDefinition(InYear, new { Year = year, CriteriaId = criteriaId, State = state.Code() },
            w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false)).Select(r => r.ToRow())];

    /// <summary>Creates the submission as a draft, with its first event.</summary>
    public static async Task<SubmissionRow> CreateAsync(StoreWrite w, string agency, int year, string criteriaId, string actor)
    {
        var id = await w.Connection.ExecuteScalarAsync<long>(new CommandDefinition(Insert,
            new { Agency = agency, Year = year, CriteriaId = criteriaId, State = SubmissionState.Draft.Code(), w.At }, w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false);
        await w.Connection.ExecuteAsync(new CommandDefinition(InsertEvent,
            new { Id = id, From = (string?)null, To = SubmissionState.Draft.Code(), w.At, Actor = actor, Note = "Lần nộp đầu tiên" }, w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false);
        return new SubmissionRow(id, agency, year, criteriaId, SubmissionState.Draft);
    }

    /// <summary>Moves a submission to another state and records the event.</summary>
    /// <exception cref="InvalidOperationException">The state changed under the transaction (a defect: writes hold the write lock).</exception>
    public static async Task<SubmissionRow> MoveAsync(StoreWrite w, SubmissionRow s, SubmissionState to, string actor, string? note)
    {
        var changed = await w.Connection.ExecuteAsync(new CommandDefinition(UpdateState, new { s.Id, From = s.State.Code(), To = to.Code() }, w.Transaction, cancellationToken: w.Ct))
            .ConfigureAwait(false);
        if (changed != 1)
        {
            throw new InvalidOperationException($"Submission state changed concurrently. Id={s.Id}, Expected={s.State}, To={to}");
        }
        await w.Connection.ExecuteAsync(new CommandDefinition(InsertEvent, new { s.Id, From = s.State.Code(), To = to.Code(), w.At, Actor = actor, Note = note },
            w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false);
        return s with { State = to };
    }

    private sealed record Raw
    {
        public long Id { get; init; }
        public string AgencyCode { get; init; } = "";
        public long Year { get; init; }
        public string CriteriaId { get; init; } = "";
        public string State { get; init; } = "";

        public SubmissionRow ToRow() => new(Id, AgencyCode, (int)Year, CriteriaId, SubmissionStates.Parse(State));
    }
}
