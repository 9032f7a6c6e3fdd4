using Npgsql;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Postgres;

/// <summary>What the store adds to an operator's PostgreSQL connection string: automatic preparation, unless the operator chose.</summary>
public class PostgresSettingsTests
{
    private static int Prepared(string connectionString) =>
        new NpgsqlConnectionStringBuilder(Database.ForPostgres(connectionString).ConnectionString).MaxAutoPrepare;

    [Fact]
    public void ForPostgres_NothingSaidAboutPreparation_RepeatedStatementsPrepared() => Assert.Equal(64, Prepared("Host=db;Database=scoring"));

    [Theory]
    [InlineData("Host=db;Database=scoring;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=scoring;MaxAutoPrepare=5", 5)]
    public void ForPostgres_OperatorsChoice_Kept(string connectionString, int expected) => Assert.Equal(expected, Prepared(connectionString));
}
