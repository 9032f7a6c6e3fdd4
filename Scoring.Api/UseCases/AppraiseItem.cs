using Scoring.Api.Storage;
using Scoring.Engine.Text;
using Scoring.Engine.Workflow;
using Scoring.Rules.Compilation;

namespace Scoring.Api.UseCases;

/// <summary>The appraisal team sets (or clears) one item's points with a reason, on a locked submission, within what the item can give;
/// the value before is kept; a value already in force is not recorded again.</summary>
public sealed class AppraiseItem(Store store, FrozenCriteria versions)
{
    /// <summary>Records the change, or says why not.</summary>
    public async Task<Outcome<SubmissionState>> RunAsync(string agency, int year, CompiledCriteria criteria, string itemCode, decimal? points, string? reason,
        string actor, CancellationToken ct)
    {
        var frozen = await versions.FreezeAsync(criteria, actor, ct).ConfigureAwait(false);
        if (!frozen.Ok)
        {
            return Outcome<SubmissionState>.Fail(OutcomeKind.Conflict, frozen.Problem!);
        }
        return await store.WriteAsync(async w =>
        {
            var (target, refusal) = await AppraisalTarget.LoadAsync<SubmissionState>(w, agency, year, criteria).ConfigureAwait(false);
            if (target is null)
            {
                return refusal!;
            }
            var decision = target.Decide(itemCode, points, reason);
            var value = points is { } v ? $"{Num.Vi(v)} điểm" : "xóa điểm thẩm định";
            switch (decision.Action)
            {
                case AppraisalAction.Refuse:
                    return Outcome<SubmissionState>.Fail(OutcomeKind.Rejected, decision.Problem!,
                        [new Engine.Submissions.Problem($"tiêu chí {itemCode}", itemCode, decision.Problem!)], target.Submission.State);
                case AppraisalAction.Unchanged:
                    return Outcome<SubmissionState>.Unchanged(target.Submission.State,
                        $"Tiêu chí {itemCode} đã có {value} đang áp dụng: không ghi thêm thay đổi nào.");
                default:
                    await target.RecordAsync(w, itemCode, points, reason!, actor, null).ConfigureAwait(false);
                    return Outcome<SubmissionState>.Done(target.Submission.State,
                        $"Đã ghi thẩm định tiêu chí {itemCode} của đơn vị {agency}: " + (points is { } p ? $"{Num.Vi(p)} điểm." : "xóa điểm thẩm định, trở lại điểm tự chấm."));
            }
        }, ct).ConfigureAwait(false);
    }
}
