using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;

namespace Scoring.Engine.Kinds;

/// <summary>Points by percentage tiers with half-open intervals ("từ 80% đến dưới 90%: 1 điểm").</summary>
public sealed record TiersKind(IReadOnlyList<Tier> Tiers) : ItemKind
{
    /// <inheritdoc/>
    public override T Match<T>(Func<YesNoKind, T> yesNo, Func<JudgmentKind, T> judgment, Func<TiersKind, T> tiers, Func<LevelsKind, T> levels,
        Func<CountKind, T> count, Func<DeductPerKind, T> deductPer, Func<FormulaKind, T> formula) => tiers(this);

    /// <inheritdoc/>
    public override string Code => "tiers";

    /// <inheritdoc/>
    public override string Label => "Theo tỷ lệ";

    /// <inheritdoc/>
    protected override string AnswerLabel => "Tỷ lệ (%)";

    /// <summary>The tiers from the highest to the lowest, each with its upper edge filled in (the next higher tier's start where the file
    /// left it out), so that a version read from its file and from its canonical form describe its tiers in the same words.</summary>
    public IReadOnlyList<Tier> Descending
    {
        get
        {
            var sorted = Tiers.OrderByDescending(t => t.From).ToList();
            return [.. sorted.Select((t, k) => k == 0 || t.To is not null ? t : t with { To = sorted[k - 1].From })];
        }
    }

    /// <inheritdoc/>
    public override string Describe(decimal max) => string.Join("; ", Descending.Select(t => t.To is null
        ? $"từ {Num.Vi(t.From)}% trở lên: {Num.Vi(t.Points)} điểm"
        : $"từ {Num.Vi(t.From)}% đến dưới {Num.Vi(t.To.Value)}%: {Num.Vi(t.Points)} điểm"));

    /// <inheritdoc/>
    public override IEnumerable<string> Check(Item item, Answer answer) => CheckRange(answer.Value, 100m, AnswerLabel);

    /// <summary>The points for a percentage (the reference semantics the compiled rule must match).</summary>
    public decimal PointsFor(decimal percent)
    {
        foreach (var tier in Tiers.OrderByDescending(t => t.From))
        {
            if (percent >= tier.From)
            {
                return tier.Points;
            }
        }
        return 0m;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<UsedInput> Used(Answer answer) => new UsedInput[] { new(AnswerLabel, answer.Value ?? 0m, null) };
}
