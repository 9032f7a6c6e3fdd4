using Scoring.Engine.Registry;
using System.Globalization;
using Dapper;

namespace Scoring.Api.Storage;

/// <summary>Agencies in the store (SQLite or PostgreSQL): <c>agencies</c> holds the codes, <c>agency_versions</c> every recorded version (never updated).</summary>
public sealed class AgencyStore(Database database) : IAgencyStore
{
    private const string Current = """
        SELECT v.agency_code AS Code, v.name, v.group_code AS GroupCode, v.parent_code AS Parent, v.active_from AS ActiveFrom, v.active_to AS ActiveTo,
               v.replaces, v.recorded_at AS RecordedAt, v.recorded_by AS RecordedBy
        FROM agency_versions v
        WHERE v.id = (SELECT MAX(id) FROM agency_versions w WHERE w.agency_code = v.agency_code)
        ORDER BY v.agency_code
        """;

    private const string History = """
        SELECT agency_code AS Code, name, group_code AS GroupCode, parent_code AS Parent, active_from AS ActiveFrom, active_to AS ActiveTo,
               replaces, recorded_at AS RecordedAt, recorded_by AS RecordedBy
        FROM agency_versions WHERE agency_code = @Code ORDER BY id
        """;

    private const string InsertAgency = "INSERT INTO agencies (code, created_at) VALUES (@Code, @At) ON CONFLICT DO NOTHING";

    private const string InsertVersion = """
        INSERT INTO agency_versions (agency_code, name, group_code, parent_code, active_from, active_to, replaces, recorded_at, recorded_by, source)
        VALUES (@Code, @Name, @Group, @Parent, @From, @To, @Replaces, @At, @Actor, @Source)
        """;

    /// <inheritdoc/>
    public async Task<ImportSummary> ImportAsync(IReadOnlyCollection<AgencyInfo> agencies, string source, string actor, CancellationToken ct)
    {
        // The one write-transaction helper: the write lock from the start, retried on a conflict.
        return await WriteTransaction.RunAsync(database, async (connection, tx) =>
        {
            var current = (await connection.QueryAsync<Row>(new CommandDefinition(Current, transaction: tx, cancellationToken: ct)).ConfigureAwait(false))
                .ToDictionary(r => r.Code, r => r.ToAgency(), StringComparer.Ordinal);
            int added = 0, changed = 0, unchanged = 0;
            var at = database.Now();
            foreach (var agency in agencies.OrderBy(a => a.Code, StringComparer.Ordinal))
            {
                if (current.TryGetValue(agency.Code, out var before) && before == agency)
                {
                    unchanged++;
                    continue;
                }
                var isNew = before is null;
                await connection.ExecuteAsync(new CommandDefinition(InsertAgency, new { agency.Code, At = at }, tx, cancellationToken: ct)).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition(InsertVersion, new
                {
                    agency.Code, agency.Name, agency.Group, agency.Parent, From = Iso(agency.ActiveFrom), To = Iso(agency.ActiveTo), agency.Replaces, At = at, Actor = actor,
                    Source = source,
                }, tx, cancellationToken: ct)).ConfigureAwait(false);
                var detail = isNew ? $"Thêm đơn vị {agency.Name} (khối {agency.Group}{(agency.Replaces is null ? "" : $", thay thế cho {agency.Replaces}")}) từ {source}" : $"Cập nhật đơn vị: {Describe(before!)} → {Describe(agency)} từ {source}";
                await AuditLog.WriteAsync(connection, tx, at, actor, isNew ? "agency.add" : "agency.change", agency.Code, null, detail, ct).ConfigureAwait(false);
                if (isNew)
                {
                    added++;
                }
                else
                {
                    changed++;
                }
            }
            return new ImportSummary(added, changed, unchanged);
        }, ct).ConfigureAwait(false);
    }

    private const string LatestVersion = "SELECT COALESCE(MAX(id), 0) FROM agency_versions";

    // Every upload checks the registry; versions are only ever added, so the highest version id tells whether it changed
    // (also when another process, such as the CLI, imported agencies).
    private volatile Snapshot? _cache;

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, AgencyInfo>> CurrentAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var latest = await connection.ExecuteScalarAsync<long>(new CommandDefinition(LatestVersion, cancellationToken: ct)).ConfigureAwait(false);
        if (_cache is { } cached && cached.Version == latest)
        {
            return cached.Agencies;
        }
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Current, cancellationToken: ct)).ConfigureAwait(false);
        var agencies = rows.ToDictionary(r => r.Code, r => r.ToAgency(), StringComparer.Ordinal);
        _cache = new Snapshot(latest, agencies);
        return agencies;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<(AgencyInfo Agency, string RecordedAt, string RecordedBy)>> HistoryAsync(string code, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(History, new { Code = code }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => (r.ToAgency(), r.RecordedAt, r.RecordedBy))];
    }

    private static string Describe(AgencyInfo a) => $"{a.Name}, khối {a.Group}" + (a.Parent is null ? "" : $", cấp trên {a.Parent}")
        + (a.ActiveFrom is null && a.ActiveTo is null ? "" : $", hoạt động {a.ActiveFrom:dd/MM/yyyy}–{a.ActiveTo:dd/MM/yyyy}")
        + (a.Replaces is null ? "" : $", thay thế cho {a.Replaces}");

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // One reference swapped atomically, so concurrent uploads never see a version paired with another list.
    private sealed record Snapshot(long Version, IReadOnlyDictionary<string, AgencyInfo> Agencies);

    private sealed class Row
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string GroupCode { get; init; } = "";
        public string? Parent { get; init; }
        public string? ActiveFrom { get; init; }
        public string? ActiveTo { get; init; }
        public string? Replaces { get; init; }
        public string RecordedAt { get; init; } = "";
        public string RecordedBy { get; init; } = "";

        public AgencyInfo ToAgency() => new(Code, Name, GroupCode, Parent,
            ActiveFrom is null ? null : DateOnly.Parse(ActiveFrom, CultureInfo.InvariantCulture),
            ActiveTo is null ? null : DateOnly.Parse(ActiveTo, CultureInfo.InvariantCulture), Replaces);
    }
}
