using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Workflow;

/// <summary>Whether a run of a year under a version ranks what it should: warnings that refuse the run unless it is asked for knowingly.</summary>
public static class RunPolicy
{
    /// <summary>Every reason to doubt the run, in Vietnamese (empty when there is none).</summary>
    public static IReadOnlyList<string> Warnings(CriteriaVersion version, int year, YearLock gate, int lockedSubmissions, int openSubmissions,
        IReadOnlyList<Submission>? locked = null, IReadOnlyList<GroupCount>? groups = null)
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
        if (LackingSuperior(version, locked ?? []) is { } lacking)
        {
            warnings.Add(lacking);
        }
        if (lockedSubmissions == 0)
        {
            warnings.Add($"Không có bài nộp nào đã khóa năm {year}: mọi đơn vị sẽ là \"Chưa đánh giá\".");
        }
        else
        {
            warnings.AddRange((groups ?? []).Where(g => g.Agencies > 0 && g.Locked == 0).Select(g =>
                $"Khối {version.FindGroup(g.Code)?.Name ?? g.Code} không có bài nộp nào đã khóa năm {year}: cả {g.Agencies} đơn vị của khối sẽ là \"Chưa đánh giá\"."));
        }
        return warnings;
    }

    /// <summary>Which locked submissions still lack points the superior level gives (an applicable item of an <c>awarded-by: superior</c>
    /// section neither answered, as before such items left the agency's answers, nor entered by staff), in words; null when none does.</summary>
    public static string? LackingSuperior(CriteriaVersion version, IReadOnlyList<Submission> locked)
    {
        var superior = version.AllItems.Where(i => i.AwardedBySuperior).ToList();
        if (superior.Count == 0)
        {
            return null;
        }
        var lacking = new List<string>();
        foreach (var s in locked.Where(s => s.NotAssessedReason is null).OrderBy(s => s.AgencyCode, StringComparer.Ordinal))
        {
            var codes = superior.Where(i => version.Applies(i, s.GroupCode) && !s.Answers.ContainsKey(i.Code) && s.Appraisals?.ContainsKey(i.Code) != true)
                .Select(i => i.Code).ToList();
            if (codes.Count > 0)
            {
                lacking.Add($"{s.AgencyName ?? s.AgencyCode} ({string.Join(", ", codes)})");
            }
        }
        if (lacking.Count == 0)
        {
            return null;
        }
        const int shown = 10;
        var names = string.Join("; ", lacking.Take(shown)) + (lacking.Count > shown ? $" và {lacking.Count - shown} đơn vị khác" : "");
        return $"Chưa nhập điểm do cấp trên đánh giá của {lacking.Count} đơn vị: {names}. Nhập ở trang thẩm định (hoặc bảng thẩm định) trước khi xếp loại; nếu vẫn tạo, các tiêu chí này tính 0 điểm.";
    }
}

/// <summary>What a run ranks in one group: the agencies it lists, how many have a locked (or appraised) submission,
/// and how many submitted but are not locked (they are ranked "Chưa đánh giá").</summary>
public sealed record GroupCount(string Code, int Agencies, int Locked, int Open);
