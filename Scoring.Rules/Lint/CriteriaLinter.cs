using Scoring.Engine.Criteria;
using Scoring.Engine.Text;
using Scoring.Rules.Format;

namespace Scoring.Rules.Lint;

/// <summary>Checks the meaning of a criteria version: maxima, bands, tiers, levels, groups, classes and policies.</summary>
public static class CriteriaLinter
{
    /// <summary>Reads and lints criteria text; returns every problem (structural, then semantic), ordered by line.</summary>
    public static IReadOnlyList<CriteriaProblem> Lint(string text, string file) => Lint(CriteriaReader.Read(text, file));

    /// <summary>Lints what was read; returns the reader's problems plus every semantic problem, ordered by line.</summary>
    public static IReadOnlyList<CriteriaProblem> Lint(ReadResult read)
    {
        var problems = new List<CriteriaProblem>(read.Problems);
        if (read.Version is { } version)
        {
            var map = read.Map;
            CheckIdentity(version, map, problems);
            CheckGroupsAndMaxima(version, map, problems);
            ItemChecks.Check(version, map, problems);
            BandChecks.Check(version, map, problems);
            MagnitudeChecks.Check(version, map, problems);
            DivisorChecks.Check(version, map, problems);
        }
        return [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];
    }

    private static void CheckIdentity(CriteriaVersion version, SourceMap map, List<CriteriaProblem> problems)
    {
        if (version.Identity.Replaces == version.Id && version.Id.Length > 0)
        {
            problems.Add(map.Problem("scale", $"Phiên bản {version.Id} không thể thay thế chính nó (replaces)."));
        }
    }

    private static void CheckGroupsAndMaxima(CriteriaVersion version, SourceMap map, List<CriteriaProblem> problems)
    {
        if (version.Groups.Count == 0)
        {
            // The reader has already said what is wrong with "groups" (missing, empty or broken entries).
            return;
        }
        var known = version.Groups.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var knownText = string.Join(", ", known);
        foreach (var section in version.Sections)
        {
            foreach (var g in section.AppliesTo.Where(g => !known.Contains(g)))
            {
                problems.Add(map.Problem("applies:section:" + section.Code, $"Mục {section.Code} áp dụng cho khối \"{g}\" chưa khai báo; các khối: {knownText}."));
            }
        }
        foreach (var item in version.AllItems)
        {
            foreach (var g in item.AppliesTo.Where(g => !known.Contains(g)))
            {
                problems.Add(map.Problem("applies:item:" + item.Code, $"Tiêu chí {item.Code} áp dụng cho khối \"{g}\" chưa khai báo; các khối: {knownText}."));
            }
        }
        foreach (var group in version.Groups)
        {
            var proportional = version.Rescales(group);
            var scale = version.ScaleOf(group);
            var scaleKey = group.Scale is null ? "scale" : "group-scale:" + group.Code;
            var total = 0m;
            foreach (var section in version.Sections.Where(s => s.AppliesToGroup(group.Code)))
            {
                var itemsMax = section.Items.Where(i => i.AppliesToGroup(group.Code)).Sum(i => i.Max);
                if (itemsMax < section.Max && !proportional)
                {
                    problems.Add(map.Problem("section:" + section.Code,
                        $"Tổng điểm tối đa các tiêu chí của mục {section.Code} đối với khối {group.Code} là {Num.Vi(itemsMax)}, nhỏ hơn điểm tối đa của mục ({Num.Vi(section.Max)}); sửa điểm tối đa hoặc khai báo rescaling: proportional."));
                }
                else if (itemsMax > section.Max)
                {
                    problems.Add(map.Problem("section:" + section.Code,
                        $"Tổng điểm tối đa các tiêu chí của mục {section.Code} đối với khối {group.Code} là {Num.Vi(itemsMax)}, lớn hơn điểm tối đa của mục ({Num.Vi(section.Max)}); điểm của mục sẽ bị giới hạn ở {Num.Vi(section.Max)}.", warning: true));
                }
                total += Math.Min(section.Max, itemsMax);
            }
            if (total == 0m)
            {
                problems.Add(map.Problem("group:" + group.Code, $"Khối {group.Code} không có tiêu chí nào được áp dụng."));
            }
            else if (total != scale && !proportional)
            {
                problems.Add(map.Problem(scaleKey, group.Scale is null
                    ? $"Tổng điểm tối đa của khối {group.Code} là {Num.Vi(total)}, khác thang điểm {Num.Vi(scale)}; sửa điểm tối đa, khai báo thang điểm riêng của khối (scale: {Num.Invariant(total)} trong groups), hoặc khai báo rescaling: proportional."
                    : $"Tổng điểm tối đa của khối {group.Code} là {Num.Vi(total)}, khác thang điểm riêng của khối ({Num.Vi(scale)}); sửa điểm tối đa hoặc thang điểm của khối."));
            }
            else if (total > scale)
            {
                problems.Add(map.Problem(scaleKey, $"Tổng điểm tối đa của khối {group.Code} là {Num.Vi(total)}, vượt thang điểm {Num.Vi(scale)}."));
            }
            if (!proportional && group.Classes is null && version.Classes.Count > 0 && version.Classes[0].From > scale + version.Bonus.Max)
            {
                // Scored on its own scale and not rescaled, the group may never reach the top class: allowed, but said (a group with
                // its own bands has its reach checked with them, as an error).
                problems.Add(map.Problem(scaleKey, $"Khối {group.Code} chấm trên thang {Num.Vi(scale)} (cộng tối đa {Num.Vi(version.Bonus.Max)} điểm thưởng) nên không thể đạt xếp loại \"{version.Classes[0].Name}\" (từ {Num.Vi(version.Classes[0].From)} điểm); nếu quyết định đặt khung điểm riêng cho khối này, khai báo classes trong khối.", warning: true));
            }
        }
        foreach (var item in version.AllItems.Where(i => i.MayBeNotApplicable))
        {
            var fixedScale = version.Groups.Where(g => version.Applies(item, g.Code) && !version.Rescales(g)).Select(g => g.Code).ToList();
            if (fixedScale.Count > 0)
            {
                problems.Add(map.Problem("na:" + item.Code,
                    $"Tiêu chí {item.Code} có thể không áp dụng với một số đơn vị nhưng chưa khai báo cách quy đổi cho khối {string.Join(", ", fixedScale)}: thêm rescaling: proportional."));
            }
        }
    }
}
