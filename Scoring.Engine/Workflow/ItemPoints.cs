using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Text;

namespace Scoring.Engine.Workflow;

/// <summary>Which points an item can give: the same rules an agency's answer obeys, applied to points set by the appraisal team.</summary>
public static class ItemPoints
{
    /// <summary>Why <paramref name="points"/> cannot be an item's points under its kind, in Vietnamese, or null when it can.</summary>
    public static string? Refuse(Item item, decimal points)
    {
        var what = $"Điểm thẩm định {Num.Vi(points)} của tiêu chí {item.Code}";
        if (points < 0m || points > item.Max)
        {
            return $"{what} nằm ngoài khoảng cho phép: cần từ 0 đến {Num.Vi(item.Max)}.";
        }
        return item.Kind.Match(
            yesNo: _ => points != 0m && points != item.Max
                ? $"{what} không hợp lệ: tiêu chí Có/Không chỉ nhận 0 hoặc {Num.Vi(item.Max)} điểm." : null,
            judgment: j => j.Step > 0m && points % j.Step != 0m ? $"{what} không đúng bước chấm: cần là bội số của {Num.Vi(j.Step)}." : null,
            tiers: t => points != 0m && t.Tiers.All(x => Math.Min(x.Points, item.Max) != points)
                ? $"{what} không ứng với mức tỷ lệ nào: cần là một trong các mức {Allowed(t, item.Max)}." : null,
            levels: l => points > l.Levels.Max(x => x.Max) ? $"{what} vượt mức cao nhất: cần từ 0 đến {Num.Vi(l.Levels.Max(x => x.Max))}."
                : l.Step > 0m && points % l.Step != 0m ? $"{what} không đúng bước chấm: cần là bội số của {Num.Vi(l.Step)}." : null,
            count: c => points != item.Max && c.Unit > 0m && points % c.Unit != 0m
                ? $"{what} không ứng với số lượng nào: cần là bội số của {Num.Vi(c.Unit)} (mỗi lần {Num.Vi(c.Unit)} điểm), tối đa {Num.Vi(item.Max)}." : null,
            deductPer: d => points != 0m && d.Per > 0m && (item.Max - points) % d.Per != 0m
                ? $"{what} không ứng với số lần vi phạm nào: cần là {Num.Vi(item.Max)} trừ bội số của {Num.Vi(d.Per)}, thấp nhất 0." : null,
            // A formula's value is computed from the inputs; the appraisal team may set any points in range.
            formula: _ => (string?)null);
    }

    private static string Allowed(TiersKind tiers, decimal max) =>
        string.Join(", ", tiers.Tiers.Select(t => Math.Min(t.Points, max)).Append(0m).Distinct().OrderDescending().Select(Num.Vi));
}
