using Scoring.Api.Storage;

namespace Scoring.Api.UseCases;

/// <summary>A code just issued: who holds it, and the code itself, shown this once.</summary>
public sealed record IssuedCode(long Id, string Name, string Role, string? AgencyCode, string Code);

/// <summary>Sign-in codes, issued and managed by an administrator: issue one (shown once), list them, revoke one (its sessions end), renew one
/// (revoke it and issue its holder a new one). Every change is audited.</summary>
public sealed class Accounts(Store store)
{
    /// <summary>Every code, newest first.</summary>
    public Task<IReadOnlyList<TokenInfo>> ListAsync(CancellationToken ct) => store.Tokens.ListAsync(ct);

    /// <summary>Issues a code for a person or an agency.</summary>
    public async Task<Outcome<IssuedCode>> IssueAsync(string? name, string? role, string? agency, string actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            return Outcome<IssuedCode>.Fail(OutcomeKind.Invalid, "Thiếu tên người (hoặc đơn vị) giữ mã, hoặc tên dài quá 200 ký tự.");
        }
        if (role is null || !Roles.All.Contains(role))
        {
            return Outcome<IssuedCode>.Fail(OutcomeKind.Invalid,
                $"Vai trò \"{role}\" không có: cần một trong {string.Join(", ", Roles.All.Select(r => $"{r} ({Roles.Label(r)})"))}.");
        }
        if (role == Roles.Agency && string.IsNullOrWhiteSpace(agency))
        {
            return Outcome<IssuedCode>.Fail(OutcomeKind.Invalid, "Mã của một đơn vị cần mã đơn vị (agency).");
        }
        if (role != Roles.Agency && !string.IsNullOrWhiteSpace(agency))
        {
            return Outcome<IssuedCode>.Fail(OutcomeKind.Invalid, $"Chỉ mã của vai trò đơn vị mới gắn với một đơn vị; vai trò {Roles.Label(role)} thì bỏ mã đơn vị.");
        }
        if (role == Roles.Agency && !(await store.Agencies.CurrentAsync(ct).ConfigureAwait(false)).ContainsKey(agency!))
        {
            return Outcome<IssuedCode>.Fail(OutcomeKind.NotFound, $"Mã đơn vị \"{agency}\" không có trong danh sách đơn vị.");
        }
        var (id, code) = await store.Tokens.IssueAsync(name.Trim(), role, role == Roles.Agency ? agency : null, actor, ct).ConfigureAwait(false);
        return Outcome<IssuedCode>.Done(new IssuedCode(id, name.Trim(), role, role == Roles.Agency ? agency : null, code),
            $"Đã cấp mã đăng nhập số {id} cho {name.Trim()} ({Roles.Label(role)}). Mã chỉ hiện một lần: hãy chuyển cho người giữ mã.");
    }

    /// <summary>Revokes a code: it no longer signs in, and every session opened with it ends.</summary>
    public async Task<Outcome<TokenInfo>> RevokeAsync(long id, string? why, string actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(why))
        {
            return Outcome<TokenInfo>.Fail(OutcomeKind.Invalid, $"Cần ghi lý do thu hồi mã đăng nhập số {id}.");
        }
        return await store.Tokens.RevokeAsync(id, actor, why.Trim(), ct).ConfigureAwait(false) is { } token
            ? Outcome<TokenInfo>.Done(token, $"Đã thu hồi mã đăng nhập số {id} của {token.Name}: mã này không đăng nhập được nữa.")
            : Outcome<TokenInfo>.Fail(OutcomeKind.NotFound, $"Không có mã đăng nhập số {id}.");
    }

    /// <summary>Renews a code: revokes it and issues its holder a new one (shown once).</summary>
    public async Task<Outcome<IssuedCode>> RenewAsync(long id, string actor, CancellationToken ct)
    {
        if ((await store.Tokens.ListAsync(ct).ConfigureAwait(false)).FirstOrDefault(t => t.Id == id) is not { } old)
        {
            return Outcome<IssuedCode>.Fail(OutcomeKind.NotFound, $"Không có mã đăng nhập số {id}.");
        }
        var revoked = await RevokeAsync(id, "cấp mã mới thay thế", actor, ct).ConfigureAwait(false);
        if (!revoked.Ok)
        {
            return Outcome<IssuedCode>.Fail(revoked.Kind, revoked.Message);
        }
        return await IssueAsync(old.Name, old.Role, old.AgencyCode, actor, ct).ConfigureAwait(false);
    }
}
