using Scoring.Api.Storage;
using Scoring.Engine.Workflow;

namespace Scoring.Api.UseCases;

/// <summary>What a lock or reopen did: the gate as it now stands, and how many submissions changed state.</summary>
public sealed record LockReceipt(YearLock Gate, int Submissions);

/// <summary>Home Affairs locks a year's uploads under a version: from its commit on, no upload or withdrawal for that year is accepted
/// from anyone, and every submitted submission is locked with it, in the same transaction.</summary>
public sealed class LockYear(Store store)
{
    /// <summary>Locks, or says why not (already locked: who and when).</summary>
    public Task<Outcome<LockReceipt>> RunAsync(int year, string criteriaId, string actor, CancellationToken ct)
    {
        if (Years.Refuse(year) is { } bad)
        {
            return Task.FromResult(Outcome<LockReceipt>.Fail(OutcomeKind.Invalid, bad));
        }
        return store.WriteAsync(async w =>
        {
            var gate = await YearLockRows.GetAsync(w.Connection, w.Transaction, criteriaId, year, w.Ct).ConfigureAwait(false);
            if (LockPolicy.RefuseLock(gate) is { } refusal)
            {
                return Outcome<LockReceipt>.Fail(OutcomeKind.Conflict, refusal, value: new LockReceipt(gate, 0));
            }
            var now = await YearLockRows.AppendAsync(w, criteriaId, year, locked: true, actor, null).ConfigureAwait(false);
            var submitted = await SubmissionRows.InStateAsync(w, year, criteriaId, SubmissionState.Submitted).ConfigureAwait(false);
            foreach (var s in submitted)
            {
                await SubmissionRows.MoveAsync(w, s, SubmissionState.Locked, actor, "Khóa nộp bài của năm").ConfigureAwait(false);
                await w.AuditAsync(actor, "submission.lock", s.AgencyCode, null,
                    $"Khóa {Texts.Submission(s.AgencyCode, year, criteriaId)}: trạng thái đã nộp → đã khóa; không nhận thêm tệp.").ConfigureAwait(false);
            }
            await w.AuditAsync(actor, "year.lock", null, null,
                $"Khóa nộp bài năm {year}, bộ tiêu chí {criteriaId}: {submitted.Count} bài đã nộp được khóa; đơn vị chưa nộp hoặc đã rút được coi là chưa nộp.")
                .ConfigureAwait(false);
            return Outcome<LockReceipt>.Done(new LockReceipt(now, submitted.Count),
                $"Đã khóa nộp bài năm {year} (bộ tiêu chí {criteriaId}): {submitted.Count} bài đã nộp được khóa; từ nay không nhận thêm tệp, bài đã khóa sẵn sàng để thẩm định.");
        }, ct);
    }
}

/// <summary>Home Affairs reopens a locked year, with a reason: uploads are accepted again, and locked (not yet appraised)
/// submissions go back to submitted. Audited like every write.</summary>
public sealed class ReopenYear(Store store)
{
    /// <summary>Reopens, or says why not (not locked, no reason).</summary>
    public Task<Outcome<LockReceipt>> RunAsync(int year, string criteriaId, string? reason, string actor, CancellationToken ct) =>
        store.WriteAsync(async w =>
        {
            var gate = await YearLockRows.GetAsync(w.Connection, w.Transaction, criteriaId, year, w.Ct).ConfigureAwait(false);
            if (LockPolicy.RefuseReopen(gate, reason) is { } refusal)
            {
                return Outcome<LockReceipt>.Fail(string.IsNullOrWhiteSpace(reason) && gate.Locked ? OutcomeKind.Invalid : OutcomeKind.Conflict, refusal);
            }
            var why = reason!.Trim();
            var now = await YearLockRows.AppendAsync(w, criteriaId, year, locked: false, actor, why).ConfigureAwait(false);
            var locked = await SubmissionRows.InStateAsync(w, year, criteriaId, SubmissionState.Locked).ConfigureAwait(false);
            foreach (var s in locked)
            {
                await SubmissionRows.MoveAsync(w, s, SubmissionState.Submitted, actor, "Mở lại nộp bài: " + why).ConfigureAwait(false);
            }
            await w.AuditAsync(actor, "year.reopen", null, null,
                $"Mở lại nộp bài năm {year}, bộ tiêu chí {criteriaId}: {locked.Count} bài đã khóa trở lại đã nộp (bài đã thẩm định giữ nguyên). Lý do: {why}").ConfigureAwait(false);
            return Outcome<LockReceipt>.Done(new LockReceipt(now, locked.Count),
                $"Đã mở lại nộp bài năm {year} (bộ tiêu chí {criteriaId}): đơn vị nộp lại được cho đến khi khóa lần nữa.");
        }, ct);
}
