using System.Data.Common;
using Dapper;
using Npgsql;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Postgres;

/// <summary>The store's schema in both databases (issue 18): one ordered list of migrations with a PostgreSQL form of each, applied once;
/// and the same append-only guarantees (revisions, appraisals, lock events, audit, evidence, published runs), proven by the same
/// statements against SQLite and against a real PostgreSQL server the test starts itself.</summary>
[Collection(PostgresTests.Name)]
public sealed class AppendOnlyContractTests(PostgresFixture postgres)
{
    public static TheoryData<string> Stores => ["sqlite", "postgres"];

    [Fact]
    public void Migrations_OneOrderedList_EachWithItsPostgresForm()
    {
        Assert.Equal(Migrator.All.Select(m => (m.Version, m.Name)), Migrator.Postgres.Select(m => (m.Version, m.Name)));
        Assert.Equal(Enumerable.Range(1, Migrator.All.Count), Migrator.All.Select(m => m.Version));
    }

    [Fact]
    public async Task Postgres_FreshDatabase_MigratedOnce()
    {
        var connection = postgres.NewDatabase();

        var first = await PostgresMigrator.MigrateAsync(connection, TimeProvider.System, CancellationToken.None);
        var again = await PostgresMigrator.MigrateAsync(connection, TimeProvider.System, CancellationToken.None);

        Assert.Equal(Migrator.Postgres.Count, first);
        Assert.Equal(0, again);
        await using var c = new NpgsqlConnection(connection);
        Assert.Equal(Migrator.Postgres.Select(m => (long)m.Version), await c.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AppendOnly_EveryKeptRowRefusesChange_InBothStores(string store)
    {
        await using var c = await OpenAsync(store);
        var ids = await SeedAsync(c);

        (string Sql, string Words)[] refused =
        [
            ("UPDATE criteria_versions SET title = 'x'", "criteria version is frozen"),
            ("DELETE FROM criteria_versions", "criteria version is frozen"),
            ("UPDATE agency_versions SET name = 'x'", "agency versions are kept"),
            ("UPDATE revisions SET file_name = 'x'", "revisions are never overwritten"),
            ("DELETE FROM revisions", "revisions are never deleted"),
            ("UPDATE appraisals SET reason = 'x'", "appraisals are never overwritten"),
            ("DELETE FROM appraisals", "appraisals are never deleted"),
            ("UPDATE year_locks SET locked = 0", "lock events are never changed"),
            ("DELETE FROM year_locks", "lock events are never deleted"),
            ("UPDATE audit_log SET detail = 'x'", "the audit log is append-only"),
            ("DELETE FROM audit_log", "the audit log is append-only"),
            ("UPDATE evidence_files SET size = 1", "evidence files are never overwritten"),
            ("DELETE FROM evidence_files", "evidence files are never deleted"),
            ("UPDATE evidence_links SET item_code = 'x'", "evidence links are never overwritten"),
            ("DELETE FROM evidence_links", "evidence links are never deleted"),
            ("UPDATE run_results SET total = '1'", "run results never change"),
            ("UPDATE run_inputs SET appraisal_ids = 'x'", "run inputs never change"),
            ($"UPDATE runs SET results_hash = 'other' WHERE id = {ids.Published}", "a published run never changes"),
            ($"UPDATE runs SET decision_number = '1/QĐ' WHERE id = {ids.Published}", "a published run never changes"),
            ($"DELETE FROM runs WHERE id = {ids.Published}", "a published run is never deleted"),
        ];
        foreach (var (sql, words) in refused)
        {
            var e = await Assert.ThrowsAnyAsync<DbException>(() => c.ExecuteAsync(sql));
            Assert.True(e.Message.Contains(words, StringComparison.Ordinal), $"{store}: {sql} → {e.Message}");
        }

        // A published run changes only by being superseded; a draft may still change or go.
        Assert.Equal(1, await c.ExecuteAsync($"UPDATE runs SET state = 'superseded', superseded_by = {ids.Draft} WHERE id = {ids.Published}"));
        Assert.Equal(1, await c.ExecuteAsync($"UPDATE runs SET results_hash = 'again' WHERE id = {ids.Draft}"));
        Assert.Equal(1L, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM revisions"));
    }

    private async Task<DbConnection> OpenAsync(string store)
    {
        if (store == "postgres")
        {
            var connection = postgres.NewDatabase();
            await PostgresMigrator.MigrateAsync(connection, TimeProvider.System, CancellationToken.None);
            var pg = new NpgsqlConnection(connection);
            await pg.OpenAsync();
            return pg;
        }
        var folder = Directory.CreateTempSubdirectory("scoring-contract-").FullName;
        var database = Database.ForFile(Path.Combine(folder, "scoring.db"));
        await Migrator.MigrateAsync(database, CancellationToken.None);
        return await database.OpenAsync(CancellationToken.None);
    }

    // One row in every kept table, with the same statements in both stores.
    private static async Task<(long Published, long Draft)> SeedAsync(DbConnection c)
    {
        const string at = "2026-12-01T00:00:00.0000000Z";
        await c.ExecuteAsync("INSERT INTO criteria_versions (id, hash, canonical, title, stored_at, stored_by) VALUES ('v', 'h', 'c', 't', @At, 'test')", new { At = at });
        await c.ExecuteAsync("INSERT INTO agencies (code, created_at) VALUES ('a', @At)", new { At = at });
        await c.ExecuteAsync("INSERT INTO agency_versions (agency_code, name, group_code, recorded_at, recorded_by, source) VALUES ('a', 'Sở A', 'g', @At, 'test', 's')", new { At = at });
        var submission = await c.ExecuteScalarAsync<long>(
            "INSERT INTO submissions (agency_code, year, criteria_id, state, created_at) VALUES ('a', 2024, 'v', 'locked', @At) RETURNING id", new { At = at });
        var revision = await c.ExecuteScalarAsync<long>("""
            INSERT INTO revisions (submission_id, seq, file_name, sha256, bytes, accepted, uploaded_at, uploaded_by)
            VALUES (@Submission, 1, 'a.xlsx', 'x', @Bytes, 1, @At, 'test') RETURNING id
            """, new { Submission = submission, Bytes = new byte[] { 1, 2, 3 }, At = at });
        await c.ExecuteAsync("INSERT INTO appraisals (submission_id, item_code, points, reason, appraised_at, appraised_by) VALUES (@Submission, 'I.1', '1', 'r', @At, 'test')",
            new { Submission = submission, At = at });
        await c.ExecuteAsync("INSERT INTO year_locks (criteria_id, year, locked, at, actor) VALUES ('v', 2024, 1, @At, 'test')", new { At = at });
        await c.ExecuteAsync("INSERT INTO audit_log (at, actor, action, detail) VALUES (@At, 'test', 'x', 'd')", new { At = at });
        await c.ExecuteAsync("INSERT INTO evidence_files (sha256, kind, size, bytes, stored_at, stored_by) VALUES ('s', 'pdf', 3, @Bytes, @At, 'test')",
            new { Bytes = new byte[] { 1, 2, 3 }, At = at });
        await c.ExecuteAsync("INSERT INTO evidence_links (submission_id, item_code, sha256, file_name, attached_at, attached_by) VALUES (@Submission, 'I.1', 's', 'a.pdf', @At, 'test')",
            new { Submission = submission, At = at });
        const string run = """
            INSERT INTO runs (year, criteria_id, criteria_hash, engine_build, results_hash, state, created_at, created_by, published_at, published_by)
            VALUES (2024, 'v', 'h', 'e', 'r', @State, @At, 'test', @Published, @By) RETURNING id
            """;
        var published = await c.ExecuteScalarAsync<long>(run, new { State = "published", At = at, Published = at, By = "test" });
        var draft = await c.ExecuteScalarAsync<long>(run, new { State = "draft", At = at, Published = (string?)null, By = (string?)null });
        await c.ExecuteAsync("INSERT INTO run_inputs (run_id, agency_code, submission_id, revision_id, appraisal_ids) VALUES (@Run, 'a', @Submission, @Revision, '[]')",
            new { Run = published, Submission = submission, Revision = revision });
        await c.ExecuteAsync("""
            INSERT INTO run_results (run_id, agency_code, position, scope, rank, total, class_name, status, result_json)
            VALUES (@Run, 'a', 1, 'g', 1, '90', 'Tốt', 'scored', '{}')
            """, new { Run = published });
        return (published, draft);
    }
}
