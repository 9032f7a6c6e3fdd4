using Scoring.Engine.Criteria;
using Scoring.Engine.Text;
using Scoring.Rules.Format;

namespace Scoring.Rules.Lint;

/// <summary>Class bands (optional): listed best first, contiguous from 0, no gaps or overlaps, every class reachable, for the version and for each
/// group with its own thresholds; quotas and caps name real classes.</summary>
internal static class BandChecks
{
    public static void Check(CriteriaVersion version, SourceMap map, List<CriteriaProblem> problems)
    {
        var classes = version.Classes;
        if (classes.Count == 0)
        {
            // A version that scores and ranks only: nothing may lower a class it does not have.
            foreach (var cap in version.Caps)
            {
                problems.Add(map.Problem("cap:" + cap.Code, $"Giới hạn xếp loại {cap.Code} cần danh sách xếp loại (classes), nhưng bộ tiêu chí không khai báo xếp loại nào: hãy khai báo classes, hoặc bỏ caps."));
            }
            if (version.Ranking.By == RankingOrder.ClassThenPoints)
            {
                problems.Add(map.Problem("ranking-by", "Xếp hạng theo xếp loại trước (by: class-then-points) cần danh sách xếp loại (classes): hãy khai báo classes, hoặc xếp hạng theo tổng điểm (by: points)."));
            }
            foreach (var group in version.Groups.Where(g => g.Classes is not null))
            {
                Own(version, group, map, problems);
            }
            return;
        }
        Bands(classes, version.Scale + version.Bonus.Max, name => "class:" + name, "", map, problems);
        foreach (var group in version.Groups.Where(g => g.Classes is not null))
        {
            Own(version, group, map, problems);
        }
        for (var k = 0; k < classes.Count; k++)
        {
            if (classes[k].Quota is not { } quota)
            {
                continue;
            }
            var key = "quota:" + classes[k].Name;
            if (k == classes.Count - 1)
            {
                problems.Add(map.Problem(key, $"Xếp loại thấp nhất \"{classes[k].Name}\" không thể có chỉ tiêu: không có mức nào để chuyển xuống."));
            }
            if (quota.OfClass is { } of && (version.ClassIndex(of) < 0 || of == classes[k].Name))
            {
                problems.Add(map.Problem(key, of == classes[k].Name
                    ? $"Chỉ tiêu của xếp loại \"{of}\" không thể tính theo chính nó: of cần là group, all hoặc tên một xếp loại khác."
                    : $"Chỉ tiêu của xếp loại \"{classes[k].Name}\" tính theo xếp loại \"{of}\" không có trong classes; các xếp loại: {string.Join(", ", classes.Select(c => c.Name))}."));
            }
        }
        foreach (var cap in version.Caps.Where(c => c.AtMost is not null && version.ClassIndex(c.AtMost) < 0))
        {
            problems.Add(map.Problem("atmost:" + cap.Code, $"Giới hạn {cap.Code} nêu xếp loại \"{cap.AtMost}\" không có trong classes; các xếp loại: {string.Join(", ", classes.Select(c => c.Name))}."));
        }
    }

    /// <summary>One list of bands (the version's, or a group's own): best first, contiguous from 0, no gaps or overlaps, every one
    /// reachable; messages start with <paramref name="who"/> (empty, or the group).</summary>
    private static void Bands(IReadOnlyList<ClassBand> classes, decimal reachable, Func<string, string> keyOf, string who, SourceMap map, List<CriteriaProblem> problems)
    {
        for (var k = 0; k < classes.Count; k++)
        {
            var band = classes[k];
            var key = keyOf(band.Name);
            if (k > 0 && band.From >= classes[k - 1].From)
            {
                problems.Add(map.Problem(key, who + $"Các xếp loại phải liệt kê từ cao xuống thấp: \"{band.Name}\" (từ {Num.Vi(band.From)}) đứng sau \"{classes[k - 1].Name}\" (từ {Num.Vi(classes[k - 1].From)})."));
                continue;
            }
            if (band.To is { } to && to <= band.From)
            {
                problems.Add(map.Problem(key, who + $"Xếp loại \"{band.Name}\" có khoảng rỗng: từ {Num.Vi(band.From)} đến dưới {Num.Vi(to)}."));
            }
            if (band.From > reachable)
            {
                problems.Add(map.Problem(key, who + $"Xếp loại \"{band.Name}\" không thể đạt: cần từ {Num.Vi(band.From)} điểm, nhưng điểm cao nhất có thể là {Num.Vi(reachable)} (thang điểm cộng điểm thưởng tối đa)."));
            }
            if (k == 0)
            {
                if (band.To is { } top && top <= reachable)
                {
                    problems.Add(map.Problem(key, who + $"Xếp loại cao nhất \"{band.Name}\" dừng ở dưới {Num.Vi(top)} điểm nên tổng điểm từ {Num.Vi(top)} trở lên không được xếp loại (bỏ \"to\")."));
                }
            }
            else
            {
                var upper = classes[k - 1].From;
                if (band.To is { } to2 && to2 < upper)
                {
                    problems.Add(map.Problem(key, who + $"Các xếp loại bị hở: tổng điểm từ {Num.Vi(to2)} đến dưới {Num.Vi(upper)} không thuộc xếp loại nào."));
                }
                else if (band.To is { } to3 && to3 > upper)
                {
                    problems.Add(map.Problem(key, who + $"Các xếp loại chồng lấn: tổng điểm từ {Num.Vi(upper)} đến dưới {Num.Vi(to3)} thuộc cả \"{classes[k - 1].Name}\" và \"{band.Name}\"."));
                }
            }
            if (k == classes.Count - 1 && band.From > 0m)
            {
                problems.Add(map.Problem(key, who + $"Các xếp loại bị hở: tổng điểm dưới {Num.Vi(band.From)} không thuộc xếp loại nào (xếp loại thấp nhất cần from: 0)."));
            }
        }
    }

    /// <summary>A group's own thresholds: the version's classes, in the same order, with no quota of their own; then checked as bands of the
    /// group's scale.</summary>
    private static void Own(CriteriaVersion version, Group group, SourceMap map, List<CriteriaProblem> problems)
    {
        var own = group.Classes!;
        var names = version.Classes.Select(c => c.Name).ToList();
        if (!own.Select(c => c.Name).SequenceEqual(names))
        {
            problems.Add(map.Problem("group-classes:" + group.Code, names.Count == 0
                ? $"Khối {group.Code} khai báo khung điểm xếp loại riêng, nhưng bộ tiêu chí không có xếp loại nào (classes): hãy khai báo classes của bộ tiêu chí trước."
                : $"Khung điểm riêng của khối {group.Code} cần đúng các xếp loại của bộ tiêu chí, cùng thứ tự: {string.Join(", ", names)}; khối đang ghi: {string.Join(", ", own.Select(c => c.Name))}."));
            return;
        }
        var reachable = (version.Rescales(group) ? version.Scale : version.ScaleOf(group)) + version.Bonus.Max;
        Bands(own, reachable, name => $"group-class:{group.Code}:{name}", $"Khối {group.Code}: ", map, problems);
    }
}
