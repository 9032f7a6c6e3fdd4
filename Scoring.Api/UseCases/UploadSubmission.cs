using System.Security.Cryptography;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;
using Scoring.Engine.Workflow;
using Scoring.Rules.Compilation;

namespace Scoring.Api.UseCases;

/// <summary>What an upload stored: the revision, whether it was accepted (and late), and every problem.</summary>
public sealed record UploadReceipt(long RevisionId, int Seq, bool Accepted, bool Late, IReadOnlyList<Problem> Problems);

/// <summary>An agency's workbook uploaded for a year: read and checked, then kept as a new revision (accepted, or rejected with its
/// errors), unless the year is locked: then nothing is stored and the answer says who locked it and when.</summary>
public sealed class UploadSubmission(Store store, FrozenCriteria versions, RevisionQuota quota)
{
    /// <summary>The longest file name kept (longer names are cut, keeping the extension).</summary>
    public const int MaxFileName = 255;

    /// <summary>Reads, checks and stores one upload.</summary>
    public async Task<Outcome<UploadReceipt>> RunAsync(string agency, int year, CompiledCriteria criteria, byte[] bytes, string fileName, string actor,
        CancellationToken ct)
    {
        var version = criteria.Version;
        if ((Years.Refuse(year) ?? version.Identity.RefuseYear(year)) is { } badYear)
        {
            return Outcome<UploadReceipt>.Fail(OutcomeKind.Invalid, badYear);
        }
        var frozen = await versions.FreezeAsync(criteria, actor, ct).ConfigureAwait(false);
        if (!frozen.Ok)
        {
            return Outcome<UploadReceipt>.Fail(OutcomeKind.Conflict, frozen.Problem!);
        }
        var registry = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        if (!registry.ContainsKey(agency))
        {
            return Outcome<UploadReceipt>.Fail(OutcomeKind.NotFound,
                $"Mã đơn vị \"{agency}\" không có trong danh sách đơn vị: hãy kiểm tra lại mã, hoặc nhập danh sách đơn vị trước (agencies import).");
        }
        fileName = Cut(fileName);
        // Files attached to an item stand for its document reference when none is typed (the stored answers then name them).
        var attached = (await store.Evidence.ListAsync(agency, year, version.Id, ct).ConfigureAwait(false))
            .GroupBy(l => l.ItemCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => "Tệp đính kèm: " + string.Join(", ", g.Select(l => l.FileName).Distinct(StringComparer.Ordinal)), StringComparer.Ordinal);
        var (submission, problems) = AgencyWorkbook.Read(bytes, fileName, criteria, registry, agency, appraisal: false, attached);
        var now = store.Database.Clock.GetUtcNow();
        var late = UploadDeadline.IsLate(version.Uploads, year, now);
        if (late && version.Uploads.Late == LatePolicy.Refuse)
        {
            problems.Add(new Problem(fileName, null, UploadDeadline.Refusal(version, year, now)));
        }
        var accepted = problems.Count == 0 && submission is not null;
        // A file that is not a workbook at all (not even a zip) is kept as its hash, size, name and reason, not its bytes.
        var kept = UploadGuard.LooksLikeZip(bytes) ? bytes : [];
        var revision = new NewRevision(fileName, kept, Convert.ToHexStringLower(SHA256.HashData(bytes)), accepted, late,
            accepted ? SubmissionJson.Write(submission!) : null, accepted ? null : ProblemJson.Write(problems), actor, bytes.Length);
        return await store.WriteAsync(w => StoreAsync(w, agency, year, version.Id, revision, problems, quota), ct).ConfigureAwait(false);
    }

    /// <summary>A file name cut to <see cref="MaxFileName"/> characters, keeping a short extension.</summary>
    private static string Cut(string fileName)
    {
        if (fileName.Length <= MaxFileName)
        {
            return fileName;
        }
        var extension = Path.GetExtension(fileName);
        return extension.Length is > 0 and <= 16 ? fileName[..(MaxFileName - extension.Length - 1)] + "…" + extension : fileName[..(MaxFileName - 1)] + "…";
    }

    /// <summary>Inside the write lock: the gate first (so an upload that races the lock is either before it or refused), then the revision and the state.</summary>
    private static async Task<Outcome<UploadReceipt>> StoreAsync(StoreWrite w, string agency, int year, string criteriaId, NewRevision r, List<Problem> problems,
        RevisionQuota quota)
    {
        var gate = await YearLockRows.GetAsync(w.Connection, w.Transaction, criteriaId, year, w.Ct).ConfigureAwait(false);
        var submission = await SubmissionRows.FindAsync(w, agency, year, criteriaId).ConfigureAwait(false);
        if (LockPolicy.RefuseUpload(gate, submission?.State) is { } refusal)
        {
            return Outcome<UploadReceipt>.Fail(OutcomeKind.Conflict, refusal, [new Problem(r.FileName, null, refusal)]);
        }
        if (submission is not null && await RevisionRows.KeptAsync(w, submission.Id).ConfigureAwait(false) is var (count, keptBytes)
            && quota.Refuse(count, keptBytes, r.Bytes.Length, Texts.Submission(agency, year, criteriaId)) is { } full)
        {
            return Outcome<UploadReceipt>.Fail(OutcomeKind.Conflict, full, [new Problem(r.FileName, null, full)]);
        }
        submission ??= await SubmissionRows.CreateAsync(w, agency, year, criteriaId, r.Actor).ConfigureAwait(false);
        var (id, seq) = await RevisionRows.InsertAsync(w, submission.Id, r).ConfigureAwait(false);
        var before = submission.State;
        if (r.Accepted && before != SubmissionState.Submitted)
        {
            submission = await SubmissionRows.MoveAsync(w, submission, SubmissionState.Submitted, r.Actor, $"Lần nộp {seq} được nhận").ConfigureAwait(false);
        }
        var what = Texts.Submission(agency, year, criteriaId);
        var file = $"tệp {r.FileName} ({r.Size} byte, SHA-256 {r.Sha256[..12]}{(r.Bytes.Length == 0 && r.Size > 0 ? ", không phải sổ Excel nên không lưu nội dung" : "")})";
        var detail = r.Accepted
            ? $"Nộp lần {seq} {what}: {file} được nhận{(r.Late ? ", nộp muộn" : "")}; trạng thái {before.Label()} → {submission.State.Label()}."
            : $"Nộp lần {seq} {what}: {file} bị từ chối, {problems.Count} lỗi; lỗi đầu: {problems.FirstOrDefault()}";
        await w.AuditAsync(r.Actor, r.Accepted ? "submission.upload" : "submission.reject", agency, null, detail).ConfigureAwait(false);
        var receipt = new UploadReceipt(id, seq, r.Accepted, r.Late, problems);
        return r.Accepted
            ? Outcome<UploadReceipt>.Done(receipt, $"Đã nhận tệp {r.FileName}: lần nộp {seq} của đơn vị {agency}, năm {year}, bộ tiêu chí {criteriaId}"
                + (r.Late ? " (nộp muộn, sau hạn nộp)." : "."))
            : Outcome<UploadReceipt>.Fail(OutcomeKind.Rejected,
                $"Tệp {r.FileName} bị từ chối (lần nộp {seq}, tệp được lưu lại cùng {problems.Count} lỗi; sửa rồi nộp lại).", problems, receipt);
    }
}
