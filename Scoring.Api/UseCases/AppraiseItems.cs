using Scoring.Api.Storage;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;
using Scoring.Rules.Compilation;

namespace Scoring.Api.UseCases;

/// <summary>One item's change as a person typed it on the appraisal page: the points (empty: clear the appraisal, back to the self-score,
/// or no points yet from the superior level) and the reason.</summary>
public sealed record TypedAppraisal(string Item, string? Points, string? Reason);

/// <summary>Several items appraised at once, as typed on the appraisal page: every number and every change is checked first, then all are
/// recorded in one transaction or none, each problem naming its item.</summary>
public sealed class AppraiseItems(Store store, FrozenCriteria versions)
{
    /// <summary>Records the changes, or says for each item why not.</summary>
    public async Task<Outcome<AppraisalReceipt>> RunAsync(string agency, int year, CompiledCriteria criteria, IReadOnlyList<TypedAppraisal> changes, string actor,
        CancellationToken ct)
    {
        var parsed = new List<(string Code, decimal? Points, string? Reason)>();
        var problems = new List<Problem>();
        foreach (var change in changes)
        {
            var text = change.Points?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                parsed.Add((change.Item, null, change.Reason));
            }
            else if (AnswerText.TryParseNumber(text, out var points))
            {
                parsed.Add((change.Item, points, change.Reason));
            }
            else
            {
                problems.Add(new Problem(Where(change.Item), change.Item, $"Điểm thẩm định tiêu chí {change.Item} là \"{text}\", không phải một số (ví dụ 3,5)."));
            }
        }
        if (problems.Count > 0)
        {
            return Rejected(problems);
        }
        if (parsed.Count == 0)
        {
            return Outcome<AppraisalReceipt>.Unchanged(new AppraisalReceipt(0, 0), "Không có thay đổi nào để ghi: hãy nhập điểm thẩm định và lý do ở dòng cần thẩm định.");
        }
        var frozen = await versions.FreezeAsync(criteria, actor, ct).ConfigureAwait(false);
        if (!frozen.Ok)
        {
            return Outcome<AppraisalReceipt>.Fail(OutcomeKind.Conflict, frozen.Problem!);
        }
        return await store.WriteAsync(async w =>
        {
            var (target, refusal) = await AppraisalTarget.LoadAsync<AppraisalReceipt>(w, agency, year, criteria).ConfigureAwait(false);
            if (target is null)
            {
                return refusal!;
            }
            var (recorded, unchanged, errors) = await target.ApplyAllAsync(w, parsed, Where, actor, null).ConfigureAwait(false);
            if (errors.Count > 0)
            {
                return Rejected(errors);
            }
            var receipt = new AppraisalReceipt(recorded, unchanged);
            return recorded == 0
                ? Outcome<AppraisalReceipt>.Unchanged(receipt, "Các điểm nhập đã đang áp dụng: không ghi thêm thay đổi nào.")
                : Outcome<AppraisalReceipt>.Done(receipt, $"Đã ghi {recorded} điểm thẩm định của đơn vị {agency}" + (unchanged > 0 ? $" ({unchanged} tiêu chí không đổi)." : "."));
        }, ct).ConfigureAwait(false);
    }

    private static string Where(string code) => $"tiêu chí {code}";

    private static Outcome<AppraisalReceipt> Rejected(List<Problem> problems) =>
        Outcome<AppraisalReceipt>.Fail(OutcomeKind.Rejected, $"Có {problems.Count} lỗi, chưa ghi điểm thẩm định nào: hãy sửa các dòng được đánh dấu rồi ghi lại.", problems);
}
