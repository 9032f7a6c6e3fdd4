using System.Globalization;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Registry;

/// <summary>The rules of "replaces" in an agency list (mergers, splits, renamed codes): an agency never replaces itself, replaces only
/// agencies in the list or the registry, was not still active after the day the one replacing it began, and no chain of replacements
/// comes back to where it started. Each broken rule is a problem on the line that states it.</summary>
public static class Lineage
{
    /// <summary>Every problem of the list's replacements, read together with the registry as stored (the list's lines win).</summary>
    public static IReadOnlyList<Problem> Check(IReadOnlyList<AgencyEntry> entries, IReadOnlyDictionary<string, AgencyInfo> stored)
    {
        var all = new Dictionary<string, AgencyInfo>(stored, StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (e.Agency is { } a)
            {
                all[a.Code] = a;
            }
        }
        var problems = new List<Problem>();
        foreach (var e in entries)
        {
            if (e.Agency is not { } agency)
            {
                continue;
            }
            foreach (var code in agency.Predecessors)
            {
                if (code == agency.Code)
                {
                    problems.Add(new Problem(e.Where, agency.Code, $"Đơn vị \"{agency.Code}\" ghi thay thế cho chính nó ở cột \"Thay thế cho\": hãy bỏ mã này."));
                }
                else if (!all.TryGetValue(code, out var before))
                {
                    problems.Add(new Problem(e.Where, agency.Code,
                        $"Mã \"{code}\" ở cột \"Thay thế cho\" không có trong danh sách đơn vị: cần mã của đơn vị cũ đã có, hoặc thêm dòng cho đơn vị đó."));
                }
                else if (before.ActiveTo is { } end && agency.ActiveFrom is { } start && end > start)
                {
                    problems.Add(new Problem(e.Where, agency.Code,
                        $"Đơn vị \"{code}\" hoạt động đến {Day(end)}, sau ngày {Day(start)} đơn vị \"{agency.Code}\" thay thế nó bắt đầu hoạt động: "
                        + "ngày kết thúc của đơn vị cũ không được sau ngày bắt đầu của đơn vị mới."));
                }
            }
            if (Cycle(agency.Code, all) is { } cycle)
            {
                problems.Add(new Problem(e.Where, agency.Code, $"Thay thế vòng quanh: {string.Join(" → ", cycle)}. Một đơn vị không thể (gián tiếp) thay thế cho chính nó."));
            }
        }
        return problems;
    }

    /// <summary>The nearest agencies before <paramref name="code"/> for which <paramref name="found"/> holds: its predecessors, or for a
    /// predecessor that does not hold, that one's predecessors, and so on (a merger of mergers reaches back to the first agencies); by code.</summary>
    public static IReadOnlyList<string> Resolve(string code, Func<string, bool> found, IReadOnlyDictionary<string, IReadOnlyList<string>> predecessors)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        var pending = new Stack<string>([code]);
        while (pending.TryPop(out var next))
        {
            foreach (var p in predecessors.GetValueOrDefault(next) ?? [])
            {
                if (!seen.Add(p))
                {
                    continue;
                }
                if (found(p))
                {
                    result.Add(p);
                }
                else
                {
                    pending.Push(p);
                }
            }
        }
        return [.. result];
    }

    /// <summary>Every agency before <paramref name="code"/>: its predecessors, theirs, and so on (each once; by code).</summary>
    public static IReadOnlyList<string> Ancestors(string code, IReadOnlyDictionary<string, IReadOnlyList<string>> predecessors)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([code]);
        while (pending.TryPop(out var next))
        {
            foreach (var p in predecessors.GetValueOrDefault(next) ?? [])
            {
                if (p != code && seen.Add(p))
                {
                    pending.Push(p);
                }
            }
        }
        return [.. seen];
    }

    // A chain of replacements from the code back to itself (its predecessors, theirs, ...), or null.
    private static List<string>? Cycle(string start, Dictionary<string, AgencyInfo> all)
    {
        var path = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Walk(start);

        List<string>? Walk(string code)
        {
            foreach (var next in all.TryGetValue(code, out var a) ? a.Predecessors : [])
            {
                if (next == start && path.Count > 1)
                {
                    return [.. path, next];
                }
                if (next == start || !seen.Add(next))
                {
                    continue;
                }
                path.Add(next);
                if (Walk(next) is { } found)
                {
                    return found;
                }
                path.RemoveAt(path.Count - 1);
            }
            return null;
        }
    }

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
