using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Storage;

public sealed partial class SqliteSubmissionStore
{
    private const string LatestAccepted = """
        SELECT id, seq, answers_json AS AnswersJson FROM revisions WHERE submission_id = @Id AND accepted = 1 ORDER BY seq DESC LIMIT 1
        """;

    private const string CurrentAppraisals = """
        SELECT a.id, a.item_code AS ItemCode, a.points, a.reason FROM appraisals a
        WHERE a.submission_id = @Id AND a.id = (SELECT MAX(b.id) FROM appraisals b WHERE b.submission_id = a.submission_id AND b.item_code = a.item_code)
        """;

    private const string InsertAppraisal = """
        INSERT INTO appraisals (submission_id, item_code, points, reason, previous_id, appraised_at, appraised_by)
        VALUES (@SubmissionId, @ItemCode, @Points, @Reason, @PreviousId, @At, @Actor) RETURNING id
        """;

    /// <summary>The submission to appraise, its latest accepted answers and current appraisals, or why it cannot be appraised.</summary>
    private static async Task<(Target? Target, string? State, string? Refusal)> LoadTargetAsync(SqliteConnection c, SqliteTransaction tx, string agency, int year,
        CompiledCriteria criteria, CancellationToken ct)
    {
        var what = Describe(agency, year, criteria.Version.Id);
        var s = await FindAsync(c, tx, agency, year, criteria.Version.Id, ct).ConfigureAwait(false);
        if (s is null)
        {
            return (null, null, $"Chưa có {what}: không thẩm định được.");
        }
        if (!SubmissionStates.IsClosed(s.State))
        {
            return (null, s.State, $"Chưa khóa {what} (trạng thái: {SubmissionStates.Label(s.State)}): chỉ thẩm định bài nộp đã khóa.");
        }
        var revision = await c.QuerySingleAsync<RevisionRow>(new CommandDefinition(LatestAccepted, new { s.Id }, tx, cancellationToken: ct)).ConfigureAwait(false);
        var current = (await c.QueryAsync<AppraisalRow>(new CommandDefinition(CurrentAppraisals, new { s.Id }, tx, cancellationToken: ct)).ConfigureAwait(false))
            .ToDictionary(a => a.ItemCode, StringComparer.Ordinal);
        return (new Target(s, revision.Seq, SubmissionJson.Read(revision.AnswersJson!), current, criteria), s.State, null);
    }

    /// <summary>Inserts one appraisal change chained to the item's latest row, with its audit entry.</summary>
    private static async Task RecordAsync(SqliteConnection c, SqliteTransaction tx, Target t, string code, decimal? points, string reason,
        string at, string actor, string? source, CancellationToken ct)
    {
        t.Current.TryGetValue(code, out var before);
        var text = points is { } p ? Num.Invariant(p) : null;
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(InsertAppraisal, new
        {
            SubmissionId = t.Submission.Id, ItemCode = code, Points = text, Reason = reason.Trim(), PreviousId = before?.Id, At = at, Actor = actor,
        }, tx, cancellationToken: ct)).ConfigureAwait(false);
        t.Current[code] = new AppraisalRow { Id = id, ItemCode = code, Points = text, Reason = reason.Trim() };
        var was = before?.Points is { } b ? "điểm thẩm định " + Num.Vi(ParsePoints(b)) : "chưa thẩm định";
        var now = points is { } n ? "điểm thẩm định " + Num.Vi(n) : "xóa điểm thẩm định, trở lại điểm tự chấm";
        var self = t.SelfPoints(code) is { } sp ? Num.Vi(sp) : "không có";
        var detail = $"Thẩm định tiêu chí {code} của {Describe(t.Submission.AgencyCode, (int)t.Submission.Year, t.Submission.CriteriaId)} "
            + $"(điểm tự chấm {self}, lần nộp {t.Seq}): {was} → {now}. Lý do: {reason.Trim()}{(source is null ? "" : $" (từ bảng thẩm định {source})")}";
        await AuditLog.WriteAsync(c, tx, at, actor, points is null ? "appraisal.clear" : "appraisal.set", t.Submission.AgencyCode, null, detail, ct).ConfigureAwait(false);
    }

    /// <summary>Moves a locked submission to appraised after its first change.</summary>
    private static async Task MarkAppraisedAsync(SqliteConnection c, SqliteTransaction tx, Target t, string at, string actor, CancellationToken ct)
    {
        if (t.Submission.State == SubmissionStates.Locked)
        {
            await MoveAsync(c, tx, t.Submission, SubmissionStates.Appraised, at, actor, "Bắt đầu thẩm định", ct).ConfigureAwait(false);
        }
    }

    private static decimal ParsePoints(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A submission being appraised: its row, the seq and answers of its latest accepted revision, and the current change per item.</summary>
    private sealed class Target(SubmissionRow submission, long seq, Submission answers, Dictionary<string, AppraisalRow> current, CompiledCriteria criteria)
    {
        private Dictionary<string, decimal>? _self;

        public SubmissionRow Submission { get; } = submission;

        public long Seq { get; } = seq;

        public Submission Answers { get; } = answers;

        public Dictionary<string, AppraisalRow> Current { get; } = current;

        /// <summary>The self-score of an item (scored once, for audit details).</summary>
        public decimal? SelfPoints(string code)
        {
            _self ??= criteria.Scorer.Evaluate(Answers).Items.ToDictionary(i => i.Code, i => i.Points, StringComparer.Ordinal);
            return _self.TryGetValue(code, out var p) ? p : null;
        }
    }

    private sealed record RevisionRow
    {
        public long Id { get; init; }
        public long Seq { get; init; }
        public string? AnswersJson { get; init; }
    }

    private sealed record AppraisalRow
    {
        public long Id { get; init; }
        public string ItemCode { get; init; } = "";
        public string? Points { get; init; }
        public string Reason { get; init; } = "";
    }
}
