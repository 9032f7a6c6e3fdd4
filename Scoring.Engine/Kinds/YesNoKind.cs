using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;

namespace Scoring.Engine.Kinds;

/// <summary>Yes earns the maximum, no earns 0.</summary>
public sealed record YesNoKind : ItemKind
{
    /// <inheritdoc/>
    public override T Match<T>(Func<YesNoKind, T> yesNo, Func<JudgmentKind, T> judgment, Func<TiersKind, T> tiers, Func<LevelsKind, T> levels,
        Func<CountKind, T> count, Func<DeductPerKind, T> deductPer, Func<FormulaKind, T> formula) => yesNo(this);

    /// <inheritdoc/>
    public override string Code => "yes-no";

    /// <inheritdoc/>
    public override string Label => "Có/Không";

    /// <inheritdoc/>
    public override string Describe(decimal max) => $"Có: {Num.Vi(max)} điểm; Không: 0 điểm";

    /// <inheritdoc/>
    public override IEnumerable<string> Check(Item item, Answer answer)
    {
        if (answer.Value is null)
        {
            yield return "Thiếu câu trả lời Có/Không.";
        }
        else if (answer.Value != 0m && answer.Value != 1m)
        {
            yield return $"Giá trị {Num.Vi(answer.Value.Value)} không hợp lệ: cần là Có hoặc Không.";
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyList<UsedInput> Used(Answer answer) =>
        new UsedInput[] { new("Trả lời", answer.Value ?? 0m, answer.Value == 1m ? "Có" : "Không") };
}
