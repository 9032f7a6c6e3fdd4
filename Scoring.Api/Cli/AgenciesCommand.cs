
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
                return History(StoreOption.Open(args).Records, agency!, output);
            default:
                output.WriteLine("Cách dùng: agencies import <tệp .csv hoặc .xlsx> [--db <tệp>] [--by <người nhập>] | agencies list [--db <tệp>] | agencies history <mã> [--db <tệp>]");
                return CliApp.Usage;
        }
    }

    // Every version of the agency (name, group, dates, whom it replaces), who recorded it and when; then which agencies replace it.
    private static int History(UseCases.ReadRecords records, string code, TextWriter output)
    {
        var history = records.AgencyHistoryAsync(code, CancellationToken.None).GetAwaiter().GetResult();
        if (history.Count == 0)
        {
            output.WriteLine($"Mã đơn vị \"{code}\" không có trong danh sách đơn vị.");
            return CliApp.InputProblems;
        }
        foreach (var (a, at, by) in history)
        {
            var active = a.ActiveFrom is null && a.ActiveTo is null ? "" : $", hoạt động {Day(a.ActiveFrom)}–{Day(a.ActiveTo)}";
            output.WriteLine($"{StoreOption.Local(at)}, {by}: {a.Name}, khối {a.Group}{active}{(a.Replaces is null ? "" : $", thay thế cho {a.Replaces}")}");
        }
        var successors = records.AgenciesAsync(CancellationToken.None).GetAwaiter().GetResult().Values.Where(a => a.Predecessors.Contains(code)).ToList();
        if (successors.Count > 0)
        {
            output.WriteLine($"Được thay thế bởi: {string.Join(", ", successors.Select(s => $"{s.Name} ({s.Code})"))}");
        }
        return CliApp.Ok;
    }

    private static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "…";
}
