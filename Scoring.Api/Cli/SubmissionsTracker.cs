using Scoring.Api.UseCases;
using Scoring.Engine.Criteria;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Cli;

/// <summary>The tracker of <c>submissions list</c>: every registered agency of the version's groups with its state, lateness and revisions.</summary>
internal static class SubmissionsTracker
{
    public static int Write(Operations ops, CriteriaVersion version, int year, TextWriter output)
    {
        var tracker = ops.Tracker.RunAsync(version, year, CancellationToken.None).GetAwaiter().GetResult();
        output.WriteLine($"Tình hình nộp bài năm {year}, bộ tiêu chí {version.Id}{(tracker.Gate.Locked ? $" (đã khóa {tracker.Gate.ByWhomAndWhen})" : "")}:");
        output.WriteLine("Mã đơn vị\tTên đơn vị\tKhối\tTrạng thái\tNộp muộn\tSố lần nộp\tLần nộp được dùng");
        var states = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in tracker.Groups.SelectMany(g => g.Rows).OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            var label = r.State.Label();
            states[label] = states.GetValueOrDefault(label) + 1;
            output.WriteLine(string.Join('\t', r.Code, r.Name, r.Group, label, r.Late ? "có" : "", r.Revisions, r.UsedSeq is { } seq ? $"lần {seq}" : ""));
        }
        output.WriteLine("Tổng: " + string.Join(", ", states.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}")) + ".");
        return CliApp.Ok;
    }
}
