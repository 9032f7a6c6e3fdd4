using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Engine.Submissions;
using Scoring.Engine.Workflow;
using Scoring.Rules.Compilation;

namespace Scoring.Api.UseCases;

/// <summary>How many appraisal changes a workbook recorded.</summary>
public sealed record AppraisalReceipt(int Recorded, int Unchanged);

/// <summary>Every appraisal of an appraisal workbook, in one transaction: all are recorded, or none and every problem is listed with its cell.</summary>
public sealed class AppraiseWorkbook(Store store, FrozenCriteria versions)
{
    /// <summary>Reads the workbook, checks every change with the appraisal policy, and records them all or none.</summary>
    public async Task<Outcome<AppraisalReceipt>> RunAsync(string agency, int year, CompiledCriteria criteria, byte[] bytes, string fileName, string actor,
        CancellationToken ct)
    {
        var frozen = await versions.FreezeAsync(criteria, actor, ct).ConfigureAwait(false);
        if (!frozen.Ok)
        {
            return Outcome<AppraisalReceipt>.Fail(OutcomeKind.Conflict, frozen.Problem!);
        }
        var registry = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var (submission, problems) = AgencyWorkbook.Read(bytes, fileName, criteria, registry, agency, appraisal: true);
        if (problems.Count > 0 || submission is not { } workbook)
        {
            return Rejected(fileName, problems);
        }
        return await store.WriteAsync(async w =>
        {
            var (target, refusal) = await AppraisalTarget.LoadAsync<AppraisalReceipt>(w, agency, year, criteria).ConfigureAwait(false);
            if (target is null)
            {
                return refusal!;
            }
            if (SubmissionJson.Write(workbook with { AgencyName = target.Answers.AgencyName, Appraisals = null })
                != SubmissionJson.Write(target.Answers with { Appraisals = null }))
            {
                return Rejected(fileName, [new Problem(fileName, null,
                    $"Bảng thẩm định mang câu trả lời khác với lần nộp được nhận gần nhất (lần {target.Revision.Seq}): hãy tạo lại bảng thẩm định từ bài nộp đã khóa.")]);
            }
            var (recorded, unchanged, errors) = await target.ApplyAllAsync(w,
                (workbook.Appraisals ?? new Dictionary<string, Appraisal>()).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, (decimal?)a.Value.Points, (string?)a.Value.Reason)),
                code => workbook.Where(code + "#appraisal"), actor, fileName).ConfigureAwait(false);
            if (errors.Count > 0)
            {
                return Rejected(fileName, errors);
            }
            var receipt = new AppraisalReceipt(recorded, unchanged);
            return recorded == 0
                ? Outcome<AppraisalReceipt>.Unchanged(receipt, $"Bảng thẩm định {fileName} không có thay đổi nào so với điểm đang áp dụng: không ghi gì.")
                : Outcome<AppraisalReceipt>.Done(receipt, $"Đã ghi {recorded} điểm thẩm định từ bảng {fileName}"
                    + (unchanged > 0 ? $" ({unchanged} tiêu chí không đổi)." : "."));
        }, ct).ConfigureAwait(false);
    }

    private static Outcome<AppraisalReceipt> Rejected(string fileName, List<Problem> problems) =>
        Outcome<AppraisalReceipt>.Fail(OutcomeKind.Rejected, $"Bảng thẩm định {fileName} có {problems.Count} lỗi, chưa ghi điểm thẩm định nào.", problems);
}
