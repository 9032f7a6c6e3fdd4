using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Scoring.Engine.Runs;
using Scoring.Engine.Text;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Storage;

/// <summary>Runs in the store, SQLite or PostgreSQL (runs, run_inputs, run_results); triggers refuse any change to a published run.</summary>
public sealed partial class RunStore(Database database) : IRunStore
{
    private const string InsertRun = """
        INSERT INTO runs (year, criteria_id, criteria_hash, group_code, engine_build, results_hash, state, created_at, created_by, warnings)
        VALUES (@Year, @CriteriaId, @CriteriaHash, @GroupCode, @EngineBuild, @ResultsHash, 'draft', @At, @Actor, @Warnings) RETURNING id
        """;

    private const string InsertInput = """
        INSERT INTO run_inputs (run_id, agency_code, submission_id, revision_id, appraisal_ids, group_code, not_assessed, agency_name)
        VALUES (@Run, @AgencyCode, @SubmissionId, @RevisionId, @AppraisalIds, @GroupCode, @NotAssessed, @AgencyName)
        """;

    private const string InsertResult = """
        INSERT INTO run_results (run_id, agency_code, position, scope, rank, total, class_name, status, result_json)
        VALUES (@Run, @Agency, @Position, @Scope, @Rank, @Total, @Class, @Status, @Json)
        """;

    internal const string Select = """
        SELECT id, year, criteria_id AS CriteriaId, criteria_hash AS CriteriaHash, group_code AS GroupCode, engine_build AS EngineBuild,
               results_hash AS ResultsHash, state, created_at AS CreatedAt, created_by AS CreatedBy, published_at AS PublishedAt,
               published_by AS PublishedBy, superseded_by AS SupersededBy, warnings, decision_number AS DecisionNumber,
               decision_date AS DecisionDate, signer_title AS SignerTitle, signer_name AS SignerName, decision_issuer AS Issuer, decision_place AS Place,
               (SELECT string_agg(p.group_code, ' ') FROM run_part_supersessions p WHERE p.run_id = runs.id) AS SupersededParts -- group codes have no spaces
        FROM runs
        """;

