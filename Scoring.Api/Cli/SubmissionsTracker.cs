using Scoring.Engine.Workflow;
using Scoring.Api.Storage;
using Scoring.Engine.Criteria;

namespace Scoring.Api.Cli;

/// <summary>The tracker of <c>submissions list</c>: every registered agency of the version's groups with its state, lateness and revisions.</summary>
internal static class SubmissionsTracker
{
    public static int Write(Store store, CriteriaVersion version, int year, TextWriter output)
    {
        var ct = CancellationToken.None;
        var agencies = store.Agencies.CurrentAsync(ct).GetAwaiter().GetResult();
        var submissions = store.Submissions.ListAsync(year, version.Id, ct).GetAwaiter().GetResult().ToDictionary(s => s.AgencyCode, StringComparer.Ordinal);
        var codes = agencies.Values.Where(a => version.FindGroup(a.Group) is not null).Select(a => a.Code)
            .Union(submissions.Keys).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"Tình hình nộp bài năm {year}, bộ tiêu chí {version.Id}:");
        output.WriteLine("Mã đơn vị\tTên đơn vị\tKhối\tTrạng thái\tNộp muộn\tSố lần nộp\tLần nộp được dùng");
        var states = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var agency = agencies.GetValueOrDefault(code);
            var s = submissions.GetValueOrDefault(code);
            var revisions = s is null ? [] : store.Submissions.RevisionsAsync(code, year, version.Id, ct).GetAwaiter().GetResult();
            var used = revisions.FirstOrDefault(r => r.Id == s?.LatestAcceptedRevision);
            var label = s?.State.Label() ?? "chưa nộp";
            states[label] = states.GetValueOrDefault(label) + 1;
            output.WriteLine(string.Join('\t', code, agency?.Name ?? "(không có trong danh sách)", agency?.Group ?? "", label,
                s?.Late == true ? "có" : "", revisions.Count, used is null ? "" : $"lần {used.Seq}"));
        }
        output.WriteLine("Tổng: " + string.Join(", ", states.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}")) + ".");
        return CliApp.Ok;
    }
}
