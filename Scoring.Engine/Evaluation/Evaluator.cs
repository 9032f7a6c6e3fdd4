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
    private readonly ItemExplanations _explain;
    private readonly bool[] _mayBeEmpty;
    private readonly int[] _inputSlots;
    private readonly Item[] _items;
    private readonly int[] _answerSlots;
    private readonly Dictionary<string, int> _index;
    private readonly RuleBook _rules;

    /// <summary>Prepares evaluation of one version with its compiled rules.</summary>
    public Evaluator(CriteriaVersion version, IRuleProgram program)
    {
        _version = version;
        _program = program;
        _explain = new ItemExplanations(version, program.Layout);
        _mayBeEmpty = [.. version.AllItems.Select(i => !i.Kind.TakesAnswer || SubmissionValidator.MayBeLeftEmpty(i))];
        _items = [.. version.AllItems];
        _answerSlots = [.. program.Layout.AnswerSlots];
        _index = _items.Select((item, i) => (item.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        _inputSlots = [.. version.Inputs.Select(i => program.Layout.InputSlot(i.Code))];
        _rules = program.Layout.Rules;
    }

    /// <summary>Scores a submission that passed <see cref="SubmissionValidator"/>.</summary>
    /// <exception cref="RuleEvaluationException">A rule threw; names the version, rule and agency.</exception>
    public AgencyResult Evaluate(Submission submission)
    {
        // Each answer is looked up once: binding and explaining read the same array.
        var answers = new Answer?[_version.AllItems.Count];
        var group = submission.NotAssessedReason is null ? _explain.Group(submission.GroupCode) : null;
        var sheet = Bind(submission, group, answers);
        try
        {
            _program.Run(sheet);
        }
        catch (RuleFailedException e)
        {
            throw new RuleEvaluationException(_version.Id, e.RuleName, submission.AgencyCode, e.InnerException ?? e);
        }
        if (group is null || sheet.Fired[_rules.NotAssessed])
        {
            var none = new BlockResult(0m, 0m, 0m);
            return new AgencyResult(_version.Id, submission.AgencyCode, submission.AgencyName, submission.GroupCode,
                AgencyStatus.NotAssessed, submission.NotAssessedReason, NoItems, NoSections, none, none, 0m, 0m, 0m, 0m, 0m, null, null, NoConditions)
            {
                Fired = new FiredRules(_rules, sheet.Fired),
            };
        }
        var items = new ItemResult[sheet.On.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Explain(i, sheet, submission, group, answers[i]);
        }
        return Totals.Assemble(_version, _rules, submission, items, sheet);
    }

    /// <summary>The fact sheet a valid submission is scored on: answers and inputs in their slots, items switched on where they apply.</summary>
    public FactSheet Bind(Submission submission) =>
        Bind(submission, submission.NotAssessedReason is null ? _explain.Group(submission.GroupCode) : null, new Answer?[_version.AllItems.Count]);

    /// <summary>Binds a submission; one not assessed (no group plan) gets only its flag, for the not-assessed rule to see.</summary>
    private FactSheet Bind(Submission submission, GroupPlan? group, Answer?[] answers)
    {
        var sheet = _program.Layout.NewSheet();
        if (group is null)
        {
            sheet.NotAssessed = true;
            return sheet;
        }
        group.SectionApplies.CopyTo(sheet.SectionOn, 0);
        sheet.Rescales = group.Rescales;
        sheet.Group = group.Index;
        var applies = group.Applies;
        Collect(submission.Answers, answers);
        for (var i = 0; i < _items.Length; i++)
        {
            var answer = answers[i];
            var missing = sheet.Missing[i] = applies[i] && answer is null && !_mayBeEmpty[i];
            var on = sheet.On[i] = applies[i] && answer is not { NotApplicable: true } && !missing;
            sheet.Awarded[i] = on && answer is null && _items[i].AwardedBySuperior;
            if (on && answer is not null)
            {
                _items[i].Kind.Bind(answer, sheet.V, _answerSlots[i]);
            }
        }
        if (submission.Appraisals is { Count: > 0 } appraisals)
        {
            for (var i = 0; i < _items.Length; i++)
            {
                if (appraisals.TryGetValue(_items[i].Code, out var appraisal))
                {
                    sheet.Appraised[i] = true;
                    sheet.AppraisedPoints[i] = appraisal.Points;
                }
            }
        }
        var inputs = _version.Inputs;
        for (var k = 0; k < inputs.Count; k++)
        {
            sheet.V[_inputSlots[k]] = submission.Inputs.TryGetValue(inputs[k].Code, out var v) ? v : inputs[k].Default ?? 0m;
        }
        return sheet;
    }

    /// <summary>Puts each item's answer (or null) at the item's index. An ordinal dictionary is walked once instead of
    /// looked up per item (its entries lie in one array, where lookups jump around memory); answers usually come in the
    /// version's item order, so the next code is tried first and the version's index only when it differs.</summary>
    private void Collect(IReadOnlyDictionary<string, Answer> given, Answer?[] answers)
    {
        if (given is Dictionary<string, Answer> dictionary
            && (ReferenceEquals(dictionary.Comparer, StringComparer.Ordinal) || ReferenceEquals(dictionary.Comparer, EqualityComparer<string>.Default)))
        {
            var next = 0;
            foreach (var (code, answer) in dictionary)
            {
                var i = next < _items.Length && string.Equals(_items[next].Code, code, StringComparison.Ordinal) ? next : _index.GetValueOrDefault(code, -1);
                if (i >= 0)
                {
                    answers[i] = answer;
                    next = i + 1;
                }
            }
            return;
        }
        for (var i = 0; i < _items.Length; i++)
        {
            answers[i] = given.GetValueOrDefault(_items[i].Code);
        }
    }

    /// <summary>An item's explained result, read from what its rule derived on the sheet.</summary>
    private ItemResult Explain(int i, FactSheet sheet, Submission submission, GroupPlan group, Answer? answer)
    {
        if (sheet.Missing[i])
        {
            return _explain.Missing(i);
        }
        if (!sheet.On[i])
        {
            return answer is { NotApplicable: true } ? _explain.Declined(i, answer) : group.NotInGroup[i]!;
        }
        if (!sheet.Fired[i])
        {
            throw new InvalidOperationException($"Rule {_rules.Names[i]} applies to agency {submission.AgencyCode} but did not fire.");
        }
        var item = _items[i];
        if (sheet.Awarded[i])
        {
            return sheet.Appraised[i]
                ? new ItemResult(_explain.Facts(i), true, null, [], 0m, sheet.P[i], ItemExplanations.Awarded, new AppraisedFrom(null, submission.Appraisals![item.Code].Reason))
                : _explain.AwaitingSuperior(i);
        }
        var raw = sheet.R[i];
        var self = sheet.Self[i];
        var clamped = raw < 0m || raw > item.Max;
        string? note = null;
        if (clamped)
        {
            note = $"Kết quả {Num.Vi(raw)} được giữ trong khoảng 0 đến {Num.Vi(item.Max)}";
        }
        var kept = clamped ? Math.Clamp(raw, 0m, item.Max) : raw;
        if (_version.Rounding.ItemStep is not null && self != kept)
        {
            note = (note is null ? "" : note + "; ") + $"làm tròn {Num.Vi(kept)} thành {Num.Vi(self)}";
        }
        var used = _program.Reads(i) is { } reads ? reads.Of(sheet) : item.Kind.Used(answer ?? Answer.Empty);
        // The appraisal is final: it replaces the self-score, which is kept beside it with the reason.
        return sheet.Appraised[i]
            ? new ItemResult(_explain.Facts(i), true, null, used, raw, sheet.P[i], note, new AppraisedFrom(self, submission.Appraisals![item.Code].Reason))
            : new ItemResult(_explain.Facts(i), true, null, used, raw, self, note);
    }
}
