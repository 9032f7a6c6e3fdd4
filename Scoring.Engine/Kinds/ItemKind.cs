using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Kinds;

/// <summary>How an item gets its points: the answer it takes, its checks, and its formula in words.</summary>
public abstract record ItemKind
{
    /// <summary>The kind's code in criteria files, e.g. <c>yes-no</c>.</summary>
    public abstract string Code { get; }

    /// <summary>The kind's name for people, in Vietnamese.</summary>
    public abstract string Label { get; }

    /// <summary>How many answer slots the kind reads from a fact sheet.</summary>
    public virtual int Slots => 1;

    /// <summary>Whether the agency answers the item (a formula item is computed from inputs instead).</summary>
    public virtual bool TakesAnswer => true;

    /// <summary>The scoring rule in Vietnamese words, e.g. "Có: 5 điểm; Không: 0 điểm".</summary>
    public abstract string Describe(decimal max);

    /// <summary>Picks the function for this kind: every kind is a required argument, so adding a kind is a compile error at every
    /// place that gives kinds a meaning (reader, canonical form, scorer, rules, workbooks, answers), never a silent default.</summary>
    public abstract T Match<T>(Func<YesNoKind, T> yesNo, Func<JudgmentKind, T> judgment, Func<TiersKind, T> tiers, Func<LevelsKind, T> levels,
        Func<CountKind, T> count, Func<DeductPerKind, T> deductPer, Func<FormulaKind, T> formula);

    /// <summary>Checks an answer against the item; yields one Vietnamese message per problem.</summary>
    public abstract IEnumerable<string> Check(Item item, Answer answer);

    /// <summary>Writes a valid answer into the fact sheet slots starting at <paramref name="slot"/>.</summary>
    public virtual void Bind(Answer answer, decimal[] values, int slot) => values[slot] = answer.Value ?? 0m;

    /// <summary>The inputs the item used, for the explanation.</summary>
    public virtual IReadOnlyList<UsedInput> Used(Answer answer) => new UsedInput[] { new(AnswerLabel, answer.Value ?? 0m, null) };

    /// <summary>What the answer value is called, e.g. "Tỷ lệ (%)".</summary>
    protected virtual string AnswerLabel => "Điểm tự chấm";

    /// <summary>Checks that a value is present, at least 0 and at most <paramref name="max"/>.</summary>
    protected static IEnumerable<string> CheckRange(decimal? value, decimal max, string what)
    {
        if (value is null)
        {
            yield return $"Thiếu {what}.";
        }
        else if (value < 0m || value > max)
        {
            yield return $"{what} {Text.Num.Vi(value.Value)} nằm ngoài khoảng cho phép: cần từ 0 đến {Text.Num.Vi(max)}.";
        }
    }

    /// <summary>Checks that a value is a multiple of <paramref name="step"/>.</summary>
    protected static IEnumerable<string> CheckStep(decimal? value, decimal step, string what)
    {
        if (value is not null && step > 0m && value.Value % step != 0m)
        {
            yield return $"{what} {Text.Num.Vi(value.Value)} không đúng bước chấm: cần là bội số của {Text.Num.Vi(step)}.";
        }
    }

    /// <summary>Checks that a value is a whole number of occurrences, at least 0.</summary>
    protected static IEnumerable<string> CheckCount(decimal? value, string what)
    {
        if (value is null)
        {
            yield return $"Thiếu {what}.";
        }
        else if (value < 0m || value != decimal.Truncate(value.Value) || value > MaxCount)
        {
            yield return $"{what} {Text.Num.Vi(value.Value)} không hợp lệ: cần là số nguyên từ 0 đến {MaxCount}.";
        }
    }

    /// <summary>The largest count an answer may give (guards the arithmetic).</summary>
    public const decimal MaxCount = 1_000_000m;
}
