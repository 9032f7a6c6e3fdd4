
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
            default:
                output.WriteLine("Cách dùng: agencies import <tệp .csv hoặc .xlsx> [--db <tệp>] [--by <người nhập>] | agencies list [--db <tệp>]");
                return CliApp.Usage;
        }
    }
}
