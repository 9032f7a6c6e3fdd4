using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;

namespace Scoring.Engine.Kinds;

/// <summary>Points judged within [0, max] in steps (e.g. 0.25).</summary>
public sealed record JudgmentKind(decimal Step) : ItemKind
{
    /// <inheritdoc/>
    public override T Match<T>(Func<YesNoKind, T> yesNo, Func<JudgmentKind, T> judgment, Func<TiersKind, T> tiers, Func<LevelsKind, T> levels,
        Func<CountKind, T> count, Func<DeductPerKind, T> deductPer, Func<FormulaKind, T> formula) => judgment(this);

    /// <inheritdoc/>
    public override string Code => "judgment";

    /// <inheritdoc/>
    public override string Label => "Chấm theo mức độ";

    /// <inheritdoc/>
    public override string Describe(decimal max) =>
        $"Chấm theo mức độ hoàn thành, từ 0 đến {Num.Vi(max)} điểm, bước {Num.Vi(Step)}";

    /// <inheritdoc/>
    public override IEnumerable<string> Check(Item item, Answer answer) =>
        CheckRange(answer.Value, item.Max, AnswerLabel).Concat(CheckStep(answer.Value, Step, AnswerLabel));
}
