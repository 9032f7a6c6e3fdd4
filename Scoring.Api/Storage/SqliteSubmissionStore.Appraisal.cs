using Scoring.Api.Spreadsheets;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Storage;

public sealed partial class SqliteSubmissionStore
{
    /// <inheritdoc/>
    public async Task<StateChange> AppraiseAsync(string agency, int year, CompiledCriteria criteria, string itemCode, decimal? points, string reason,
        string actor, CancellationToken ct)
    {
        var frozen = await criteriaStore.FreezeAsync(criteria, actor, ct).ConfigureAwait(false);
        if (!frozen.Ok)
        {
            return new StateChange(false, null, frozen.Problem);
        }
        return await WriteTransaction.RunAsync(database, async (c, tx) =>
        {
            var (target, state, refusal) = await LoadTargetAsync(c, tx, agency, year, criteria, ct).ConfigureAwait(false);
            if (target is null)
            {
                return new StateChange(false, state, refusal);
            }
            var problem = AppraisalRules.Check(criteria.Version, target.Answers, itemCode, points, reason, target.Current.GetValueOrDefault(itemCode)?.Points is not null);
            if (problem is not null)
            {
                return new StateChange(false, target.Submission.State, problem);
            }
            var at = database.Now();
            await RecordAsync(c, tx, target, itemCode, points, reason, at, actor, null, ct).ConfigureAwait(false);
            await MarkAppraisedAsync(c, tx, target, at, actor, ct).ConfigureAwait(false);
            return new StateChange(true, SubmissionStates.Appraised, null);
        }, ct).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StateChange>> AppraiseWorkbookAsync(string agency, int year, CompiledCriteria criteria, byte[] bytes, string fileName,
        string actor, CancellationToken ct)
    {
        var frozen = await criteriaStore.FreezeAsync(criteria, actor, ct).ConfigureAwait(false);
        if (!frozen.Ok)
        {
            return [new StateChange(false, null, frozen.Problem)];
        }
        var registry = await agencyStore.CurrentAsync(ct).ConfigureAwait(false);
        var read = WorkbookReader.Read(bytes, fileName, criteria, registry);
        var problems = read.Problems.Select(p => p.ToString()).ToList();
        if (read.Stamp is { IsAppraisal: false })
        {
            problems.Insert(0, $"{fileName}: Tệp là bảng tự chấm điểm, không phải bảng thẩm định: hãy tạo bảng thẩm định của đơn vị (template --appraisal), nhập điểm và lý do thẩm định rồi nộp lại.");
        }
        if (read.Submission is { } parsed && parsed.AgencyCode != agency)
        {
            var (row, column) = TemplateLayout.AgencyCode;
            problems.Add($"{TemplateLayout.Where(fileName, row, column)}: Bảng thẩm định ghi mã đơn vị \"{parsed.AgencyCode}\", nhưng đang thẩm định đơn vị \"{agency}\".");
        }
        if (problems.Count > 0 || read.Submission is not { } workbook)
        {
            return [.. problems.Select(p => new StateChange(false, null, p))];
        }
        return await WriteTransaction.RunAsync(database, async (c, tx) =>
        {
            var (target, state, refusal) = await LoadTargetAsync(c, tx, agency, year, criteria, ct).ConfigureAwait(false);
            if (target is null)
            {
                return (IReadOnlyList<StateChange>)[new StateChange(false, state, refusal)];
            }
            var changes = (workbook.Appraisals ?? new Dictionary<string, Appraisal>())
                .Where(a => target.Current.GetValueOrDefault(a.Key) is not { Points: { } p } current || ParsePoints(p) != a.Value.Points || current.Reason != a.Value.Reason.Trim())
                .OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
            var errors = new List<string>();
            if (SubmissionJson.Write(workbook with { AgencyName = target.Answers.AgencyName }) != SubmissionJson.Write(target.Answers))
            {
                errors.Add($"{fileName}: Bảng thẩm định mang câu trả lời khác với lần nộp được nhận gần nhất (lần {target.Seq}): hãy tạo lại bảng thẩm định từ bài nộp đã khóa.");
            }
            foreach (var (code, appraisal) in changes)
            {
                if (AppraisalRules.Check(criteria.Version, target.Answers, code, appraisal.Points, appraisal.Reason, true) is { } problem)
                {
                    errors.Add($"{workbook.Where(code + "#appraisal")}: {problem}");
                }
            }
            if (errors.Count > 0)
            {
                return [.. errors.Select(e => new StateChange(false, target.Submission.State, e))];
            }
            var at = database.Now();
            foreach (var (code, appraisal) in changes)
            {
                await RecordAsync(c, tx, target, code, appraisal.Points, appraisal.Reason, at, actor, fileName, ct).ConfigureAwait(false);
            }
            if (changes.Count > 0)
            {
                await MarkAppraisedAsync(c, tx, target, at, actor, ct).ConfigureAwait(false);
            }
            return [.. changes.Select(_ => new StateChange(true, SubmissionStates.Appraised, null))];
        }, ct).ConfigureAwait(false);
    }
}
