using Dapper;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Storage;

public class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_AllVersionsAppliedWalAndForeignKeysOn()
    {
        using var temp = new TempStore();
        var ran = await Migrator.MigrateAsync(temp.Database, CancellationToken.None);
        Assert.Equal(Migrator.All.Count, ran);
        Assert.Equal(Migrator.All.Select(m => m.Version), await Migrator.AppliedAsync(temp.Database, CancellationToken.None));
        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal(10000, await connection.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
        Assert.Equal(0, await Migrator.MigrateAsync(temp.Database, CancellationToken.None));
    }

    [Fact]
    public async Task Migrate_DatabaseAtPreviousSchema_UpgradedAndDataKept()
    {
        using var temp = new TempStore();
        var previous = Migrator.All[^2].Version;
        await Migrator.MigrateAsync(temp.Database, CancellationToken.None, upTo: previous);
        await using (var connection = await temp.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("INSERT INTO agencies (code, created_at) VALUES ('so-noi-vu', '2024-01-01')");
        }
        Assert.Equal(1, await Migrator.MigrateAsync(temp.Database, CancellationToken.None));
        await using var after = await temp.Database.OpenAsync(CancellationToken.None);
        Assert.Equal("so-noi-vu", await after.ExecuteScalarAsync<string>("SELECT code FROM agencies"));
        Assert.Equal(Migrator.All.Count, (await Migrator.AppliedAsync(temp.Database, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Migrate_ForeignKeys_Enforced()
    {
        using var temp = new TempStore();
        await Migrator.MigrateAsync(temp.Database, CancellationToken.None);
        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => connection.ExecuteAsync(
            "INSERT INTO agency_versions (agency_code, name, group_code, recorded_at, recorded_by, source) VALUES ('khong-co', 'x', 'g', 'x', 'x', 'x')"));
    }
}
