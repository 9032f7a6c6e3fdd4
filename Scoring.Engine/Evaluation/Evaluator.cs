using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;

namespace Scoring.Engine.Evaluation;

/// <summary>The evaluation pipeline: binds a valid submission, runs the compiled rules, and totals, rescales, rounds and classifies.</summary>
public sealed class Evaluator
{
    private static readonly IReadOnlyList<ItemResult> NoItems = [];
    private static readonly IReadOnlyList<SectionResult> NoSections = [];
    private static readonly IReadOnlyList<AppliedCondition> NoConditions = [];
    private readonly CriteriaVersion _version;
    private readonly IRuleProgram _program;
    private readonly string[] _formulas;
    private readonly Dictionary<string, bool[]> _applies;
    private readonly bool[] _mayBeEmpty;
    private readonly int[] _inputSlots;
    private readonly SumOrder _order;

    /// <summary>Prepares evaluation of one version with its compiled rules.</summary>
    public Evaluator(CriteriaVersion version, IRuleProgram program)
    {
        _version = version;
        _program = program;
        _formulas = [.. version.AllItems.Select(i => i.Kind.Describe(i.Max))];
        _mayBeEmpty = [.. version.AllItems.Select(i => !i.Kind.TakesAnswer || SubmissionValidator.MayBeLeftEmpty(i))];
        _inputSlots = [.. version.Inputs.Select(i => program.Layout.InputSlot(i.Code))];
        _order = new SumOrder(version);
        _applies = version.Groups.ToDictionary(g => g.Code, g => version.AllItems.Select(i => version.Applies(i, g.Code)).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Scores a submission that passed <see cref="SubmissionValidator"/>.</summary>
    /// <exception cref="RuleEvaluationException">A rule threw; names the version, rule and agency.</exception>
    public AgencyResult Evaluate(Submission submission)
    {
        if (submission.NotAssessedReason is { } reason)
        {
            var none = new BlockResult(0m, 0m, 0m);
            return new AgencyResult(_version.Id, submission.AgencyCode, submission.AgencyName, submission.GroupCode,
                AgencyStatus.NotAssessed, reason, NoItems, NoSections, none, none, 0m, 0m, 0m, 0m, 0m, null, null, NoConditions);
        }
        // Each answer is looked up once: binding and explaining read the same array.
        var answers = new Answer?[_version.AllItems.Count];
        var sheet = Bind(submission, answers);
        Run(_program.ScoreItems, sheet, submission);
        var items = new ItemResult[sheet.On.Length];
        Settle(sheet, submission, answers, items, formulas: false);
        Run(_program.ScoreFormulas, sheet, submission);
        Settle(sheet, submission, answers, items, formulas: true);
        return Totals.Complete(_version, _order, submission, sheet, items, s => Run(_program.TestConditions, s, submission));
    }

    /// <summary>The fact sheet a valid submission is scored on: answers and inputs in their slots, items switched on where they apply.</summary>
    public FactSheet Bind(Submission submission) => Bind(submission, new Answer?[_version.AllItems.Count]);

    private FactSheet Bind(Submission submission, Answer?[] answers)
    {
        var layout = _program.Layout;
        var sheet = layout.NewSheet();
        var all = _version.AllItems;
        var applies = _applies[submission.GroupCode];
        for (var i = 0; i < all.Count; i++)
        {
            var item = all[i];
            var answer = answers[i] = submission.Answers.GetValueOrDefault(item.Code);
            sheet.Missing[i] = applies[i] && answer is null && !_mayBeEmpty[i];
            sheet.On[i] = applies[i] && answer is not { NotApplicable: true } && !sheet.Missing[i];
            if (sheet.On[i] && answer is not null)
            {
                item.Kind.Bind(answer, sheet.V, layout.AnswerSlots[i]);
            }
        }
        var inputs = _version.Inputs;
        for (var k = 0; k < inputs.Count; k++)
        {
            sheet.V[_inputSlots[k]] = submission.Inputs.TryGetValue(inputs[k].Code, out var v) ? v : inputs[k].Default ?? 0m;
        }
        return sheet;
    }

    private void Settle(FactSheet sheet, Submission submission, Answer?[] answers, ItemResult[] items, bool formulas)
    {
        var all = _version.AllItems;
        var rounding = _version.Rounding;
        for (var i = 0; i < all.Count; i++)
        {
            var item = all[i];
            if (item.Kind is FormulaKind != formulas)
            {
                continue;
            }
            var answer = answers[i];
            if (sheet.Missing[i])
            {
                items[i] = new ItemResult(item.Code, item.Title, item.Kind.Label, item.Role, item.SectionCode, true, null,
                    [], item.Max, 0m, 0m, item.RuleName, _formulas[i], "Không có câu trả lời: 0 điểm");
                continue;
            }
            if (!sheet.On[i])
            {
                var why = answer is { NotApplicable: true }
                    ? "Đơn vị không thuộc đối tượng áp dụng" + (answer.Explanation is { } e ? ": " + e : "")
                    : $"Không áp dụng cho khối {submission.GroupCode}";
                items[i] = new ItemResult(item.Code, item.Title, item.Kind.Label, item.Role, item.SectionCode, false, why,
                    [], item.Max, 0m, 0m, item.RuleName, _formulas[i], null);
                continue;
            }
            var raw = sheet.R[i];
            var kept = Math.Clamp(raw, 0m, item.Max);
            var points = Rounding.Apply(kept, rounding.ItemStep, rounding.Mode);
            sheet.P[i] = points;
            string? note = null;
            if (kept != raw)
            {
                note = $"Kết quả {Num.Vi(raw)} được giữ trong khoảng 0 đến {Num.Vi(item.Max)}";
            }
            if (points != kept)
            {
                note = (note is null ? "" : note + "; ") + $"làm tròn {Num.Vi(kept)} thành {Num.Vi(points)}";
            }
            var used = item.Kind is FormulaKind f ? FormulaInputs.Of(f.Expression, _version, _program.Layout, sheet) : item.Kind.Used(answer ?? Answer.Empty);
            if (submission.Appraisals is not null && submission.Appraisals.TryGetValue(item.Code, out var appraisal))
            {
                // The appraisal is final: it replaces the self-score, which is kept beside it with the reason.
                sheet.P[i] = appraisal.Points;
                items[i] = new ItemResult(item.Code, item.Title, item.Kind.Label, item.Role, item.SectionCode, true, null,
                    used, item.Max, raw, appraisal.Points, item.RuleName, _formulas[i], note, points, appraisal.Reason);
                continue;
            }
            items[i] = new ItemResult(item.Code, item.Title, item.Kind.Label, item.Role, item.SectionCode, true, null,
                used, item.Max, raw, points, item.RuleName, _formulas[i], note);
        }
    }

    private void Run(Action<FactSheet> step, FactSheet sheet, Submission submission)
    {
        try
        {
            step(sheet);
        }
        catch (RuleFailedException e)
        {
            throw new RuleEvaluationException(_version.Id, e.RuleName, submission.AgencyCode, e.InnerException ?? e);
        }
    }
}
