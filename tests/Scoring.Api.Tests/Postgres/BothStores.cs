using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;

namespace Scoring.Api.Tests.Postgres;

/// <summary>A fresh store on SQLite or on the fixture's PostgreSQL cluster, with the sample agencies imported: for tests run on both.</summary>
internal static class BothStores
{
    public static async Task<Store> OpenAsync(PostgresFixture postgres, bool pg)
    {
        var database = pg ? Database.ForPostgres(postgres.NewDatabase()) : Database.ForFile(Path.Combine(Directory.CreateTempSubdirectory("scoring-both-").FullName, "s.db"));
        var store = await Store.OpenAsync(database, CancellationToken.None);
        var (list, _) = AgencyListFile.Read(File.ReadAllBytes(Repo.Path("samples", "agencies.csv")), "agencies.csv");
        await store.Agencies.ImportAsync([.. list!.Values], "agencies.csv", "Quản trị", CancellationToken.None);
        return store;
    }
}
