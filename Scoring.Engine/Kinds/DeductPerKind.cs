using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;

namespace Scoring.Engine.Kinds;

/// <summary>The maximum minus a deduction per occurrence, floored at 0.</summary>
public sealed record DeductPerKind(decimal Per) : ItemKind
{
    /// <inheritdoc/>
    public override T Match<T>(Func<YesNoKind, T> yesNo, Func<JudgmentKind, T> judgment, Func<TiersKind, T> tiers, Func<LevelsKind, T> levels,
        Func<CountKind, T> count, Func<DeductPerKind, T> deductPer, Func<FormulaKind, T> formula) => deductPer(this);

    /// <inheritdoc/>
    public override string Code => "deduct-per";

    /// <inheritdoc/>
    public override string Label => "Trừ theo số lần";

    /// <inheritdoc/>
    protected override string AnswerLabel => "Số lần vi phạm";

    /// <inheritdoc/>
    public override string Describe(decimal max) =>
        $"Tối đa {Num.Vi(max)} điểm, trừ {Num.Vi(Per)} điểm cho mỗi lần, thấp nhất 0 điểm";

    /// <inheritdoc/>
    public override IEnumerable<string> Check(Item item, Answer answer) => CheckCount(answer.Value, AnswerLabel);
}
