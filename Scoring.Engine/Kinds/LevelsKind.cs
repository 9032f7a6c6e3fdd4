using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;
using Scoring.Engine.Text;

namespace Scoring.Engine.Kinds;

/// <summary>A qualitative level chosen by the agency, then points within that level's maximum (its maximum if none given).</summary>
public sealed record LevelsKind(IReadOnlyList<Level> Levels, decimal Step) : ItemKind
{
    /// <inheritdoc/>
    public override T Match<T>(Func<YesNoKind, T> yesNo, Func<JudgmentKind, T> judgment, Func<TiersKind, T> tiers, Func<LevelsKind, T> levels,
        Func<CountKind, T> count, Func<DeductPerKind, T> deductPer, Func<FormulaKind, T> formula) => levels(this);

    /// <inheritdoc/>
    public override string Code => "levels";

    /// <inheritdoc/>
    public override string Label => "Theo mức độ định tính";

    /// <inheritdoc/>
    public override int Slots => 2;

    /// <inheritdoc/>
    public override string Describe(decimal max) =>
        string.Join("; ", Levels.Select(l => $"mức {l.Name}: tối đa {Num.Vi(l.Max)} điểm")) + $" (bước {Num.Vi(Step)})";

    /// <summary>The index of a level code or name, or -1.</summary>
    public int IndexOf(string? level)
    {
        for (var i = 0; i < Levels.Count; i++)
        {
            if (string.Equals(Levels[i].Code, level, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Levels[i].Name, level, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <inheritdoc/>
    public override IEnumerable<string> Check(Item item, Answer answer)
    {
        var index = IndexOf(answer.Level);
        if (index < 0)
        {
            var known = string.Join(", ", Levels.Select(l => l.Name));
            yield return answer.Level is null
                ? $"Thiếu mức đánh giá: cần một trong các mức {known}."
                : $"Mức \"{answer.Level}\" không có trong tiêu chí: cần một trong các mức {known}.";
            yield break;
        }
        var level = Levels[index];
        var points = answer.Value ?? level.Max;
        foreach (var p in CheckRange(points, level.Max, $"Điểm mức {level.Name}").Concat(CheckStep(points, Step, "Điểm")))
        {
            yield return p;
        }
    }

    /// <inheritdoc/>
    public override void Bind(Answer answer, decimal[] values, int slot)
    {
        var index = IndexOf(answer.Level);
        values[slot] = index;
        values[slot + 1] = answer.Value ?? (index >= 0 ? Levels[index].Max : 0m);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<UsedInput> Used(Answer answer)
    {
        var index = IndexOf(answer.Level);
        var level = index >= 0 ? Levels[index] : null;
        return new UsedInput[] { new("Mức", index, level?.Name), new("Điểm", answer.Value ?? level?.Max ?? 0m, null) };
    }
}
