using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;

namespace Scoring.Engine.Kinds;

/// <summary>A count of occurrences times unit points, capped at the item's maximum.</summary>
public sealed record CountKind(decimal Unit) : ItemKind
{
    /// <inheritdoc/>
    public override T Match<T>(Func<YesNoKind, T> yesNo, Func<JudgmentKind, T> judgment, Func<TiersKind, T> tiers, Func<LevelsKind, T> levels,
        Func<CountKind, T> count, Func<DeductPerKind, T> deductPer, Func<FormulaKind, T> formula) => count(this);

    /// <inheritdoc/>
    public override string Code => "count";

    /// <inheritdoc/>
    public override string Label => "Theo số lượng";

    /// <inheritdoc/>
    protected override string AnswerLabel => "Số lượng";

    /// <inheritdoc/>
    public override string Describe(decimal max) => $"{Num.Vi(Unit)} điểm cho mỗi lần, tối đa {Num.Vi(max)} điểm";

    /// <inheritdoc/>
    public override IEnumerable<string> Check(Item item, Answer answer) => CheckCount(answer.Value, AnswerLabel);
}
