using Scoring.Engine.Criteria;

namespace Scoring.Engine.Workflow;

/// <summary>Whether a run of a year under a version ranks what it should: warnings that refuse the run unless it is asked for knowingly.</summary>
public static class RunPolicy
{
    /// <summary>Every reason to doubt the run, in Vietnamese (empty when there is none).</summary>
    public static IReadOnlyList<string> Warnings(CriteriaVersion version, int year, YearLock gate, int lockedSubmissions, int openSubmissions)
    {
        var warnings = new List<string>();
        var identity = version.Identity;
        if ((identity.EffectiveFrom is { } from && from.Year > year) || (identity.EffectiveTo is { } to && to.Year < year))
        {
            var period = $"{identity.EffectiveFrom?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "…"} – "
                + $"{identity.EffectiveTo?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}";
            warnings.Add($"Bộ tiêu chí {version.Id} có hiệu lực {period}, không áp dụng cho năm {year}.");
        }
        if (identity.RefuseYear(year) is { } otherYear)
        {
            warnings.Add(otherYear);
        }
        if (!gate.Locked)
        {
            warnings.Add(openSubmissions > 0
                ? $"Chưa khóa nộp bài năm {year}: {openSubmissions} bài đã nộp nhưng chưa khóa sẽ không được tính (đơn vị ghi \"Chưa đánh giá\")."
                : $"Chưa khóa nộp bài năm {year}.");
        }
        if (lockedSubmissions == 0)
        {
            warnings.Add($"Không có bài nộp nào đã khóa năm {year}: mọi đơn vị sẽ là \"Chưa đánh giá\".");
        }
        return warnings;
    }
}
