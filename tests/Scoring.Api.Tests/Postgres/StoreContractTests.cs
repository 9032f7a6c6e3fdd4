using Scoring.Api.Catalog;
using Scoring.Api.Host;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Storage;
using Scoring.Api.Tests.Support;
using Scoring.Api.UseCases;
using Xunit;

namespace Scoring.Api.Tests.Postgres;

/// <summary>The whole year through the use cases on both stores (issue 18): the samples seeded into SQLite and into PostgreSQL (registry,
/// uploads, lock, appraisal, runs published with their decisions) give the same runs, byte for byte the same results, the same audit trail
/// and the same report; a PostgreSQL run replays and matches.</summary>
[Collection(PostgresTests.Name)]
public sealed class StoreContractTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Samples_SeededIntoBothStores_GiveTheSameRunsAndResults()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
        var sqlite = await SeedAsync(Database.ForFile(Path.Combine(Directory.CreateTempSubdirectory("scoring-contract-").FullName, "scoring.db"), clock));
        var pg = await SeedAsync(Database.ForPostgres(postgres.NewDatabase(), clock));

        var sqliteRuns = await sqlite.Runs.ListAsync(CancellationToken.None);
        var pgRuns = await pg.Runs.ListAsync(CancellationToken.None);
        Assert.NotEmpty(pgRuns);
        Assert.Equal(sqliteRuns.Select(r => (r.Id, r.Year, r.CriteriaId, r.State, r.ResultsHash, r.Decision)), pgRuns.Select(r => (r.Id, r.Year, r.CriteriaId, r.State, r.ResultsHash, r.Decision)));
        foreach (var run in pgRuns)
        {
            var expected = await sqlite.Runs.ResultsAsync(run.Id, CancellationToken.None);
            var actual = await pg.Runs.ResultsAsync(run.Id, CancellationToken.None);
            Assert.Equal(expected, actual);
            var replay = await new Operations(pg).Runs.ReplayAsync(run.Id, CancellationToken.None);
            Assert.True(replay?.Matches, $"run {run.Id} did not replay on PostgreSQL");
        }
        var audit = (await sqlite.Audit.SearchAsync(null, null, null, null, null, 10_000, CancellationToken.None)).Select(a => (a.Action, a.Actor, a.Detail));
        Assert.Equal(audit, (await pg.Audit.SearchAsync(null, null, null, null, null, 10_000, CancellationToken.None)).Select(a => (a.Action, a.Actor, a.Detail)));
        var published = pgRuns.Last(r => r.State == Scoring.Engine.Workflow.RunState.Published).Id;
        var sqliteReport = await new Operations(sqlite).Report.RunAsync(published, CancellationToken.None);
        var pgReport = await new Operations(pg).Report.RunAsync(published, CancellationToken.None);
        Assert.Equal(sqliteReport.Value!.Bytes, pgReport.Value!.Bytes);
        // Compared with last year and an agency's history across the merger read the same from both stores (issue 19).
        var thisYear = pgRuns.First(r => r.Year == 2026 && r.State == Scoring.Engine.Workflow.RunState.Published).Id;
        var sqliteLastYear = (await new Operations(sqlite).History.ForRunAsync(thisYear, CancellationToken.None))!.Value.LastYear;
        var pgLastYear = (await new Operations(pg).History.ForRunAsync(thisYear, CancellationToken.None))!.Value.LastYear;
        Assert.Equal((await new Operations(sqlite).Report.RunAsync(thisYear, CancellationToken.None)).Value!.Bytes,
            (await new Operations(pg).Report.RunAsync(thisYear, CancellationToken.None)).Value!.Bytes);
        Assert.Equal(2024, pgLastYear.Year);
        Assert.Equal(Words(sqliteLastYear), Words(pgLastYear));
        var sqliteHistory = await new Operations(sqlite).History.AgencyAsync("ubnd-phuong-bac-son", CancellationToken.None);
        var pgHistory = await new Operations(pg).History.AgencyAsync("ubnd-phuong-bac-son", CancellationToken.None);
        Assert.Equal(2, pgHistory.Years[0].Predecessors.Count);
        Assert.Equal(sqliteHistory.Years.SelectMany(y => y.Predecessors.Append(y.Own)), pgHistory.Years.SelectMany(y => y.Predecessors.Append(y.Own)));

        // The command line opens the same PostgreSQL store from its connection string.
        var file = Path.Combine(Directory.CreateTempSubdirectory("scoring-contract-cli-").FullName, "bao-cao.xlsx");
        var output = new StringWriter();
        var code = Scoring.Api.Cli.CliApp.Run(["runs", "report", published.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", file,
            "--db", pg.Database.ConnectionString], output);
        Assert.True(code == Scoring.Api.Cli.CliApp.Ok, output.ToString());
        Assert.Equal(pgReport.Value!.Bytes, File.ReadAllBytes(file));
    }

    private static IEnumerable<string> Words(LastYear lastYear) => lastYear.ByCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal)
        .Select(c => $"{c.Code} {c.Relation} {Scoring.Api.Reports.LastYearText.Before(c)} {Scoring.Api.Reports.LastYearText.Change(c)}");

    [Fact]
    public async Task Postgres_AWriterWaitsAtMostTheBusyTimeout_ThenIsBusy()
    {
        var connection = postgres.NewDatabase();
        var store = await Store.OpenAsync(Database.ForPostgres(connection, busyTimeout: TimeSpan.FromSeconds(1)), CancellationToken.None);
        await using var holder = new Npgsql.NpgsqlConnection(connection);
        await holder.OpenAsync();
        // Another server in the middle of a long write holds the store's write lock.
        await Dapper.SqlMapper.ExecuteAsync(holder, "SELECT pg_advisory_lock(@Key)", new { Key = WriteTransaction.PostgresWriteLock });

        var e = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => store.WriteAsync(w => w.AuditAsync("thử", "test", null, null, "x").ContinueWith(_ => 0), CancellationToken.None));

        Assert.Equal("55P03", e.SqlState);
        Assert.True(StoreErrors.Unavailable(e) is { Busy: true }, StoreErrors.Vietnamese(e));
        Assert.Contains("đang bận", StoreErrors.Vietnamese(e));
    }

    private static async Task<Store> SeedAsync(Database database)
    {
        var store = await Store.OpenAsync(database, CancellationToken.None);
        var catalog = new CriteriaCatalog(new CriteriaFolder(Repo.Path("criteria")), new Operations(store).Criteria.Cache);
        await SampleSeeder.SeedAsync(store, catalog, Repo.Path("samples"), CancellationToken.None);
        return store;
    }
}