    /// <inheritdoc/>
    public async Task<long> InsertAsync(RunHeader header, IReadOnlyList<RunInputRow> inputs, WrittenResults results, string actor,
        CancellationToken ct, Func<int, Task>? afterEachResult = null)
    {
        // The one write-transaction helper: the write lock from the start, retried on a conflict.
        return await WriteTransaction.RunAsync(database, async (connection, tx) =>
        {
            var at = database.Now();
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(InsertRun, new
            {
                header.Year, header.CriteriaId, header.CriteriaHash, header.GroupCode, header.EngineBuild, header.ResultsHash, At = at, Actor = actor,
                Warnings = header.Warnings is { Count: > 0 } w ? string.Join("\n", w) : null,
            }, tx, cancellationToken: ct)).ConfigureAwait(false);
            // One prepared statement per table, bound afresh for each row: parsing the SQL once instead of 20,000 times is most of the write.
            using (var insert = Prepared(connection, tx, InsertInput, "Run", "AgencyCode", "SubmissionId", "RevisionId", "AppraisalIds", "GroupCode", "NotAssessed", "AgencyName"))
            {
                foreach (var input in inputs)
                {
                    Bind(insert, id, input.AgencyCode, input.SubmissionId, input.RevisionId, JsonSerializer.Serialize(input.AppraisalIds), input.GroupCode, input.NotAssessed, input.AgencyName);
                    await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            }
            var rows = results.Rows;
            using (var insert = Prepared(connection, tx, InsertResult, "Run", "Agency", "Position", "Scope", "Rank", "Total", "Class", "Status", "Json"))
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    var r = rows[i].Result;
                    Bind(insert, id, r.AgencyCode, i + 1, rows[i].Scope, rows[i].Rank, Num.Invariant(r.Total), r.ClassName, r.Status.ToString(), results.Json[i]);
                    await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                    if (afterEachResult is not null)
                    {
                        await afterEachResult(i).ConfigureAwait(false);
                    }
                }
            }
            await AuditLog.WriteAsync(connection, tx, at, actor, "run.create", null, id,
                $"Tạo lượt xếp loại năm {header.Year}, bộ tiêu chí {header.CriteriaId}{(header.GroupCode is null ? "" : ", khối " + header.GroupCode)}: {rows.Count} đơn vị, mã băm kết quả {header.ResultsHash}", ct).ConfigureAwait(false);
            return id;
        }, ct).ConfigureAwait(false);
    }

    // SQLite prepares the statement once; PostgreSQL (whose prepared statements want their parameters' types first) plans it per row.
    private static System.Data.Common.DbCommand Prepared(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, string sql,
        params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }
        if (connection is SqliteConnection)
        {
            command.Prepare();
        }
        return command;
    }

    private static void Bind(System.Data.Common.DbCommand command, params object?[] values)
    {
        for (var k = 0; k < values.Length; k++)
        {
            command.Parameters[k].Value = values[k] ?? DBNull.Value;
        }
    }

    /// <inheritdoc/>
    public async Task<RunHeader?> GetAsync(long id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return (await connection.QuerySingleOrDefaultAsync<HeaderRow>(new CommandDefinition(Select + " WHERE id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false))?.ToHeader();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RunHeader>> ListAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return [.. (await connection.QueryAsync<HeaderRow>(new CommandDefinition(Select + " ORDER BY id DESC", cancellationToken: ct)).ConfigureAwait(false)).Select(r => r.ToHeader())];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RunInputRow>> InputsAsync(long id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<InputRow>(new CommandDefinition(
            "SELECT agency_code AS AgencyCode, group_code AS GroupCode, submission_id AS SubmissionId, revision_id AS RevisionId, appraisal_ids AS AppraisalIds, not_assessed AS NotAssessed, agency_name AS AgencyName FROM run_inputs WHERE run_id = @Id ORDER BY agency_code",
            new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => new RunInputRow(r.AgencyCode, r.GroupCode ?? "", r.SubmissionId, r.RevisionId, JsonSerializer.Deserialize<List<long>>(r.AppraisalIds) ?? [], r.NotAssessed, r.AgencyName))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RunResultRow>> ResultsAsync(long id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return [.. (await connection.QueryAsync<ResultRow>(new CommandDefinition(
            "SELECT agency_code AS AgencyCode, position, scope, rank, total, class_name AS ClassName, status, result_json AS ResultJson FROM run_results WHERE run_id = @Id ORDER BY position",
            new { Id = id }, cancellationToken: ct)).ConfigureAwait(false)).Select(r =>
                new RunResultRow(r.AgencyCode, (int)r.Position, r.Scope, (int?)r.Rank, r.Total, r.ClassName, AgencyStatusLabels.Parse(r.Status), r.ResultJson))];
    }

    private sealed class InputRow
    {
        public string AgencyCode { get; init; } = "";
        public string? GroupCode { get; init; }
        public long? SubmissionId { get; init; }
        public long? RevisionId { get; init; }
        public string AppraisalIds { get; init; } = "[]";
        public string? NotAssessed { get; init; }
        public string? AgencyName { get; init; }
    }

    internal sealed class HeaderRow
    {
        public long Id { get; init; }
        public long Year { get; init; }
        public string CriteriaId { get; init; } = "";
        public string CriteriaHash { get; init; } = "";
        public string? GroupCode { get; init; }
        public string EngineBuild { get; init; } = "";
        public string ResultsHash { get; init; } = "";
        public string State { get; init; } = "";
        public string CreatedAt { get; init; } = "";
        public string CreatedBy { get; init; } = "";
        public string? PublishedAt { get; init; }
        public string? PublishedBy { get; init; }
        public long? SupersededBy { get; init; }
        public string? Warnings { get; init; }
        public string? SupersededParts { get; init; }
        public string? DecisionNumber { get; init; }
        public string? DecisionDate { get; init; }
        public string? SignerTitle { get; init; }
        public string? SignerName { get; init; }
        public string? Issuer { get; init; }
        public string? Place { get; init; }

        public RunHeader ToHeader() => new(Id, (int)Year, CriteriaId, CriteriaHash, GroupCode, EngineBuild, ResultsHash, RunStates.Parse(State), CreatedAt, CreatedBy,
            PublishedAt, PublishedBy, SupersededBy, Lines(Warnings), [.. (SupersededParts?.Split(' ') ?? []).Order(StringComparer.Ordinal)],
            DecisionNumber is null && DecisionDate is null && SignerTitle is null && SignerName is null && Issuer is null && Place is null ? null
                : new RunDecision(DecisionNumber, DecisionDate is null ? null : DateOnly.ParseExact(DecisionDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    SignerTitle, SignerName, Issuer, Place));

        private static string[] Lines(string? text) => text is null ? [] : text.Split('\n');
    }

    private sealed class ResultRow
    {
        public string AgencyCode { get; init; } = "";
        public long Position { get; init; }
        public string Scope { get; init; } = "";
        public long? Rank { get; init; }
        public string Total { get; init; } = "";
        public string? ClassName { get; init; }
        public string Status { get; init; } = "";
        public string ResultJson { get; init; } = "";
    }
}
