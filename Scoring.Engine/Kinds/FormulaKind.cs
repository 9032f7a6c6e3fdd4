using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Expressions;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;

namespace Scoring.Engine.Kinds;

/// <summary>Points computed by a formula over the agency's inputs, kept within [0, max].</summary>
public sealed record FormulaKind(string Source, Expr Expression) : ItemKind
{
    /// <inheritdoc/>
    public override T Match<T>(Func<YesNoKind, T> yesNo, Func<JudgmentKind, T> judgment, Func<TiersKind, T> tiers, Func<LevelsKind, T> levels,
        Func<CountKind, T> count, Func<DeductPerKind, T> deductPer, Func<FormulaKind, T> formula) => formula(this);

    /// <inheritdoc/>
    public override string Code => "formula";

    /// <inheritdoc/>
    public override string Label => "Theo công thức";

    /// <inheritdoc/>
    public override int Slots => 0;

    /// <inheritdoc/>
    public override bool TakesAnswer => false;

    /// <inheritdoc/>
    public override string Describe(decimal max) => $"Công thức: {Source}; kết quả giữ trong khoảng 0 đến {Num.Vi(max)} điểm";

    /// <inheritdoc/>
    public override IEnumerable<string> Check(Item item, Answer answer)
    {
        yield return "Mục này được tính tự động theo công thức, không nhập điểm.";
    }

    /// <inheritdoc/>
    public override void Bind(Answer answer, decimal[] values, int slot)
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<UsedInput> Used(Answer answer) => [];
}
