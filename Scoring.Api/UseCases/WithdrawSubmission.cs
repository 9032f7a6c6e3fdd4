using Scoring.Api.Storage;
using Scoring.Engine.Workflow;

namespace Scoring.Api.UseCases;

/// <summary>An agency withdraws its submitted submission before the lock; a later accepted upload submits it again.</summary>
public sealed class WithdrawSubmission(Store store)
{
    /// <summary>Withdraws, or says why not.</summary>
    public Task<Outcome<SubmissionState>> RunAsync(string agency, int year, string criteriaId, string actor, CancellationToken ct) =>
        store.WriteAsync(async w =>
        {
            var what = Texts.Submission(agency, year, criteriaId);
            var gate = await YearLockRows.GetAsync(w.Connection, w.Transaction, criteriaId, year, w.Ct).ConfigureAwait(false);
            var s = await SubmissionRows.FindAsync(w, agency, year, criteriaId).ConfigureAwait(false);
            if (LockPolicy.RefuseWithdraw(gate, s?.State, what) is { } refusal)
            {
                return Outcome<SubmissionState>.Fail(OutcomeKind.Conflict, refusal);
            }
            var latest = await RevisionRows.LatestAcceptedAsync(w, s!.Id).ConfigureAwait(false);
            await SubmissionRows.MoveAsync(w, s, SubmissionState.Withdrawn, actor, "Đơn vị rút bài nộp").ConfigureAwait(false);
            await w.AuditAsync(actor, "submission.withdraw", agency, null,
                $"Rút {what} (lần nộp được nhận gần nhất: {latest?.Seq}); trạng thái đã nộp → đã rút. Đơn vị có thể nộp lại trước khi khóa.").ConfigureAwait(false);
            return Outcome<SubmissionState>.Done(SubmissionState.Withdrawn,
                $"Đã rút bài nộp năm {year} của đơn vị {agency} (bộ tiêu chí {criteriaId}). Đơn vị có thể nộp lại trước khi khóa.");
        }, ct);
}
