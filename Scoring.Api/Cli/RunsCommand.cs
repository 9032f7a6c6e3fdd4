using Scoring.Engine.Runs;
using System.Globalization;
using Scoring.Api.Reports;
using Scoring.Api.Runs;
using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Cli;

/// <summary><c>runs create|publish|list|show|replay|diff|last-year</c>: annual classification runs on the store.</summary>
internal static class RunsCommand
{
    public const string Usage = "runs create --year <năm> --criteria <mã> [--group <khối>] [--knowingly] | runs publish <số> [--decision <số quyết định>] [--date <ngày>] [--signer-title <chức danh>] [--signer <họ tên>] [--issuer <cơ quan, \\n giữa các cấp>] [--place <địa danh>] | runs report <số> --out <tệp.xlsx> [--pdf: phụ lục kèm quyết định, --out <tệp.pdf>] | runs list | runs show <số> | runs replay <số> [--out <tệp.xlsx>] | runs diff <số> --criteria <mã khác> [--out <tệp.xlsx>] | runs last-year <số>  (thêm --db <tệp>, --by <người làm>)";

    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments, "--knowingly", "--pdf");
        var ct = CancellationToken.None;
        var ops = StoreOption.Open(args);
        switch (args.Positional)
        {
            case ["create"] when int.TryParse(args["--year"], CultureInfo.InvariantCulture, out var year) && args["--criteria"] is { } criteriaId:
                var offered = CriteriaOption.Load(args, TextWriter.Null);
                var order = new RunOrder(year, criteriaId, args["--group"], args.Has("--knowingly"), offered);
                return CliApp.Print(ops.CreateRun.RunAsync(order, StoreOption.Actor(args), ct).GetAwaiter().GetResult(), output);
            case ["publish", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id):
                var (date, dateProblem) = PublishRun.DecisionDate(args["--date"]);
                if (dateProblem is not null)
                {
                    output.WriteLine(dateProblem);
                    return CliApp.InputProblems;
                }
                var decision = new RunDecision(args["--decision"], date, args["--signer-title"], args["--signer"], args["--issuer"]?.Replace("\\n", "\n", StringComparison.Ordinal), args["--place"]);
                return CliApp.Print(ops.Publish.RunAsync(id, StoreOption.Actor(args), ct, decision).GetAwaiter().GetResult(), output);
            case ["report", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id) && args["--out"] is { } reportFile:
                var report = (args.Has("--pdf") ? ops.Report.PdfAsync(id, ct) : ops.Report.RunAsync(id, ct)).GetAwaiter().GetResult();
                if (report is { Ok: true, Value: { } written })
                {
                    File.WriteAllBytes(reportFile, written.Bytes);
                    output.WriteLine($"Đã ghi {(args.Has("--pdf") ? "phụ lục (PDF)" : "báo cáo")} lượt xếp loại số {id} vào {reportFile}.");
                    return CliApp.Ok;
                }
                return CliApp.Print(report, output);
            case ["list"]:
                foreach (var r in ops.Runs.ListAsync(ct).GetAwaiter().GetResult())
                {
                    output.WriteLine($"{r.Id}\t{r.Year}\t{r.CriteriaId}\t{r.GroupCode ?? "mọi khối"}\t{r.State.Label()}\t{StoreOption.Local(r.CreatedAt)}\t{r.CreatedBy}\t{r.ResultsHash}");
                }
                return CliApp.Ok;
            case ["show", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id):
                foreach (var r in ops.Records.RunResultsAsync(id, ct).GetAwaiter().GetResult())
                {
                    var status = AgencyStatusLabels.Label(r.Status, r.ClassName);
                    output.WriteLine($"{r.Scope}\t{r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"}\t{r.AgencyCode}\t{Vi(r.Total)}\t{status}");
                }
                return CliApp.Ok;
            case ["replay", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id):
                return Replay(ops, id, args["--out"], output, ct);
            case ["last-year", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id):
                return LastYear(ops, id, output, ct);
            case ["diff", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id) && args["--criteria"] is not null:
                if (CriteriaOption.Load(args, output) is not { } other)
                {
                    return CliApp.InputProblems;
                }
                var diff = ops.Runs.DiffAsync(id, other, ct).GetAwaiter().GetResult();
                if (diff is null)
                {
                    output.WriteLine($"Không có lượt xếp loại số {id}.");
                    return CliApp.InputProblems;
                }
                var summary = DiffSummary.Of(diff.Value.Diffs);
                output.WriteLine($"So sánh lượt {id} ({diff.Value.From.Version.Id}) với bộ tiêu chí {other.Version.Id}: {summary.Agencies} đơn vị, "
                    + $"{summary.ClassChanged} đổi xếp loại, {summary.RankChanged} đổi vị thứ, {summary.TotalChanged} đổi tổng điểm.");
                foreach (var d in diff.Value.Diffs)
                {
                    output.WriteLine($"{d.AgencyName ?? d.AgencyCode}: {Vi(d.OldTotal)} → {Vi(d.NewTotal)}, {d.OldClass} → {d.NewClass}, vị thứ {d.OldRank} → {d.NewRank}"
                        + string.Concat(d.Items.Select(i => $"\n    {i.OldCode ?? "-"} → {i.NewCode ?? "-"}: {Vi(i.OldPoints)} → {Vi(i.NewPoints)} ({i.Note})"))
                        + string.Concat(d.Notes.Select(n => "\n    " + n)));
                }
                if (args["--out"] is { } file)
                {
                    File.WriteAllBytes(file, ops.Runs.DiffFileAsync(id, other, ct).GetAwaiter().GetResult()!.Value.Bytes);
                    output.WriteLine($"Đã ghi {file}.");
                }
                return CliApp.Ok;
            default:
                output.WriteLine("Cách dùng: " + Usage);
                return CliApp.Usage;
        }
    }

    // Each agency of the run against the latest earlier published year: last year's result, the change, and why there is none.
    private static int LastYear(Operations ops, long id, TextWriter output, CancellationToken ct)
    {
        if (ops.History.ForRunAsync(id, ct).GetAwaiter().GetResult() is not var (header, lastYear))
        {
            output.WriteLine($"Không có lượt xếp loại số {id}.");
            return CliApp.InputProblems;
        }
        if (lastYear.Year is not { } year)
        {
            output.WriteLine($"Chưa có năm nào trước năm {header.Year} có lượt xếp loại đã công bố: không có gì để so sánh.");
            return CliApp.Ok;
        }
        output.WriteLine($"Lượt {id} (năm {header.Year}) so với năm {year} (lượt {string.Join(", ", lastYear.Runs)}):");
        foreach (var r in ops.Records.RunResultsAsync(id, ct).GetAwaiter().GetResult())
        {
            if (lastYear.ByCode.GetValueOrDefault(r.AgencyCode) is { } c)
            {
                var note = LastYearText.Note(c, year) is { } why ? " " + why : "";
                output.WriteLine($"{r.AgencyCode}\tnăm {year}: {LastYearText.Before(c)}\tthay đổi: {LastYearText.Change(c)}{note}");
            }
        }
        return CliApp.Ok;
    }

    private static int Replay(Operations ops, long id, string? file, TextWriter output, CancellationToken ct)
    {
        var report = ops.Runs.ReplayAsync(id, ct).GetAwaiter().GetResult();
        if (report is null)
        {
            output.WriteLine($"Không có lượt xếp loại số {id}.");
            return CliApp.InputProblems;
        }
        output.WriteLine(report.Matches
            ? $"khớp: lượt {id} tính lại đúng từng kết quả, mã băm {report.ComputedHash}"
            : $"KHÔNG KHỚP: lượt {id}, mã băm đã lưu {report.StoredHash}, tính lại {report.ComputedHash}");
        foreach (var d in report.Differences)
        {
            output.WriteLine($"  {d.AgencyName ?? d.AgencyCode}, {d.What}: đã lưu {d.Stored}, tính lại {d.Computed}");
        }
        if (file is not null)
        {
            File.WriteAllBytes(file, AuditWorkbooks.Replay(ops.Records.RunAsync(id, ct).GetAwaiter().GetResult()!, report));
            output.WriteLine($"Đã ghi {file}.");
        }
        return report.Matches ? CliApp.Ok : CliApp.InputProblems;
    }

    private static string Vi(decimal? value) => value is { } v ? Engine.Text.Num.Vi(v) : "-";

    private static string Vi(string invariant) => Vi(decimal.Parse(invariant, CultureInfo.InvariantCulture));

}
