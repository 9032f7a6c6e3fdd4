using Xunit;

namespace Scoring.Api.Tests.Postgres;

/// <summary>One throwaway PostgreSQL cluster for a test class; each test makes a database of its own in it.</summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<PostgresCluster> _cluster = new(() => PostgresCluster.Start());
    private int _databases;

    /// <summary>A new, empty database of the cluster (started on first use).</summary>
    public string NewDatabase() => _cluster.Value.CreateDatabase($"scoring_{Interlocked.Increment(ref _databases)}");

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_cluster.IsValueCreated)
        {
            _cluster.Value.Dispose();
        }
    }
}

/// <summary>The test classes that share one PostgreSQL cluster (started once, stopped at the end).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL";
}
