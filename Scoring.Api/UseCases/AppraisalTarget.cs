using Scoring.Api.Storage;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;
using Scoring.Engine.Workflow;
using Scoring.Rules.Compilation;

namespace Scoring.Api.UseCases;

/// <summary>A submission being appraised, loaded in the write transaction: its row, latest accepted answers and the change in force per item.</summary>
internal sealed class AppraisalTarget
{
    private Dictionary<string, decimal>? _self;

    private AppraisalTarget(SubmissionRow submission, AcceptedRevision revision, Submission answers, Dictionary<string, CurrentAppraisal> current, CompiledCriteria criteria)
    {
        Submission = submission;
        Revision = revision;
        Answers = answers;
        Current = current;
        Criteria = criteria;
    }

    public SubmissionRow Submission { get; private set; }

    public AcceptedRevision Revision { get; }

    public Submission Answers { get; }

    public Dictionary<string, CurrentAppraisal> Current { get; }

    public CompiledCriteria Criteria { get; }

    /// <summary>The target, or the refusal: no submission, or one that is not locked.</summary>
    public static async Task<(AppraisalTarget? Target, Outcome<T>? Refusal)> LoadAsync<T>(StoreWrite w, string agency, int year, CompiledCriteria criteria)
    {
        var what = Texts.Submission(agency, year, criteria.Version.Id);
        var s = await SubmissionRows.FindAsync(w, agency, year, criteria.Version.Id).ConfigureAwait(false);
        if (s is null)
        {
            return (null, Outcome<T>.Fail(OutcomeKind.NotFound, $"Chưa có {what}: không thẩm định được."));
        }
        if (!s.State.IsClosed())
        {
            return (null, Outcome<T>.Fail(OutcomeKind.Conflict, $"Chưa khóa {what} (trạng thái: {s.State.Label()}): chỉ thẩm định bài nộp đã khóa."));
        }
        var revision = await RevisionRows.LatestAcceptedAsync(w, s.Id).ConfigureAwait(false)
            ?? throw new StoreIntegrityException($"A closed submission has no accepted revision. Submission={s.Id}");
        var current = await AppraisalRows.CurrentAsync(w, s.Id).ConfigureAwait(false);
        return (new AppraisalTarget(s, revision, SubmissionJson.Read(revision.AnswersJson), current, criteria), null);
    }

    /// <summary>The change in force for an item, as the policy reads it (null when none, or cleared).</summary>
    public Appraisal? InForce(string code) => Current.GetValueOrDefault(code) is { Points: { } p } c ? new Appraisal(p, c.Reason) : null;

    /// <summary>The self-score of an item (scored once).</summary>
    public decimal? SelfPoints(string code)
    {
        // An item the superior level scores has no self-score unless the agency answered it before such items were taken out of its answers.
        _self ??= Criteria.Scorer.Evaluate(Answers with { Appraisals = null }).Items
            .Where(i => !i.AwardedBySuperior || Answers.Answers.ContainsKey(i.Code))
            .ToDictionary(i => i.Code, i => i.Points, StringComparer.Ordinal);
        return _self.TryGetValue(code, out var p) ? p : null;
    }

    /// <summary>The policy's decision on one change.</summary>
    public AppraisalDecision Decide(string code, decimal? points, string? reason) =>
        AppraisalPolicy.Decide(Criteria.Version, Submission.State, Answers, code, points, reason, InForce(code), SelfPoints(code));

    /// <summary>Records one change chained to the item's latest row, with its audit entry; moves a locked submission to appraised.</summary>
    public async Task RecordAsync(StoreWrite w, string code, decimal? points, string reason, string actor, string? source)
    {
        Current.TryGetValue(code, out var before);
        var text = reason.Trim();
        var id = await AppraisalRows.InsertAsync(w, Submission.Id, code, points, text, before?.Id, actor).ConfigureAwait(false);
        Current[code] = new CurrentAppraisal(id, code, points, text);
        var superior = Criteria.Version.FindItem(code) is { AwardedBySuperior: true };
        var what = superior ? "điểm do cấp trên đánh giá " : "điểm thẩm định ";
        var was = before?.Points is { } b ? what + Num.Vi(b) : superior ? "chưa có điểm của cấp trên" : "chưa thẩm định";
        var now = points is { } n ? what + Num.Vi(n) : superior ? "xóa điểm do cấp trên đánh giá" : "xóa điểm thẩm định, trở lại điểm tự chấm";
        var self = SelfPoints(code) is { } sp ? "điểm tự chấm " + Num.Vi(sp) : superior ? "đơn vị không tự chấm" : "điểm tự chấm không có";
        var detail = $"Thẩm định tiêu chí {code} của {Texts.Submission(Submission.AgencyCode, Submission.Year, Submission.CriteriaId)} "
            + $"({self}, lần nộp {Revision.Seq}): {was} → {now}. Lý do: {text}{(source is null ? "" : $" (từ bảng thẩm định {source})")}";
        await w.AuditAsync(actor, points is null ? "appraisal.clear" : "appraisal.set", Submission.AgencyCode, null, detail).ConfigureAwait(false);
        if (Submission.State == SubmissionState.Locked)
        {
            Submission = await SubmissionRows.MoveAsync(w, Submission, SubmissionState.Appraised, actor, "Bắt đầu thẩm định").ConfigureAwait(false);
        }
    }

    /// <summary>Decides every change, then records them all or none: when any is refused, nothing is recorded and every refusal is returned,
    /// placed by <paramref name="where"/>. Changes to the value already in force are counted, not recorded.</summary>
    public async Task<(int Recorded, int Unchanged, List<Engine.Submissions.Problem> Errors)> ApplyAllAsync(StoreWrite w,
        IEnumerable<(string Code, decimal? Points, string? Reason)> changes, Func<string, string> where, string actor, string? source)
    {
        var accepted = new List<(string Code, decimal? Points, string Reason)>();
        var errors = new List<Engine.Submissions.Problem>();
        var unchanged = 0;
        foreach (var (code, points, reason) in changes)
        {
            var decision = Decide(code, points, reason);
            switch (decision.Action)
            {
                case AppraisalAction.Refuse:
                    errors.Add(new Engine.Submissions.Problem(where(code), code, decision.Problem!));
                    break;
                case AppraisalAction.Unchanged:
                    unchanged++;
                    break;
                default:
                    accepted.Add((code, points, reason!));
                    break;
            }
        }
        if (errors.Count > 0)
        {
            return (0, unchanged, errors);
        }
        foreach (var (code, points, reason) in accepted)
        {
            await RecordAsync(w, code, points, reason, actor, source).ConfigureAwait(false);
        }
        return (accepted.Count, unchanged, errors);
    }
}
