using Scoring.Api.Storage;
using Scoring.Api.UseCases;

namespace Scoring.Api.Cli;

/// <summary><c>submissions upload|attach|list|revisions|withdraw|lock|reopen</c>: an agency's uploads and evidence files, and the year's tracker,
/// on the store.</summary>
internal static class SubmissionsCommand
{
    public const string Usage = """
        submissions upload --agency <mã> --year <năm> --criteria <mã> <tệp.xlsx> [--db <tệp>] [--by <người nộp>]
          submissions attach --agency <mã> --year <năm> --criteria <mã> --items <mã tiêu chí,…> <tệp> [--db <tệp>] [--by <người đính kèm>]
          submissions list --year <năm> --criteria <mã> [--db <tệp>]
          submissions revisions --agency <mã> --year <năm> --criteria <mã> [--db <tệp>]
          submissions withdraw --agency <mã> --year <năm> --criteria <mã> [--db <tệp>] [--by <người rút>]
          submissions lock --year <năm> --criteria <mã> [--db <tệp>] [--by <người khóa>]
          submissions reopen --year <năm> --criteria <mã> --reason <lý do> [--db <tệp>] [--by <người mở>]
        """;

    private static readonly CancellationToken Ct = CancellationToken.None;

    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments);
        var verb = args.Positional.FirstOrDefault();
        var needsAgency = verb is "upload" or "attach" or "revisions" or "withdraw";
        var needsFile = verb is "upload" or "attach";
        if (verb is not ("upload" or "attach" or "list" or "revisions" or "withdraw" or "lock" or "reopen") || (needsAgency && args["--agency"] is null)
            || args["--criteria"] is null || args.Positional.Count != (needsFile ? 2 : 1) || (verb == "attach" && args["--items"] is null))
        {
            output.WriteLine("Cách dùng: " + Usage);
            return CliApp.Usage;
        }
        if (StoreOption.Year(args, output) is not { } year)
        {
            return CliApp.Usage;
        }
        if (needsFile && !File.Exists(args.Positional[1]))
        {
            output.WriteLine($"{args.Positional[1]}: lỗi: không tìm thấy tệp.");
            return CliApp.InputProblems;
        }
        if (CriteriaOption.Load(args, output) is not { } criteria)
        {
            return CliApp.InputProblems;
        }
        var ops = StoreOption.Open(args);
        var id = criteria.Version.Id;
        var agency = args["--agency"] ?? "";
        switch (verb)
        {
            case "upload":
                return Upload(ops, args, agency, year, criteria, output);
            case "attach":
                return Attach(ops, args, agency, year, criteria, output);
            case "list":
                return SubmissionsTracker.Write(ops, criteria.Version, year, output);
            case "revisions":
                return Revisions(ops, agency, year, id, output);
            case "withdraw":
                return CliApp.Print(ops.Withdraw.RunAsync(agency, year, id, StoreOption.Actor(args), Ct).GetAwaiter().GetResult(), output);
            case "reopen":
                return CliApp.Print(ops.Reopen.RunAsync(year, id, args["--reason"], StoreOption.Actor(args), Ct).GetAwaiter().GetResult(), output);
            default:
                return CliApp.Print(ops.Lock.RunAsync(year, id, StoreOption.Actor(args), Ct).GetAwaiter().GetResult(), output);
        }
    }

    private static int Upload(Operations ops, CliArgs args, string agency, int year, Rules.Compilation.CompiledCriteria criteria, TextWriter output)
    {
        var file = args.Positional[1];
        var outcome = ops.Upload.RunAsync(agency, year, criteria, File.ReadAllBytes(file), Path.GetFileName(file), StoreOption.Actor(args), Ct)
            .GetAwaiter().GetResult();
        return CliApp.Print(outcome, output);
    }

    /// <summary>Attaches an evidence file to the items named in <c>--items</c> (codes separated by commas), as the agency's page does.</summary>
    private static int Attach(Operations ops, CliArgs args, string agency, int year, Rules.Compilation.CompiledCriteria criteria, TextWriter output)
    {
        var file = args.Positional[1];
        var items = (args["--items"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var outcome = ops.Attach.RunAsync(agency, year, criteria, File.ReadAllBytes(file), Path.GetFileName(file), items, StoreOption.Actor(args), Ct)
            .GetAwaiter().GetResult();
        return CliApp.Print(outcome, output);
    }

    private static int Revisions(Operations ops, string agency, int year, string criteriaId, TextWriter output)
    {
        var revisions = ops.Records.RevisionsAsync(agency, year, criteriaId, Ct).GetAwaiter().GetResult();
        if (revisions.Count == 0)
        {
            output.WriteLine($"Đơn vị {agency} chưa nộp tệp nào năm {year} (bộ tiêu chí {criteriaId}).");
            return CliApp.Ok;
        }
        output.WriteLine($"Các lần nộp năm {year} của đơn vị {agency} (bộ tiêu chí {criteriaId}):");
        foreach (var r in revisions)
        {
            var verdict = (r.Accepted ? "được nhận" : "bị từ chối") + (r.Late ? ", nộp muộn" : "");
            output.WriteLine($"  Lần {r.Seq}\t{StoreOption.Local(r.UploadedAt)}\t{r.UploadedBy}\t{r.FileName}\tSHA-256 {r.Sha256[..12]}\t{verdict}");
            foreach (var p in ProblemJson.Read(r.ErrorsJson))
            {
                output.WriteLine("      " + p);
            }
        }
        return CliApp.Ok;
    }
}
