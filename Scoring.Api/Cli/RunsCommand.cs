using System.Globalization;
using Scoring.Api.Reports;
using Scoring.Api.Runs;
using Scoring.Api.Storage;

namespace Scoring.Api.Cli;

/// <summary><c>runs create|publish|list|show|replay|diff</c>: annual classification runs on the store.</summary>
internal static class RunsCommand
{
    public const string Usage = "runs create --year <năm> --criteria <mã> [--group <khối>] | runs publish <số> | runs list | runs show <số> | runs replay <số> [--out <tệp.xlsx>] | runs diff <số> --criteria <mã khác> [--out <tệp.xlsx>]  (thêm --db <tệp>, --by <người làm>)";

    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments);
        var ct = CancellationToken.None;
        var store = StoreOption.Open(args);
        var service = new RunService(store, store.Submissions, store.Runs);
        switch (args.Positional)
        {
            case ["create"] when int.TryParse(args["--year"], CultureInfo.InvariantCulture, out var year) && args["--criteria"] is { } criteriaId:
                if (new Storage.CriteriaFolder(args["--criteria-dir"]).Load(criteriaId).Valid is { } fromFile)
                {
                    var freeze = store.Criteria.FreezeAsync(store.Cache.Get(fromFile), StoreOption.Actor(args), ct).GetAwaiter().GetResult();
                    if (!freeze.Ok)
                    {
                        output.WriteLine(freeze.Problem);
                        return CliApp.InputProblems;
                    }
                }
                var (created, problem) = service.CreateAsync(year, criteriaId, args["--group"], StoreOption.Actor(args), ct).GetAwaiter().GetResult();
                if (created is null)
                {
                    output.WriteLine(problem);
                    return CliApp.InputProblems;
                }
                var run = store.Runs.GetAsync(created.Value, ct).GetAwaiter().GetResult()!;
                output.WriteLine($"Đã tạo lượt xếp loại số {created} (bản nháp), năm {year}, bộ tiêu chí {criteriaId}; mã băm kết quả {run.ResultsHash}.");
                return CliApp.Ok;
            case ["publish", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id):
                var change = store.Runs.PublishAsync(id, StoreOption.Actor(args), ct).GetAwaiter().GetResult();
                output.WriteLine(change.Ok ? $"Đã công bố lượt xếp loại số {id}." : change.Problem);
                return change.Ok ? CliApp.Ok : CliApp.InputProblems;
            case ["list"]:
                foreach (var r in store.Runs.ListAsync(ct).GetAwaiter().GetResult())
                {
                    output.WriteLine($"{r.Id}\t{r.Year}\t{r.CriteriaId}\t{r.GroupCode ?? "mọi khối"}\t{State(r.State)}\t{r.CreatedAt}\t{r.CreatedBy}\t{r.ResultsHash}");
                }
                return CliApp.Ok;
            case ["show", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id):
                foreach (var r in store.Runs.ResultsAsync(id, ct).GetAwaiter().GetResult())
                {
                    var status = r.Status switch { "Ineligible" => "Không đủ điều kiện xếp loại", "NotAssessed" => "Chưa đánh giá", _ => r.ClassName };
                    output.WriteLine($"{r.Scope}\t{r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"}\t{r.AgencyCode}\t{Vi(r.Total)}\t{status}");
                }
                return CliApp.Ok;
            case ["replay", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id):
                return Replay(service, store, id, args["--out"], output, ct);
            case ["diff", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id) && args["--criteria"] is not null:
                if (CriteriaOption.Load(args, output) is not { } other)
                {
                    return CliApp.InputProblems;
                }
                var diff = service.DiffAsync(id, other, ct).GetAwaiter().GetResult();
                if (diff is null)
                {
                    output.WriteLine($"Không có lượt xếp loại số {id}.");
                    return CliApp.InputProblems;
                }
                foreach (var d in diff.Value.Diffs)
                {
                    output.WriteLine($"{d.AgencyCode}: {Vi(d.OldTotal)} → {Vi(d.NewTotal)}, {d.OldClass} → {d.NewClass}, vị thứ {d.OldRank} → {d.NewRank}"
                        + string.Concat(d.Items.Select(i => $"\n    {i.OldCode ?? "-"} → {i.NewCode ?? "-"}: {Vi(i.OldPoints)} → {Vi(i.NewPoints)} ({i.Note})"))
                        + string.Concat(d.Notes.Select(n => "\n    " + n)));
                }
                if (args["--out"] is { } file)
                {
                    File.WriteAllBytes(file, AuditWorkbooks.Diff(diff.Value.Run, other.Version.Id, diff.Value.Diffs));
                    output.WriteLine($"Đã ghi {file}.");
                }
                return CliApp.Ok;
            default:
                output.WriteLine("Cách dùng: " + Usage);
                return CliApp.Usage;
        }
    }

    private static int Replay(RunService service, Store store, long id, string? file, TextWriter output, CancellationToken ct)
    {
        var report = service.ReplayAsync(id, ct).GetAwaiter().GetResult();
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
            output.WriteLine($"  {d.AgencyCode}, {d.What}: đã lưu {d.Stored}, tính lại {d.Computed}");
        }
        if (file is not null)
        {
            File.WriteAllBytes(file, AuditWorkbooks.Replay(store.Runs.GetAsync(id, ct).GetAwaiter().GetResult()!, report));
            output.WriteLine($"Đã ghi {file}.");
        }
        return report.Matches ? CliApp.Ok : CliApp.InputProblems;
    }

    private static string Vi(decimal? value) => value is { } v ? Engine.Text.Num.Vi(v) : "-";

    private static string Vi(string invariant) => Vi(decimal.Parse(invariant, CultureInfo.InvariantCulture));

    private static string State(string state) => state switch { "draft" => "bản nháp", "published" => "đã công bố", _ => "đã được thay thế" };
}
