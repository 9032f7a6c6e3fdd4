using System.Data.Common;

namespace Scoring.Api.Storage;

/// <summary>One write transaction as repositories see it: the connection, the transaction (write lock held), its time and cancellation.</summary>
public sealed class StoreWrite(DbConnection connection, DbTransaction transaction, string at, CancellationToken ct)
{
    /// <summary>The connection.</summary>
    public DbConnection Connection { get; } = connection;

    /// <summary>The transaction; the write lock is held from its start.</summary>
    public DbTransaction Transaction { get; } = transaction;

    /// <summary>The time every row of this write carries (ISO 8601 UTC).</summary>
    public string At { get; } = at;

    /// <summary>The request's cancellation.</summary>
    public CancellationToken Ct { get; } = ct;

    /// <summary>Records an audit entry in this transaction.</summary>
    public Task AuditAsync(string actor, string action, string? agency, long? run, string detail) =>
        AuditLog.WriteAsync(Connection, Transaction, At, actor, action, agency, run, detail, Ct);
}
