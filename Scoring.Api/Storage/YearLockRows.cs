using System.Globalization;
using Dapper;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Storage;

/// <summary>The lock events of (criteria version, year): the latest one says whether uploads are closed.</summary>
public static class YearLockRows
{
    private const string Latest = """
        SELECT locked, at, actor, reason FROM year_locks WHERE criteria_id = @CriteriaId AND year = @Year ORDER BY id DESC LIMIT 1
        """;

    private const string Insert = """
        INSERT INTO year_locks (criteria_id, year, locked, at, actor, reason) VALUES (@CriteriaId, @Year, @Locked, @At, @Actor, @Reason)
        """;

    /// <summary>The gate as the latest event left it (open when there is none).</summary>
    public static async Task<YearLock> GetAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction? tx, string criteriaId, int year, CancellationToken ct)
    {
        var row = await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Latest, new { CriteriaId = criteriaId, Year = year }, tx, cancellationToken: ct))
            .ConfigureAwait(false);
        return row is null
            ? YearLock.Open(criteriaId, year)
            : new YearLock(criteriaId, year, row.Locked == 1, row.Actor,
                DateTimeOffset.Parse(row.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), row.Reason);
    }

    /// <summary>The gate, read in its own connection.</summary>
    public static async Task<YearLock> GetAsync(Database database, string criteriaId, int year, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await GetAsync(c, null, criteriaId, year, ct).ConfigureAwait(false);
    }

    /// <summary>Appends a lock (locked true) or reopen event; returns the gate as it now stands.</summary>
    public static async Task<YearLock> AppendAsync(StoreWrite w, string criteriaId, int year, bool locked, string actor, string? reason)
    {
        await w.Connection.ExecuteAsync(new CommandDefinition(Insert, new { CriteriaId = criteriaId, Year = year, Locked = locked ? 1 : 0, w.At, Actor = actor, Reason = reason },
            w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false);
        return new YearLock(criteriaId, year, locked, actor, DateTimeOffset.Parse(w.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), reason);
    }

    private sealed record Row
    {
        public long Locked { get; init; }
        public string At { get; init; } = "";
        public string Actor { get; init; } = "";
        public string? Reason { get; init; }
    }
}
