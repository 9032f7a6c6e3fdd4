using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Scoring.Api.Storage;

/// <summary>Sign-in sessions: a random id in the cookie, its SHA-256 in the store, the code it was opened with, when it was last seen and
/// whether it ended. A session is valid while it has not ended, its code is not revoked and it was seen within the idle limit.</summary>
public sealed class SessionStore(Database database)
{
    private const string Insert = "INSERT INTO sessions (hash, token_hash, created_at, seen_at) VALUES (@Hash, @Token, @At, @At)";

    private const string Find = """
        SELECT s.id, s.seen_at AS SeenAt, t.name, t.role, t.agency_code AS AgencyCode
        FROM sessions s JOIN tokens t ON t.hash = s.token_hash
        WHERE s.hash = @Hash AND s.ended_at IS NULL AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > @Now)
        """;

    /// <summary>Seen times are written at most this often (every request would otherwise write).</summary>
    private static readonly TimeSpan Touch = TimeSpan.FromMinutes(1);

    /// <summary>Opens a session for a valid code; returns the session id, the only time it exists in clear.</summary>
    public async Task<string> StartAsync(string token, CancellationToken ct)
    {
        var id = "ss_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        await WriteTransaction.RunAsync(database, async (connection, tx) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(Insert, new { Hash = Hash(id), Token = Hash(token), At = database.Now() }, tx, cancellationToken: ct))
                .ConfigureAwait(false);
            return 0;
        }, ct).ConfigureAwait(false);
        return id;
    }

    /// <summary>Who a session belongs to, or null (unknown, ended, idle longer than <paramref name="idle"/>, or its code revoked).</summary>
    public async Task<SignedIn?> FindAsync(string session, TimeSpan idle, CancellationToken ct)
    {
        if (session.Length is < 10 or > 200)
        {
            return null;
        }
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Find, new { Hash = Hash(session), Now = database.Now() }, cancellationToken: ct)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }
        var now = database.Clock.GetUtcNow();
        var seen = DateTimeOffset.Parse(row.SeenAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        if (now - seen > idle)
        {
            return null;
        }
        if (now - seen > Touch)
        {
            await connection.ExecuteAsync(new CommandDefinition("UPDATE sessions SET seen_at = @At WHERE id = @Id", new { At = database.Now(), row.Id }, cancellationToken: ct))
                .ConfigureAwait(false);
        }
        return new SignedIn(row.Name, row.Role, row.AgencyCode);
    }

    /// <summary>Ends a session (sign-out); an unknown one is ignored.</summary>
    public async Task EndAsync(string session, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE sessions SET ended_at = @At WHERE hash = @Hash AND ended_at IS NULL",
            new { At = database.Now(), Hash = Hash(session) }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed class Row
    {
        public long Id { get; init; }
        public string SeenAt { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string? AgencyCode { get; init; }
    }
}
