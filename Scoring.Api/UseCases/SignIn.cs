using Scoring.Api.Storage;

namespace Scoring.Api.UseCases;

/// <summary>A session opened on the pages: who signed in, and the session id the cookie carries (never the code).</summary>
public sealed record OpenedSession(SignedIn Who, string Session);

/// <summary>Someone signs in with a sign-in code: who it names (role, agency), or a refusal that says nothing about why a code fails.</summary>
public sealed class SignIn(Store store)
{
    private const string Refusal = "Mã đăng nhập không đúng hoặc đã bị thu hồi. Kiểm tra lại mã (phân biệt chữ hoa, chữ thường).";

    /// <summary>The holder of a valid, unrevoked code, or a refusal.</summary>
    public async Task<Outcome<SignedIn>> RunAsync(string? token, CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(token) && await store.Tokens.FindAsync(token.Trim(), ct).ConfigureAwait(false) is { } who
            ? Outcome<SignedIn>.Done(who, $"Đã đăng nhập: {who.Name}.")
            : Outcome<SignedIn>.Fail(OutcomeKind.Rejected, Refusal);

    /// <summary>Signs in on the pages: checks the code and opens a session for it.</summary>
    public async Task<Outcome<OpenedSession>> OpenAsync(string? token, CancellationToken ct)
    {
        var signIn = await RunAsync(token, ct).ConfigureAwait(false);
        if (signIn.Value is not { } who)
        {
            return Outcome<OpenedSession>.Fail(OutcomeKind.Rejected, Refusal);
        }
        var session = await store.Sessions.StartAsync(token!.Trim(), ct).ConfigureAwait(false);
        return Outcome<OpenedSession>.Done(new OpenedSession(who, session), signIn.Message);
    }

    /// <summary>Signs out: the session ends on the server, so a copy of the cookie no longer signs anyone in.</summary>
    public Task CloseAsync(string? session, CancellationToken ct) =>
        string.IsNullOrEmpty(session) ? Task.CompletedTask : store.Sessions.EndAsync(session, ct);
}
