using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Scoring.Api.Storage;

/// <summary>Sign-in tokens: only their SHA-256 is stored; lookups compare hashes in constant time.</summary>
public sealed class TokenStore(Database database)
{
    private const string Insert = """
        INSERT INTO tokens (name, role, agency_code, hash, created_at, created_by, expires_at, request_key)
        VALUES (@Name, @Role, @Agency, @Hash, @At, @Actor, @Expires, @Key)
        """;

    private const string Find =
        "SELECT name, role, agency_code AS AgencyCode, hash FROM tokens WHERE hash = @Hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > @Now)";

    private const string Count = "SELECT COUNT(*) FROM tokens";

    // Codes issued under a one-time key are keyed "<key>#0", "<key>#1", ...: the first says the key was used.
    private const string KeyUsed = "SELECT COUNT(*) FROM tokens WHERE request_key = @Key || '#0'";

    private const string Select =
        "SELECT id AS Id, name AS Name, role AS Role, agency_code AS AgencyCode, created_at AS CreatedAt, created_by AS CreatedBy, revoked_at AS RevokedAt, "
        + "expires_at AS ExpiresAt FROM tokens";

    /// <summary>Creates a token and returns it; this is the only time it exists in clear.</summary>
    public async Task<string> CreateAsync(string name, string role, string? agency, string actor, CancellationToken ct) =>
        (await IssueAsync(name, role, agency, actor, ct).ConfigureAwait(false)).Token;

    /// <summary>Creates a token; returns its number and the token, the only time it exists in clear.</summary>
    public async Task<(long Id, string Token)> IssueAsync(string name, string role, string? agency, string actor, CancellationToken ct) =>
        (await IssueManyAsync([new CodeRequest(name, role, agency)], null, null, actor, ct).ConfigureAwait(false))[0];

    /// <summary>Creates codes in one transaction (all or none), each audited; returns their numbers and the codes, the only time they
    /// exist in clear. With a <paramref name="requestKey"/> (one per form shown), a second call with the same key issues nothing and
    /// returns an empty list.</summary>
    public async Task<IReadOnlyList<(long Id, string Token)>> IssueManyAsync(IReadOnlyList<CodeRequest> requests, DateTimeOffset? expires, string? requestKey,
        string actor, CancellationToken ct) =>
        await WriteTransaction.RunAsync(database, async (connection, tx) =>
        {
            if (requestKey is not null && await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                KeyUsed, new { Key = requestKey }, tx, cancellationToken: ct)).ConfigureAwait(false) > 0)
            {
                return (IReadOnlyList<(long, string)>)[];
            }
            var at = database.Now();
            var until = expires?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
            var issued = new List<(long, string)>();
            foreach (var (request, n) in requests.Select((r, n) => (r, n)))
            {
                var token = "sc_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
                var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(Insert + " RETURNING id", new
                {
                    request.Name, request.Role, Agency = request.AgencyCode, Hash = Hash(token), At = at, Actor = actor, Expires = until,
                    Key = requestKey is null ? null : $"{requestKey}#{n}",
                }, tx, cancellationToken: ct)).ConfigureAwait(false);
                await AuditLog.WriteAsync(connection, tx, at, actor, "token.create", request.AgencyCode, null,
                    $"Tạo mã đăng nhập số {id} \"{request.Name}\" ({Roles.Label(request.Role)})" + (until is null ? "" : $", hết hạn {until}"), ct).ConfigureAwait(false);
                issued.Add((id, token));
            }
            return issued;
        }, ct).ConfigureAwait(false);

    /// <summary>Whether codes were already issued under a form's or a request's one-time key.</summary>
    public async Task<bool> KeyUsedAsync(string requestKey, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(KeyUsed, new { Key = requestKey },
            cancellationToken: ct)).ConfigureAwait(false) > 0;
    }

    /// <summary>Who a token belongs to, or null (unknown or revoked).</summary>
    public async Task<SignedIn?> FindAsync(string token, CancellationToken ct)
    {
        if (token.Length is < 10 or > 200)
        {
            return null;
        }
        var hash = Hash(token);
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Find, new { Hash = hash, Now = database.Now() }, cancellationToken: ct))
            .ConfigureAwait(false);
        return row is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(row.Hash), Encoding.ASCII.GetBytes(hash))
            ? new SignedIn(row.Name, row.Role, row.AgencyCode)
            : null;
    }

    /// <summary>Every token (never the code: it is not stored), newest first.</summary>
    public async Task<IReadOnlyList<TokenInfo>> ListAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return [.. await connection.QueryAsync<TokenInfo>(new CommandDefinition(Select + " ORDER BY id DESC", cancellationToken: ct)).ConfigureAwait(false)];
    }

    /// <summary>Revokes a token (its sessions end with it); returns it, or null when there is no such token. Revoking twice changes nothing.</summary>
    public async Task<TokenInfo?> RevokeAsync(long id, string actor, string why, CancellationToken ct) =>
        await WriteTransaction.RunAsync(database, async (connection, tx) =>
        {
            var token = await connection.QuerySingleOrDefaultAsync<TokenInfo>(new CommandDefinition(Select + " WHERE id = @Id", new { Id = id }, tx, cancellationToken: ct))
                .ConfigureAwait(false);
            if (token is null || token.RevokedAt is not null)
            {
                return token;
            }
            var at = database.Now();
            await connection.ExecuteAsync(new CommandDefinition("UPDATE tokens SET revoked_at = @At WHERE id = @Id", new { At = at, Id = id }, tx, cancellationToken: ct))
                .ConfigureAwait(false);
            await AuditLog.WriteAsync(connection, tx, at, actor, "token.revoke", token.AgencyCode, null,
                $"Thu hồi mã đăng nhập số {id} \"{token.Name}\" ({Roles.Label(token.Role)}): {why}", ct).ConfigureAwait(false);
            return token with { RevokedAt = at };
        }, ct).ConfigureAwait(false);

    /// <summary>Whether any token exists (a first start has none).</summary>
    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Count, cancellationToken: ct)).ConfigureAwait(false) > 0;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private sealed class Row
    {
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string? AgencyCode { get; init; }
        public string Hash { get; init; } = "";
    }
}

/// <summary>A code to issue: who will hold it, the role, and the agency for an agency's code.</summary>
public sealed record CodeRequest(string Name, string Role, string? AgencyCode);

/// <summary>Who is signed in: a name, a role and, for an agency, its code.</summary>
public sealed record SignedIn(string Name, string Role, string? AgencyCode);

/// <summary>A sign-in code as listed: who holds it, with what role, who issued it and when, and whether it was revoked (never the code).</summary>
public sealed record TokenInfo
{
    /// <summary>Its number.</summary>
    public long Id { get; init; }

    /// <summary>Who holds it.</summary>
    public string Name { get; init; } = "";

    /// <summary>Its role.</summary>
    public string Role { get; init; } = "";

    /// <summary>The agency, for an agency's code.</summary>
    public string? AgencyCode { get; init; }

    /// <summary>When it was issued.</summary>
    public string CreatedAt { get; init; } = "";

    /// <summary>Who issued it.</summary>
    public string CreatedBy { get; init; } = "";

    /// <summary>When it was revoked, if it was.</summary>
    public string? RevokedAt { get; init; }

    /// <summary>When it stops signing in (UTC), if it has an end.</summary>
    public string? ExpiresAt { get; init; }
}
