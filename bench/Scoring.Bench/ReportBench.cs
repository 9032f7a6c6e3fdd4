using System.Diagnostics;
using System.Globalization;
using Scoring.Api.Reports;
using Scoring.Engine.Evaluation;

namespace Scoring.Bench;

/// <summary>Row 5: the report workbook for 1,000 and 10,000 agencies, each size in a child process of its own so that peak memory is its own.</summary>
internal static class ReportBench
{
    public static void Run(int agencies, List<Row> rows, List<string> notes)
    {
        foreach (var n in new[] { 1_000, agencies }.Distinct().Order())
        {
            var exe = Environment.ProcessPath!;
            var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(exe) is "dotnet")
            {
                psi.ArgumentList.Add(typeof(ReportBench).Assembly.Location);
            }
            psi.ArgumentList.Add("report-child");
            psi.ArgumentList.Add(n.ToString(CultureInfo.InvariantCulture));
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"Report child for {n} failed (exit {p.ExitCode}): {stderr.Result}");
            var f = line.Split(' ');
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            var (median, runs, peak, heapAfterSetup, allocated, size, setupPeak) = (D(1), (int)D(2), D(3), D(4), D(5), D(6), D(7));
            // Issue 16: 10,000 agencies in ≤ 10 s with a peak ≤ 600 MiB (issue 6 asked ≤ 30 s and 1.5 GiB); 1,000 in ≤ 3 s (issue 6).
            var limit = n >= 10_000 ? 10 : 3;
            var peakMiB = peak / 1048576;
            var memTarget = n >= 10_000;
            rows.Add(new Row("5", $"report workbook (ReportWorkbook.Write), {n:N0} agencies × 60 items",
                $"{median:N2} s (median of {runs}); peak working set {peak / 1048576:N0} MiB", $"process before writing: {setupPeak / 1048576:N0} MiB peak, {heapAfterSetup / 1048576:N0} MiB managed",
                $"{median / limit:P0} of the time budget; {(peak - setupPeak) / 1048576:N0} MiB added by the report",
                memTarget ? $"≤ {limit} s; peak ≤ 600 MiB" : $"≤ {limit} s",
                ScoringBench.Met(median <= limit && (!memTarget || peakMiB <= 600))));
            notes.Add($"Row 5, {n:N0} agencies: the .xlsx is {size / 1048576:N1} MiB; one write allocates {allocated / 1048576:N0} MiB (GC.GetTotalAllocatedBytes); the peak is Process.PeakWorkingSet64 of a child process that only scores the inputs and writes the report.");
            if (memTarget)
            {
                notes.Add("Row 5 before issue 16's streamed detail sheet (commit 30eebd0, the same machine, 2026-12-01): 10,000 agencies in 43.5 s (median of 2; 37.4 s in a second run), peak working set 1,291 MiB, 13,452 MiB allocated per write; of that, EPPlus built the 600,000-row detail sheet in 18 s and serialised it in 14 s.");
            }
            if (median > limit || (memTarget && peakMiB > 600))
            {
                notes.Add($"Row 5 limit ({n:N0}): the 'Chi tiết' sheet ({n * 60:N0} rows) is streamed on a thread of its own while the zip entry is compressed (Deflate, the runtime's zlib) on the other core; the compression of its ≈ {n * 60 * 330 / 1048576:N0} MiB of XML is the longer of the two. EPPlus still builds the annex and ranked sheets ({n:N0} rows each) in memory.");
            }
        }
    }

    public static void Child(int n)
    {
        var ctx = BenchContext.Create([]);
        var compiled = ctx.Compiled;
        var subs = Inputs.Submissions(compiled, n);
        var agencies = subs.Select(s =>
        {
            var r = compiled.Scorer.Evaluate(s);
            return new ScoredAgency(s.AgencyCode, s.AgencyName!, r, r, s.AgencyCode + ".xlsx");
        }).ToList();
        var info = new ReportInfo(compiled.Version, compiled.Hash, "bench-inputs", "Bench", new DateTimeOffset(2024, 12, 20, 9, 0, 0, TimeSpan.FromHours(7)));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapAfterSetup = GC.GetTotalMemory(forceFullCollection: true);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var setupPeak = self.PeakWorkingSet64;
        var runs = n >= 10_000 ? 2 : 4;
        var times = new List<double>();
        long allocated = 0;
        var size = 0;
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            var bytes = ReportWorkbook.Write(info, agencies, []);
            var t = sw.Elapsed.TotalSeconds;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            size = bytes.Length;
            // The first write also pays JIT; for 1,000 it is a warm-up, for 10,000 both count (median of 2 = mean).
            if (n >= 10_000 || i > 0)
            {
                times.Add(t);
            }
        }
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {Measure.MedianOf(times)} {times.Count} {self.PeakWorkingSet64} {heapAfterSetup} {allocated} {size} {setupPeak}"));
    }
}
