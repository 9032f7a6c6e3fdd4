using Scoring.Api.Storage;

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
                var (agencies, problems) = AgencyListFile.Read(File.ReadAllBytes(file), Path.GetFileName(file));
                if (agencies is null)
                {
                    output.WriteLine($"Tệp {file} có {problems.Count} lỗi, chưa nhập đơn vị nào:");
                    problems.ToList().ForEach(p => output.WriteLine("  " + p));
                    return CliApp.InputProblems;
                }
                var store = StoreOption.Open(args);
                var summary = store.Agencies.ImportAsync([.. agencies.Values], Path.GetFileName(file), StoreOption.Actor(args), CancellationToken.None).GetAwaiter().GetResult();
                output.WriteLine($"Đã nhập danh sách đơn vị: thêm {summary.Added}, cập nhật {summary.Changed}, không đổi {summary.Unchanged}.");
                return CliApp.Ok;
            case ["list"]:
                foreach (var a in StoreOption.Open(args).Agencies.CurrentAsync(CancellationToken.None).GetAwaiter().GetResult().Values)
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
