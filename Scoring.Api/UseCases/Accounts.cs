using Scoring.Api.Storage;

namespace Scoring.Api.UseCases;

/// <summary>A code just issued: who holds it, until when, and the code itself, shown this once.</summary>
public sealed record IssuedCode(long Id, string Name, string Role, string? AgencyCode, string Code, DateOnly? Expires = null);

/// <summary>Codes issued at once to the agencies of a group, and the agencies left out because they already hold a valid code.</summary>
public sealed record IssuedBatch(string Group, DateOnly? Expires, IReadOnlyList<IssuedCode> Codes, IReadOnlyList<string> Skipped);

/// <summary>Sign-in codes, issued and managed by an administrator: issue one (shown once), list them, revoke one (its sessions end), renew one
/// (revoke it and issue its holder a new one). Every change is audited.</summary>
public sealed class Accounts(Store store)
{
    /// <summary>Every code, newest first.</summary>
    public Task<IReadOnlyList<TokenInfo>> ListAsync(CancellationToken ct) => store.Tokens.ListAsync(ct);

    /// <summary>The agencies codes are issued to: those of the current registry still active today (not dissolved or merged away).</summary>
    public async Task<IReadOnlyList<Scoring.Engine.Registry.AgencyInfo>> AgenciesAsync(CancellationToken ct)
    {
        var today = VietnamDays.Today(store.Database.Clock);
        return [.. (await store.Agencies.CurrentAsync(ct).ConfigureAwait(false)).Values.Where(a => a.ActiveTo is null || a.ActiveTo >= today)
            .OrderBy(a => a.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ThenBy(a => a.Code, StringComparer.Ordinal)];
    }

    /// <summary>Issues a code for a person or an agency; <paramref name="expires"/> (dd/MM/yyyy or yyyy-MM-dd) is the last day it signs in.
    /// A form's one-time <paramref name="requestKey"/> makes a repeated post issue nothing.</summary>
    public async Task<Outcome<IssuedCode>> IssueAsync(string? name, string? role, string? agency, string actor, CancellationToken ct,
        string? expires = null, string? requestKey = null)
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
        var (until, wrong) = VietnamDays.Parse(expires, store.Database.Clock);
        if (wrong is not null)
        {
            return Outcome<IssuedCode>.Fail(OutcomeKind.Invalid, wrong);
        }
        var holder = new CodeRequest(name.Trim(), role, role == Roles.Agency ? agency : null);
        var issued = await store.Tokens.IssueManyAsync([holder], VietnamDays.End(until), requestKey, actor, ct).ConfigureAwait(false);
        if (issued.Count == 0)
        {
            return Outcome<IssuedCode>.Fail(OutcomeKind.Conflict, AlreadyIssued);
        }
        var (id, code) = issued[0];
        return Outcome<IssuedCode>.Done(new IssuedCode(id, holder.Name, role, holder.AgencyCode, code, until),
            $"Đã cấp mã đăng nhập số {id} cho {holder.Name} ({Roles.Label(role)}){VietnamDays.Words(until)}. Mã chỉ hiện một lần: hãy chuyển cho người giữ mã.");
    }

    /// <summary>Issues a code to every current agency of a group that holds no valid agency code (one transaction); the others are named
    /// as left out (renew theirs one by one).</summary>
    public async Task<Outcome<IssuedBatch>> IssueGroupAsync(string? group, string actor, CancellationToken ct, string? expires = null, string? requestKey = null)
    {
        var members = (await AgenciesAsync(ct).ConfigureAwait(false)).Where(a => a.Group == group?.Trim()).ToList();
        if (members.Count == 0)
        {
            return Outcome<IssuedBatch>.Fail(OutcomeKind.NotFound, $"Khối \"{group}\" không có đơn vị nào đang hoạt động trong danh sách đơn vị.");
        }
        var (until, wrong) = VietnamDays.Parse(expires, store.Database.Clock);
        if (wrong is not null)
        {
            return Outcome<IssuedBatch>.Fail(OutcomeKind.Invalid, wrong);
        }
        if (requestKey is not null && await store.Tokens.KeyUsedAsync(requestKey, ct).ConfigureAwait(false))
        {
            return Outcome<IssuedBatch>.Fail(OutcomeKind.Conflict, AlreadyIssued);
        }
        var now = store.Database.Now();
        var holding = (await store.Tokens.ListAsync(ct).ConfigureAwait(false))
            .Where(t => t.Role == Roles.Agency && t.RevokedAt is null && (t.ExpiresAt is null || string.CompareOrdinal(t.ExpiresAt, now) > 0))
            .Select(t => t.AgencyCode).ToHashSet(StringComparer.Ordinal);
        var missing = members.Where(a => !holding.Contains(a.Code)).ToList();
        var skipped = members.Where(a => holding.Contains(a.Code)).Select(a => a.Name).ToList();
        var issued = missing.Count == 0 ? [] : await store.Tokens.IssueManyAsync([.. missing.Select(a => new CodeRequest(a.Name, Roles.Agency, a.Code))],
            VietnamDays.End(until), requestKey, actor, ct).ConfigureAwait(false);
        if (missing.Count > 0 && issued.Count == 0)
        {
            return Outcome<IssuedBatch>.Fail(OutcomeKind.Conflict, AlreadyIssued);
        }
        var codes = missing.Zip(issued, (a, i) => new IssuedCode(i.Id, a.Name, Roles.Agency, a.Code, i.Token, until)).ToList();
        var batch = new IssuedBatch(group!.Trim(), until, codes, skipped);
        return Outcome<IssuedBatch>.Done(batch, $"Đã cấp {codes.Count} mã đăng nhập cho các đơn vị của khối{VietnamDays.Words(until)}"
            + (skipped.Count == 0 ? "." : $"; {skipped.Count} đơn vị đã có mã còn hiệu lực nên không cấp thêm ({string.Join(", ", skipped)}).")
            + (codes.Count == 0 ? "" : " Mã chỉ hiện một lần: hãy in phiếu giao mã ngay."));
    }

    private const string AlreadyIssued = "Biểu mẫu này đã được gửi và mã đã được cấp lần trước (mã chỉ hiện một lần nên không hiện lại). "
        + "Nếu chưa kịp lưu mã, hãy dùng \"Cấp lại\" ở dòng của mã đó.";

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

    /// <summary>Renews a code: revokes it (if not yet) and issues its holder a new one (shown once); a repeated form or request with the same
    /// <paramref name="requestKey"/> issues nothing more.</summary>
    public async Task<Outcome<IssuedCode>> RenewAsync(long id, string actor, CancellationToken ct, string? requestKey = null)
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
        // The new code keeps the old one's last day while that is still ahead.
        var keep = VietnamDays.DayOf(old.ExpiresAt) is { } day && VietnamDays.Parse(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            store.Database.Clock).Error is null ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        return await IssueAsync(old.Name, old.Role, old.AgencyCode, actor, ct, keep, requestKey).ConfigureAwait(false);
    }
}
