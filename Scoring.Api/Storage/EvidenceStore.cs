using Dapper;

namespace Scoring.Api.Storage;

/// <summary>An evidence file attached to an item of a submission: the item, the file's name as attached, its SHA-256, type and size, who
/// attached it and when.</summary>
public sealed record EvidenceLink(long Id, string ItemCode, string FileName, string Sha256, string Kind, long Size, string AttachedAt, string AttachedBy);

/// <summary>Evidence files and their links to submissions' items: reads, and the writes inside a caller's <see cref="StoreWrite"/>.</summary>
public sealed class EvidenceStore(Database database)
{
    private const string ListSql = """
        SELECT l.id, l.item_code AS ItemCode, l.file_name AS FileName, l.sha256, f.kind, f.size, l.attached_at AS AttachedAt, l.attached_by AS AttachedBy
        FROM evidence_links l
        JOIN submissions s ON s.id = l.submission_id
        JOIN evidence_files f ON f.sha256 = l.sha256
        WHERE s.agency_code = @Agency AND s.year = @Year AND s.criteria_id = @CriteriaId
        ORDER BY l.item_code, l.id
        """;

    private const string FileSql = """
        SELECT l.file_name AS FileName, f.kind, f.bytes
        FROM evidence_links l
        JOIN submissions s ON s.id = l.submission_id
        JOIN evidence_files f ON f.sha256 = l.sha256
        WHERE s.agency_code = @Agency AND s.year = @Year AND s.criteria_id = @CriteriaId AND l.sha256 = @Sha256
        ORDER BY l.id LIMIT 1
        """;

    /// <summary>Every evidence link of an agency's submission, by item then in the order attached.</summary>
    public async Task<IReadOnlyList<EvidenceLink>> ListAsync(string agency, int year, string criteriaId, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return [.. await c.QueryAsync<EvidenceLink>(new CommandDefinition(ListSql, new { Agency = agency, Year = year, CriteriaId = criteriaId }, cancellationToken: ct))
            .ConfigureAwait(false)];
    }

    /// <summary>A file attached to the agency's submission (its first name as attached, its type and bytes), or null when the submission has
    /// no such file: a file is only ever read through a submission it was attached to.</summary>
    public async Task<(string FileName, string Kind, byte[] Bytes)?> FileAsync(string agency, int year, string criteriaId, string sha256, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition(FileSql,
            new { Agency = agency, Year = year, CriteriaId = criteriaId, Sha256 = sha256 }, cancellationToken: ct)).ConfigureAwait(false);
        return row is null ? null : (row.FileName, row.Kind, row.Bytes);
    }

    /// <summary>The bytes of the distinct files linked to a submission, inside a write.</summary>
    public static Task<long> StoredBytesAsync(StoreWrite w, long submissionId) =>
        w.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(SUM(size), 0) FROM evidence_files WHERE sha256 IN (SELECT sha256 FROM evidence_links WHERE submission_id = @Id)",
            new { Id = submissionId }, w.Transaction, cancellationToken: w.Ct));

    /// <summary>Whether the file is already linked to the submission (for any item).</summary>
    public static async Task<bool> LinkedAsync(StoreWrite w, long submissionId, string sha256) =>
        await w.Connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM evidence_links WHERE submission_id = @Id AND sha256 = @Sha256",
            new { Id = submissionId, Sha256 = sha256 }, w.Transaction, cancellationToken: w.Ct)).ConfigureAwait(false) > 0;

    /// <summary>Stores the file unless a file with its SHA-256 is stored already (the same bytes are kept once).</summary>
    public static Task StoreFileAsync(StoreWrite w, string sha256, string kind, byte[] bytes, string actor) =>
        w.Connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO evidence_files (sha256, kind, size, bytes, stored_at, stored_by) VALUES (@Sha256, @Kind, @Size, @Bytes, @At, @Actor)
            ON CONFLICT (sha256) DO NOTHING
            """, new { Sha256 = sha256, Kind = kind, Size = bytes.LongLength, Bytes = bytes, w.At, Actor = actor }, w.Transaction, cancellationToken: w.Ct));

    /// <summary>Links the file to an item of the submission; false when it is linked to that item already (nothing is written twice).</summary>
    public static async Task<bool> LinkAsync(StoreWrite w, long submissionId, string itemCode, string sha256, string fileName, string actor) =>
        await w.Connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO evidence_links (submission_id, item_code, sha256, file_name, attached_at, attached_by)
            VALUES (@Id, @Item, @Sha256, @FileName, @At, @Actor) ON CONFLICT (submission_id, item_code, sha256) DO NOTHING
            """, new { Id = submissionId, Item = itemCode, Sha256 = sha256, FileName = fileName, w.At, Actor = actor }, w.Transaction, cancellationToken: w.Ct))
            .ConfigureAwait(false) == 1;

    private sealed record FileRow(string FileName, string Kind, byte[] Bytes);
}
