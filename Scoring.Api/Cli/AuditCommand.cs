using Scoring.Api.UseCases;
using System.Globalization;

namespace Scoring.Api.Cli;

/// <summary><c>audit --agency &lt;code&gt;</c> or <c>audit --run &lt;id&gt;</c>: every write about an agency or a run, oldest first,
/// with when (Vietnam time), who and what.</summary>
internal static class AuditCommand
{
    public const string Usage = "audit --agency <mã> | audit --run <số> [--db <tệp>]";

    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments);
        var agency = args["--agency"];
        long? run = long.TryParse(args["--run"], CultureInfo.InvariantCulture, out var r) ? r : null;
        if ((agency is null) == (run is null) || args.Positional.Count > 0)
        {
            output.WriteLine("Cách dùng: " + Usage);
            return CliApp.Usage;
        }
        var records = StoreOption.Open(args).Records;
        var entries = (agency is not null ? records.AuditOfAgencyAsync(agency, CancellationToken.None) : records.AuditOfRunAsync(run!.Value, CancellationToken.None))
            .GetAwaiter().GetResult();
        var subject = agency is not null ? $"đơn vị {agency}" : $"lượt xếp loại số {run}";
        if (entries.Count == 0)
        {
            output.WriteLine($"Nhật ký không có ghi nhận nào về {subject}.");
            return CliApp.Ok;
        }
        output.WriteLine($"Nhật ký của {subject} ({entries.Count} ghi nhận):");
        foreach (var e in entries)
        {
            output.WriteLine($"{StoreOption.Local(e.At)}\t{e.Actor}\t{e.Action}\t{e.Detail}");
        }
        return CliApp.Ok;
    }
}
