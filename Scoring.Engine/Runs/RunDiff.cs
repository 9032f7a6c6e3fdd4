using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;

namespace Scoring.Engine.Runs;

/// <summary>Compares the same agencies ranked under two versions: per agency total, class and rank; per item what changed,
/// pairing items by code or by the codes the newer items replace.</summary>
public static class RunDiff
{
    /// <summary>Every agency of the old run, in its order, against the new results.</summary>
    public static IReadOnlyList<AgencyDiff> Compare(CriteriaVersion older, IReadOnlyList<RankedRow> oldRows, CriteriaVersion newer,
        IReadOnlyList<RankedRow> newRows, IReadOnlyDictionary<string, IReadOnlyList<string>> notes)
    {
        var byAgency = newRows.ToDictionary(r => r.Result.AgencyCode, StringComparer.Ordinal);
        return [.. oldRows.Select(o =>
        {
            var n = byAgency.GetValueOrDefault(o.Result.AgencyCode);
            return new AgencyDiff(o.Result.AgencyCode, o.Result.AgencyName, o.Result.Group, Total(o.Result), n is null ? null : Total(n.Result),
                Class(o.Result), n is null ? null : Class(n.Result), o.Rank, n?.Rank,
                n is null ? [] : Items(older, o.Result, newer, n.Result),
                notes.GetValueOrDefault(o.Result.AgencyCode) ?? []);
        })];
    }

    private static decimal? Total(AgencyResult r) => r.Status == AgencyStatus.NotAssessed ? null : r.Total;

    private static string? Class(AgencyResult r) => r.Status == AgencyStatus.Classified ? r.ClassName : AgencyStatusLabels.Label(r.Status, null);

    private static List<ItemDiff> Items(CriteriaVersion older, AgencyResult oldResult, CriteriaVersion newer, AgencyResult newResult)
    {
        var oldItems = oldResult.Items.Where(i => i.Applicable).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var newItems = newResult.Items.Where(i => i.Applicable).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var paired = new HashSet<string>(StringComparer.Ordinal);
        var diffs = new List<ItemDiff>();
        foreach (var item in newer.AllItems.Where(i => newItems.ContainsKey(i.Code)))
        {
            var source = AnswerMapping.Source(item, oldItems.ContainsKey);
            var now = newItems[item.Code].Points;
            if (source is null)
            {
                diffs.Add(new ItemDiff(null, item.Code, null, now, "Chỉ có ở phiên bản mới"));
                continue;
            }
            paired.Add(source);
            var before = oldItems[source].Points;
            if (source != item.Code || before != now)
            {
                diffs.Add(new ItemDiff(source, item.Code, before, now, source == item.Code ? "Điểm thay đổi" : $"{item.Code} thay cho {source}"));
            }
        }
        foreach (var item in older.AllItems.Where(i => oldItems.ContainsKey(i.Code) && !paired.Contains(i.Code)))
        {
            diffs.Add(new ItemDiff(item.Code, null, oldItems[item.Code].Points, null, "Không có trong phiên bản mới"));
        }
        return diffs;
    }
}
