using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Text;

namespace Scoring.Engine.Submissions;

/// <summary>Checks a submission against a criteria version and lists every problem, in Vietnamese, with where it is.</summary>
public static class SubmissionValidator
{
    /// <summary>The largest value an input of type Number may take (guards the arithmetic).</summary>
    public const decimal MaxNumber = 1_000_000_000m;

    /// <summary>Returns every problem found (empty when the submission can be scored).</summary>
    public static IReadOnlyList<Problem> Validate(CriteriaVersion version, Submission submission)
    {
        var problems = new List<Problem>();
        if (version.FindGroup(submission.GroupCode) is null)
        {
            var known = string.Join(", ", version.Groups.Select(g => g.Code));
            problems.Add(new Problem(submission.Where("group"), null,
                $"Khối \"{submission.GroupCode}\" không có trong bộ tiêu chí {version.Id}: cần một trong các khối {known}."));
            return problems;
        }
        if (submission.NotAssessedReason is not null)
        {
            return problems;
        }
        CheckAnswers(version, submission, problems);
        CheckInputs(version, submission, problems);
        CheckAppraisals(version, submission, problems);
        return problems;
    }

    private static void CheckAnswers(CriteriaVersion version, Submission submission, List<Problem> problems)
    {
        foreach (var code in submission.Answers.Keys.Where(c => version.FindItem(c) is null).Order(StringComparer.Ordinal))
        {
            problems.Add(new Problem(submission.Where(code), code, $"Mã tiêu chí \"{code}\" không có trong bộ tiêu chí {version.Id}."));
        }
        foreach (var item in version.AllItems)
        {
            var code = item.Code;
            var where = submission.Where(code);
            var applies = version.Applies(item, submission.GroupCode);
            if (!submission.Answers.TryGetValue(code, out var answer))
            {
                if (applies && item.Kind.TakesAnswer && !MayBeLeftEmpty(item))
                {
                    problems.Add(new Problem(where, code, $"Thiếu câu trả lời cho tiêu chí {code} \"{item.Title}\" ({item.Kind.Label})."));
                }
                continue;
            }
            if (!applies)
            {
                problems.Add(new Problem(where, code, $"Tiêu chí {code} không áp dụng cho khối {submission.GroupCode}: bỏ câu trả lời này."));
                continue;
            }
            if (item.AwardedBySuperior)
            {
                problems.Add(new Problem(where, code, $"Tiêu chí {code} \"{item.Title}\" do cấp trên đánh giá: đơn vị không tự chấm, bỏ câu trả lời này (cán bộ nhập điểm khi thẩm định)."));
                continue;
            }
            if (answer.NotApplicable)
            {
                if (!item.MayBeNotApplicable)
                {
                    problems.Add(new Problem(where, code, $"Tiêu chí {code} bắt buộc với mọi đơn vị trong khối: không được ghi \"không áp dụng\"."));
                }
                continue;
            }
            foreach (var message in item.Kind.Check(item, answer))
            {
                problems.Add(new Problem(where, code, message));
            }
            if (item.EvidenceRequired && item.Kind.TakesAnswer && ClaimsPoints(item, answer)
                && string.IsNullOrWhiteSpace(answer.Evidence) && string.IsNullOrWhiteSpace(answer.Explanation))
            {
                problems.Add(new Problem(submission.Where(code + "#evidence"), code, "Thiếu tài liệu kiểm chứng: cần ghi số, ký hiệu văn bản kiểm chứng, đính kèm tệp kiểm chứng cho tiêu chí này, hoặc giải trình lý do."));
            }
        }
    }

    private static void CheckAppraisals(CriteriaVersion version, Submission submission, List<Problem> problems)
    {
        foreach (var (code, appraisal) in (submission.Appraisals ?? new Dictionary<string, Appraisal>()).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var where = submission.Where(code + "#appraisal");
            var item = version.FindItem(code);
            if (item is null || !version.Applies(item, submission.GroupCode) || submission.Answers.GetValueOrDefault(code) is { NotApplicable: true })
            {
                problems.Add(new Problem(where, code, $"Không thể thẩm định tiêu chí {code}: tiêu chí không có hoặc không áp dụng cho đơn vị này."));
                continue;
            }
            if (appraisal.Points < 0m || appraisal.Points > item.Max)
            {
                problems.Add(new Problem(where, code, $"Điểm thẩm định {Num.Vi(appraisal.Points)} nằm ngoài khoảng cho phép: cần từ 0 đến {Num.Vi(item.Max)}."));
            }
            if (string.IsNullOrWhiteSpace(appraisal.Reason))
            {
                problems.Add(new Problem(submission.Where(code + "#reason"), code, "Thiếu lý do thẩm định: mỗi điểm thẩm định cần ghi lý do."));
            }
        }
    }

    /// <summary>Bonus and deduction items whose empty answer means zero may be left out, and items the superior level scores are
    /// never answered by the agency.</summary>
    public static bool MayBeLeftEmpty(Item item) =>
        item.AwardedBySuperior || (item.Role != ItemRole.Tree && item.Kind is CountKind or YesNoKind or JudgmentKind);

    private static bool ClaimsPoints(Item item, Answer answer) =>
        item.Kind is DeductPerKind or LevelsKind || answer.Value is > 0m;

    private static void CheckInputs(CriteriaVersion version, Submission submission, List<Problem> problems)
    {
        foreach (var code in submission.Inputs.Keys.Where(c => version.Inputs.All(i => i.Code != c)).Order(StringComparer.Ordinal))
        {
            problems.Add(new Problem(submission.Where(code), code, $"Số liệu \"{code}\" không có trong bộ tiêu chí {version.Id}."));
        }
        foreach (var input in version.Inputs)
        {
            var code = input.Code;
            var where = submission.Where(code);
            if (!submission.Inputs.TryGetValue(code, out var value))
            {
                if (input.Default is null)
                {
                    problems.Add(new Problem(where, code, $"Thiếu số liệu \"{input.Title}\" ({code})."));
                }
                continue;
            }
            var expected = input.Type switch
            {
                InputType.Count when value < 0m || value != decimal.Truncate(value) || value > ItemKind.MaxCount =>
                    $"cần là số nguyên từ 0 đến {ItemKind.MaxCount}",
                InputType.Percent when value is < 0m or > 100m => "cần là tỷ lệ từ 0 đến 100",
                InputType.Boolean when value is not (0m or 1m) => "cần là Có hoặc Không",
                InputType.Number when value is < 0m or > MaxNumber => $"cần là số từ 0 đến {MaxNumber}",
                _ => null,
            };
            if (expected is not null)
            {
                problems.Add(new Problem(where, code, $"Số liệu \"{input.Title}\" có giá trị {Num.Vi(value)} không hợp lệ: {expected}."));
            }
        }
    }
}
