using Scoring.Api.Storage;

namespace Scoring.Api.UseCases;

/// <summary>Someone signs in with a sign-in code: who it names (role, agency), or a refusal that says nothing about why a code fails.</summary>
public sealed class SignIn(Store store)
{
    /// <summary>The holder of a valid, unrevoked code, or a refusal.</summary>
    public async Task<Outcome<SignedIn>> RunAsync(string? token, CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(token) && await store.Tokens.FindAsync(token.Trim(), ct).ConfigureAwait(false) is { } who
            ? Outcome<SignedIn>.Done(who, $"Đã đăng nhập: {who.Name}.")
            : Outcome<SignedIn>.Fail(OutcomeKind.Rejected, "Mã đăng nhập không đúng hoặc đã bị thu hồi. Kiểm tra lại mã (phân biệt chữ hoa, chữ thường).");
}
