using System.Security.Cryptography;
using Scoring.Api.Attachments;
using Scoring.Api.Storage;
using Scoring.Engine.Submissions;
using Scoring.Engine.Workflow;
using Scoring.Rules.Compilation;

namespace Scoring.Api.UseCases;

/// <summary>What attaching stored: the file's SHA-256 and type, and the items it now proves (those it proved already are not linked twice).</summary>
public sealed record EvidenceReceipt(string Sha256, string Kind, IReadOnlyList<string> Items, IReadOnlyList<string> AlreadyLinked);

/// <summary>An agency attaches an evidence file to one or more items of its submission, before the lock: the type read from the bytes, the
/// items checked against the version, the limits per file and per submission; the file kept once by its SHA-256 (never overwritten),
/// each link with who and when, and the audit log told. Nothing is stored when anything is wrong.</summary>
public sealed class AttachEvidence(Store store, FrozenCriteria versions, EvidenceLimits limits)
{
    /// <summary>Checks and stores one file for the items named.</summary>
    public async Task<Outcome<EvidenceReceipt>> RunAsync(string agency, int year, CompiledCriteria criteria, byte[] bytes, string fileName,
        IReadOnlyList<string> items, string actor, CancellationToken ct)
    {
        var version = criteria.Version;
        if ((Years.Refuse(year) ?? version.Identity.RefuseYear(year)) is { } badYear)
        {
            return Outcome<EvidenceReceipt>.Fail(OutcomeKind.Invalid, badYear);
        }
        var registry = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        if (registry.GetValueOrDefault(agency) is not { } info)
        {
            return Outcome<EvidenceReceipt>.Fail(OutcomeKind.NotFound, $"Mã đơn vị \"{agency}\" không có trong danh sách đơn vị.");
        }
        fileName = Path.GetFileName(fileName.Trim());
        fileName = fileName.Length > UploadSubmission.MaxFileName ? fileName[..(UploadSubmission.MaxFileName - 1)] + "…" : fileName;
        var codes = items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var problems = new List<Problem>();
        if (codes.Count == 0)
        {
            problems.Add(new Problem(fileName, null, "Chưa chọn tiêu chí mà tệp kiểm chứng chứng minh: hãy chọn ít nhất một tiêu chí."));
        }
        foreach (var code in codes)
        {
            if (version.FindItem(code) is not { } item)
            {
                problems.Add(new Problem(fileName, code, $"Mã tiêu chí \"{code}\" không có trong bộ tiêu chí {version.Id}."));
            }
            else if (!version.Applies(item, info.Group))
            {
                problems.Add(new Problem(fileName, code, $"Tiêu chí {code} không áp dụng cho khối của đơn vị {info.Name}."));
            }
        }
        var (kind, fileProblems) = EvidenceFiles.Identify(bytes, fileName, limits);
        problems.AddRange(fileProblems);
        if (problems.Count > 0 || kind is null)
        {
            return Outcome<EvidenceReceipt>.Fail(OutcomeKind.Invalid,
                $"Không đính kèm được tệp {(fileName.Length > 0 ? fileName : "(không tên)")}: {problems[0].Message}", problems);
        }
        var frozen = await versions.FreezeAsync(criteria, actor, ct).ConfigureAwait(false);
        if (!frozen.Ok)
        {
            return Outcome<EvidenceReceipt>.Fail(OutcomeKind.Conflict, frozen.Problem!);
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return await store.WriteAsync(w => StoreAsync(w, agency, year, version.Id, new NewEvidence(fileName, sha, kind, bytes, codes, actor)), ct)
            .ConfigureAwait(false);
    }

    private sealed record NewEvidence(string FileName, string Sha256, EvidenceKind Kind, byte[] Bytes, IReadOnlyList<string> Items, string Actor);

    // Inside the write lock: the same gate as an upload, then the quota, then the file and its links.
    private async Task<Outcome<EvidenceReceipt>> StoreAsync(StoreWrite w, string agency, int year, string criteriaId, NewEvidence e)
    {
        var gate = await YearLockRows.GetAsync(w.Connection, w.Transaction, criteriaId, year, w.Ct).ConfigureAwait(false);
        var submission = await SubmissionRows.FindAsync(w, agency, year, criteriaId).ConfigureAwait(false);
        if (LockPolicy.RefuseUpload(gate, submission?.State) is { } refusal)
        {
            return Outcome<EvidenceReceipt>.Fail(OutcomeKind.Conflict, refusal.Replace("không nhận thêm tệp", "không nhận thêm tệp kiểm chứng"));
        }
        if (submission is not null && !await EvidenceStore.LinkedAsync(w, submission.Id, e.Sha256).ConfigureAwait(false)
            && await EvidenceStore.StoredBytesAsync(w, submission.Id).ConfigureAwait(false) is var stored && stored + e.Bytes.LongLength > limits.MaxSubmissionBytes)
        {
            return Outcome<EvidenceReceipt>.Fail(OutcomeKind.Conflict,
                $"Đã đủ dung lượng tệp kiểm chứng của {Texts.Submission(agency, year, criteriaId)}: đã lưu {Spreadsheets.UploadMessages.Size(stored, up: true)}, "
                + $"thêm tệp {e.FileName} ({Spreadsheets.UploadMessages.Size(e.Bytes.LongLength, up: true)}) sẽ vượt giới hạn "
                + $"{Spreadsheets.UploadMessages.Size(limits.MaxSubmissionBytes, up: false)}. Hãy gộp hoặc nén bớt tài liệu.");
        }
        submission ??= await SubmissionRows.CreateAsync(w, agency, year, criteriaId, e.Actor).ConfigureAwait(false);
        await EvidenceStore.StoreFileAsync(w, e.Sha256, e.Kind.Code, e.Bytes, e.Actor).ConfigureAwait(false);
        var linked = new List<string>();
        var already = new List<string>();
        foreach (var item in e.Items)
        {
            (await EvidenceStore.LinkAsync(w, submission.Id, item, e.Sha256, e.FileName, e.Actor).ConfigureAwait(false) ? linked : already).Add(item);
        }
        var receipt = new EvidenceReceipt(e.Sha256, e.Kind.Code, linked, already);
        if (linked.Count == 0)
        {
            return Outcome<EvidenceReceipt>.Done(receipt, $"Tệp {e.FileName} đã được đính kèm cho {Items(already)} trước đó: không lưu lại lần nữa.");
        }
        await w.AuditAsync(e.Actor, "evidence.attach", agency, null,
            $"Đính kèm tệp kiểm chứng {e.FileName} ({e.Kind.Name}, {e.Bytes.LongLength} byte, SHA-256 {e.Sha256[..12]}) cho {Items(linked)}, {Texts.Submission(agency, year, criteriaId)}.")
            .ConfigureAwait(false);
        return Outcome<EvidenceReceipt>.Done(receipt, $"Đã đính kèm tệp {e.FileName} cho {Items(linked)}.");
    }

    private static string Items(List<string> codes) => (codes.Count == 1 ? "tiêu chí " : "các tiêu chí ") + string.Join(", ", codes);
}
