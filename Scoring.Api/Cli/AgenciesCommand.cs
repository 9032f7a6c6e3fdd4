
namespace Scoring.Api.Cli;

/// <summary><c>agencies import &lt;file&gt;</c> and <c>agencies list</c>, on the store.</summary>
internal static class AgenciesCommand
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments);
        switch (args.Positional)
        {
            case ["import", var file]:
                if (!File.Exists(file))
                {
                    output.WriteLine($"{file}: lỗi: không tìm thấy tệp.");
                    return CliApp.InputProblems;
                }
                var outcome = StoreOption.Open(args).ImportAgencies.RunAsync(File.ReadAllBytes(file), Path.GetFileName(file), StoreOption.Actor(args), CancellationToken.None)
                    .GetAwaiter().GetResult();
                var code = CliApp.Print(outcome, output);
                foreach (var warning in outcome.Value?.Warnings ?? [])
                {
                    output.WriteLine("  cảnh báo: " + warning);
                }
                return code;
            case ["list"]:
                foreach (var a in StoreOption.Open(args).Records.AgenciesAsync(CancellationToken.None).GetAwaiter().GetResult().Values)
                {
                    output.WriteLine($"{a.Code}\t{a.Name}\t{a.Group}{(a.Parent is null ? "" : "\t" + a.Parent)}");
                }
                return CliApp.Ok;
            case ["history", var agency]:
                return History(StoreOption.Open(args).History, agency!, output);
            default:
                output.WriteLine("Cách dùng: agencies import <tệp .csv hoặc .xlsx> [--db <tệp>] [--by <người nhập>] | agencies list [--db <tệp>] | agencies history <mã> [--db <tệp>]");
                return CliApp.Usage;
        }
    }

    // Every version of the agency (name, group, dates, whom it replaces), who recorded it and when; which agencies replace it; then its
    // published results by year (its predecessors' before it existed).
    private static int History(UseCases.ReadHistory records, string code, TextWriter output)
    {
        if (records.LineageAsync(code, CancellationToken.None).GetAwaiter().GetResult() is not { } lineage)
        {
            output.WriteLine($"Mã đơn vị \"{code}\" không có trong danh sách đơn vị.");
            return CliApp.InputProblems;
        }
        foreach (var (a, at, by) in lineage.Versions)
        {
            var active = a.ActiveFrom is null && a.ActiveTo is null ? "" : $", hoạt động {Day(a.ActiveFrom)}–{Day(a.ActiveTo)}";
            output.WriteLine($"{StoreOption.Local(at)}, {by}: {a.Name}, khối {a.Group}{active}{(a.Replaces is null ? "" : $", thay thế cho {a.Replaces}")}");
        }
        if (lineage.Successors.Count > 0)
        {
            output.WriteLine($"Được thay thế bởi: {string.Join(", ", lineage.Successors.Select(s => $"{s.Name} ({s.Code})"))}");
        }
        foreach (var year in lineage.Results.Years)
        {
            var standings = year.Own is { } own ? [own] : year.Predecessors;
            var words = string.Join("; ", standings.Select(s => year.Own is null ? $"{s.Name}: {Reports.LastYearText.Standing(s)}" : Reports.LastYearText.Standing(s)));
            output.WriteLine($"Năm {year.Year}{(year.Own is null ? " (trước sắp xếp)" : "")}: {words}");
        }
        if (lineage.Results.Latest is var (latest, before, comparison))
        {
            var change = comparison.PointsChange is null ? "" : Reports.LastYearText.Change(comparison) + ". ";
            output.WriteLine($"Năm {latest} so với năm {before}: {change}{Reports.LastYearText.Note(comparison, before)}".TrimEnd());
        }
        return CliApp.Ok;
    }

    private static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "…";
}
