using Dapper;
using Scoring.Engine.Evaluation;

namespace Scoring.Api.Storage;

/// <summary>Where agencies stood in a run, without their result JSON (for comparisons across years and histories).</summary>
public sealed partial class RunStore
{
    private const string Standings = """
        SELECT r.agency_code AS AgencyCode, r.scope AS Scope, r.rank AS Rank, r.total AS Total, r.class_name AS ClassName, r.status AS Status,
               i.group_code AS GroupCode, i.agency_name AS AgencyName
        FROM run_results r LEFT JOIN run_inputs i ON i.run_id = r.run_id AND i.agency_code = r.agency_code
        WHERE r.run_id = @Id
        """;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RunStanding>> StandingsAsync(long id, IReadOnlyCollection<string>? agencies, CancellationToken ct)
    {
        var sql = Standings + (agencies is null ? "" : " AND r.agency_code IN @Ids") + " ORDER BY r.position";
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<StandingRow>(new CommandDefinition(database.Lists(sql), new { Id = id, Ids = agencies?.ToArray() ?? [] },
            cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => new RunStanding(r.AgencyCode, r.Scope, (int?)r.Rank, r.Total, r.ClassName, AgencyStatusLabels.Parse(r.Status), r.GroupCode, r.AgencyName))];
    }

    private sealed class StandingRow
    {
        public string AgencyCode { get; init; } = "";
        public string Scope { get; init; } = "";
        public long? Rank { get; init; }
        public string Total { get; init; } = "0";
        public string? ClassName { get; init; }
        public string Status { get; init; } = "";
        public string? GroupCode { get; init; }
        public string? AgencyName { get; init; }
    }
}
