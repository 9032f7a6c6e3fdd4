using Dapper;

namespace Scoring.Api.Storage;

public sealed partial class SqliteSubmissionStore
{
    private const string Submitted = """
        SELECT id, agency_code AS AgencyCode, year, criteria_id AS CriteriaId, state
        FROM submissions WHERE year = @Year AND criteria_id = @CriteriaId AND state = 'submitted' ORDER BY agency_code
        """;

    private const string LatestAcceptedSeq = "SELECT MAX(seq) FROM revisions WHERE submission_id = @Id AND accepted = 1";

    /// <inheritdoc/>
    public Task<StateChange> WithdrawAsync(string agency, int year, string criteriaId, string actor, CancellationToken ct) =>
        WriteTransaction.RunAsync(database, async (c, tx) =>
        {
            var what = Describe(agency, year, criteriaId);
            var s = await FindAsync(c, tx, agency, year, criteriaId, ct).ConfigureAwait(false);
            var refusal = s?.State switch
            {
                null => $"Chưa có {what}: không có gì để rút.",
                SubmissionStates.Draft => $"Chưa có tệp nào được nhận trong {what} (chỉ có tệp bị từ chối): không có gì để rút.",
                SubmissionStates.Withdrawn => $"Đã rút {what} trước đó: không cần rút lại.",
                SubmissionStates.Locked or SubmissionStates.Appraised =>
                    $"Đã khóa {what} (trạng thái: {SubmissionStates.Label(s.State)}): không rút được sau khi khóa.",
                _ => null,
            };
            if (refusal is not null)
            {
                return new StateChange(false, s?.State, refusal);
            }
            var at = database.Now();
            var seq = await c.ExecuteScalarAsync<long?>(new CommandDefinition(LatestAcceptedSeq, new { s!.Id }, tx, cancellationToken: ct)).ConfigureAwait(false);
            await MoveAsync(c, tx, s, SubmissionStates.Withdrawn, at, actor, "Đơn vị rút bài nộp", ct).ConfigureAwait(false);
            await AuditLog.WriteAsync(c, tx, at, actor, "submission.withdraw", agency, null,
                $"Rút {what} (lần nộp được nhận gần nhất: {seq}); trạng thái đã nộp → đã rút. Đơn vị có thể nộp lại trước khi khóa.", ct).ConfigureAwait(false);
            return new StateChange(true, SubmissionStates.Withdrawn, null);
        }, ct);

    /// <inheritdoc/>
    public Task<int> LockAsync(int year, string criteriaId, string actor, CancellationToken ct) =>
        WriteTransaction.RunAsync(database, async (c, tx) =>
        {
            var at = database.Now();
            var submitted = (await c.QueryAsync<SubmissionRow>(new CommandDefinition(Submitted, new { Year = year, CriteriaId = criteriaId }, tx, cancellationToken: ct))
                .ConfigureAwait(false)).ToList();
            foreach (var s in submitted)
            {
                await MoveAsync(c, tx, s, SubmissionStates.Locked, at, actor, "Khóa bài nộp theo hạn", ct).ConfigureAwait(false);
                await AuditLog.WriteAsync(c, tx, at, actor, "submission.lock", s.AgencyCode, null,
                    $"Khóa {Describe(s.AgencyCode, year, criteriaId)}: trạng thái đã nộp → đã khóa; không nhận thêm tệp.", ct).ConfigureAwait(false);
            }
            await AuditLog.WriteAsync(c, tx, at, actor, "submission.lock", null, null,
                $"Khóa các bài nộp năm {year}, bộ tiêu chí {criteriaId}: {submitted.Count} bài đã nộp được khóa; đơn vị chưa nộp hoặc đã rút được coi là chưa nộp.", ct)
                .ConfigureAwait(false);
            return submitted.Count;
        }, ct);
}
