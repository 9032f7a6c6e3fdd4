using System.Globalization;
using System.Reflection;
using Dapper;

namespace Scoring.Api.Storage;

/// <summary>Creates and upgrades the schema with ordered, versioned SQL migrations (embedded <c>Migrations/NNNN_name.sql</c>),
/// each applied once in its own transaction; turns on WAL. The same list, migration for migration, has a PostgreSQL form
/// (<c>Migrations/Postgres/NNNN_name.sql</c>, applied by <see cref="PostgresMigrator"/>).</summary>
public static class Migrator
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
        """;

    private const string Applied = "SELECT version FROM schema_migrations";

    private const string Record = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)";

    /// <summary>Every migration, in order: (version, name, SQL).</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } = Load("Migrations.");

    /// <summary>The PostgreSQL form of every migration, in the same order under the same names.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Postgres { get; } = Load("PgMigrations.");

    /// <summary>Applies every migration not yet applied, up to <paramref name="upTo"/> (all when null); returns how many ran.</summary>
    public static async Task<int> MigrateAsync(Database database, CancellationToken ct, int? upTo = null)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: ct)).ConfigureAwait(false);
        return await ApplyAsync(connection, All, database.Now, ct, upTo).ConfigureAwait(false);
    }

    /// <summary>Applies the migrations of a list that a database has not had yet, each in its own transaction; returns how many ran.</summary>
    internal static async Task<int> ApplyAsync(System.Data.Common.DbConnection connection, IReadOnlyList<(int Version, string Name, string Sql)> list,
        Func<string> now, CancellationToken ct, int? upTo = null)
    {
        await connection.ExecuteAsync(new CommandDefinition(CreateTable, cancellationToken: ct)).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<int>(new CommandDefinition(Applied, cancellationToken: ct)).ConfigureAwait(false)).ToHashSet();
        var count = 0;
        foreach (var (version, name, sql) in list.Where(m => !applied.Contains(m.Version) && (upTo is null || m.Version <= upTo)))
        {
            await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(Record, new { Version = version, Name = name, At = now() }, tx, cancellationToken: ct)).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            count++;
        }
        return count;
    }

    /// <summary>The versions applied to a store.</summary>
    public static async Task<IReadOnlyList<int>> AppliedAsync(Database database, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(CreateTable, cancellationToken: ct)).ConfigureAwait(false);
        return [.. (await connection.QueryAsync<int>(new CommandDefinition(Applied + " ORDER BY version", cancellationToken: ct)).ConfigureAwait(false))];
    }

    private static List<(int, string, string)> Load(string prefix)
    {
        var assembly = Assembly.GetExecutingAssembly();
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^".sql".Length];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (int.Parse(file[..4], CultureInfo.InvariantCulture), file[5..], reader.ReadToEnd());
            })
            .OrderBy(m => m.Item1)];
    }
}
