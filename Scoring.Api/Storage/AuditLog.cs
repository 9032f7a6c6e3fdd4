using System.Data.Common;
using Dapper;

namespace Scoring.Api.Storage;

/// <summary>The append-only audit log: every write records who, what and when, inside the write's own transaction.</summary>
public sealed class AuditLog(Database database)
{
    private const string Insert = """
        INSERT INTO audit_log (at, actor, action, agency_code, run_id, detail) VALUES (@At, @Actor, @Action, @Agency, @Run, @Detail)
        """;

    private const string ByAgency = "SELECT id, at, actor, action, agency_code AS AgencyCode, run_id AS RunId, detail FROM audit_log WHERE agency_code = @Code ORDER BY id";

    private const string Search = """
        SELECT id, at, actor, action, agency_code AS AgencyCode, run_id AS RunId, detail FROM audit_log
        WHERE (@Agency IS NULL OR agency_code = @Agency) AND (@Run IS NULL OR run_id = @Run) AND (@Actor IS NULL OR instr(lower(actor), lower(@Actor)) > 0)
          AND (@From IS NULL OR at >= @From) AND (@Until IS NULL OR at < @Until)
        ORDER BY id DESC LIMIT @Limit
        """;

    private const string ByRun = "SELECT id, at, actor, action, agency_code AS AgencyCode, run_id AS RunId, detail FROM audit_log WHERE run_id = @Run ORDER BY id";

    /// <summary>Records a write in the caller's transaction.</summary>
    public static Task WriteAsync(DbConnection connection, DbTransaction tx, string at, string actor, string action, string? agency, long? run, string detail, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, new { At = at, Actor = actor, Action = action, Agency = agency, Run = run, Detail = detail }, tx, cancellationToken: ct));

    /// <summary>Every write about an agency, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ForAgencyAsync(string code, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return [.. await connection.QueryAsync<AuditEntry>(new CommandDefinition(ByAgency, new { Code = code }, cancellationToken: ct)).ConfigureAwait(false)];
    }

    /// <summary>Every write about a run, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ForRunAsync(long run, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return [.. await connection.QueryAsync<AuditEntry>(new CommandDefinition(ByRun, new { Run = run }, cancellationToken: ct)).ConfigureAwait(false)];
    }

    /// <summary>Entries matching every given filter (agency, run, who: part of the name, from and until: UTC instants as stored), newest
    /// first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(string? agency, long? run, string? actor, string? from, string? until, int limit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        // instr (SQLite) and strpos (PostgreSQL) both find the part of the name, haystack first.
        var sql = database.Provider == StoreProvider.Postgres ? Search.Replace("instr(", "strpos(", StringComparison.Ordinal) : Search;
        return [.. await connection.QueryAsync<AuditEntry>(new CommandDefinition(sql,
            new { Agency = agency, Run = run, Actor = actor, From = from, Until = until, Limit = limit }, cancellationToken: ct)).ConfigureAwait(false)];
    }
}
