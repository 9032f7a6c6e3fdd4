using System.Globalization;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Bench;

/// <summary>Row 1: scoring in memory with full explanations through the NRules rules, one thread and two, vs the hand-written scorer.</summary>
internal static class ScoringBench
{
    public static void Run(BenchContext ctx, List<Row> rows, List<string> notes)
    {
        var compiled = ctx.Compiled;
        var version = compiled.Version;
        var subs = Inputs.Submissions(compiled, 10_000);
        foreach (var s in subs)
        {
            if (SubmissionValidator.Validate(version, s) is { Count: > 0 } problems)
            {
                throw new InvalidOperationException($"Generated submission {s.AgencyCode} is invalid: {string.Join("; ", problems)}");
            }
        }
        var scorer = compiled.Scorer;
        var hand = new Scorer(version, new ReferenceProgram(version));

        // Same records: byte-identical ResultJson on every input.
        var mismatches = 0;
        foreach (var s in subs)
        {
            if (ResultJson.Write(scorer.Evaluate(s)) != ResultJson.Write(hand.Evaluate(s)))
            {
                mismatches++;
            }
        }
        var classified = subs.Select(scorer.Evaluate).GroupBy(r => r.ClassName ?? r.Status.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}");
        notes.Add($"Row 1: the hand-written scorer gives byte-identical ResultJson on {subs.Count - mismatches:N0} of {subs.Count:N0} inputs. Classes of the generated inputs: {string.Join(", ", classified)}.");
        if (mismatches > 0)
        {
            throw new InvalidOperationException($"Hand-written scorer differs on {mismatches} inputs.");
        }

        var sink = 0m;
        double Pass(Scorer sc) => Measure.Median(() =>
        {
            foreach (var s in subs)
            {
                sink += sc.Evaluate(s).Total;
            }
        }, warmups: 3, repeats: 7);
        var compiledRate = subs.Count / Pass(scorer);
        var handRate = subs.Count / Pass(hand);

        // Two threads sharing the compiled version (one session factory per stage): each scores half the submissions.
        var evaluator = new Evaluator(version, compiled.Program);
        var halves = new[] { subs.Where((_, k) => k % 2 == 0).ToList(), subs.Where((_, k) => k % 2 == 1).ToList() };
        var twoThreadRate = subs.Count / Measure.Median(() =>
            Parallel.ForEach(halves, new ParallelOptions { MaxDegreeOfParallelism = 2 }, half =>
            {
                foreach (var s in half)
                {
                    scorer.Evaluate(s);
                }
            }), warmups: 2, repeats: 5);
        GC.KeepAlive(sink);

        var perSub = 1e6 / compiledRate;
        rows.Add(new Row("1", "scoring in memory, 60 items, full explanations, NRules rules (Scorer.Evaluate, 1 thread)",
            $"{compiledRate:N0} subs/s ({perSub:N1} µs each)", $"(a) hand-written IRuleProgram: {handRate:N0} subs/s",
            $"{handRate / compiledRate:N1}× the hand-written time", "≥ 10,000/s per core; ≤ 10× hand-written",
            Met(compiledRate >= 10_000 && handRate / compiledRate <= 10, compiledRate >= 10_000 ? "ratio missed" : "rate missed")));
        rows.Add(new Row("1", "… on 2 threads, one shared compiled version",
            $"{twoThreadRate:N0} subs/s", $"1 thread: {compiledRate:N0} subs/s", $"{twoThreadRate / compiledRate:N2}×", "≥ 1.8× one thread",
            Met(twoThreadRate / compiledRate >= 1.8)));

        // Where the time goes: bind alone; bind + the rules, without building the explained records.
        var program = compiled.Program;
        var bindOnly = subs.Count / Measure.Median(() =>
        {
            foreach (var s in subs)
            {
                sink += evaluator.Bind(s).V.Length;
            }
        }, warmups: 2, repeats: 5);
        var rulesOnly = subs.Count / Measure.Median(() =>
        {
            foreach (var s in subs)
            {
                var sheet = evaluator.Bind(s);
                program.Run(sheet);
            }
        }, warmups: 2, repeats: 5);
        var jsonRate = subs.Count / Measure.Median(() =>
        {
            foreach (var s in subs)
            {
                sink += ResultJson.Write(scorer.Evaluate(s)).Length;
            }
        }, warmups: 1, repeats: 3);
        var bytesPer = Allocated(() =>
        {
            foreach (var s in subs)
            {
                sink += scorer.Evaluate(s).Total;
            }
        }) / subs.Count;
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"Row 1 breakdown (µs per submission, one thread): Evaluator.Bind {1e6 / bindOnly:N1}; Bind + the NRules rules (one pooled session: insert the fact sheet, fire a rule per item, formula, section, block, total, condition and band, retract) {1e6 / rulesOnly:N1}; full Scorer.Evaluate {perSub:N1}. Scorer.Evaluate allocates {bytesPer:N0} bytes per submission; with ResultJson.Write added the rate is {jsonRate:N0} subs/s, i.e. writing the canonical JSON costs ≈ {1e6 / jsonRate - perSub:N0} µs per result, {(1e6 / jsonRate - perSub) / perSub:N0}× the scoring itself (this is paid by every stored run and replay)."));
        var fired = subs.Take(100).Average(x => scorer.Evaluate(x).Fired.Names.Count);
        if (handRate / compiledRate > 10 || compiledRate < 10_000)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Row 1 limit: a submission fires {fired:N0} rules on average (one per item, formula, section, block, condition and band, the tree, the total). NRules costs about 1.3 µs per activation (the sheet's insert and its retract each walk every rule's node), plus the session's fixed cost, which pooling sessions (reused after a retract) halves in allocation and which lets two threads scale; a probe measured 85 µs for 60 one-item rules, 9 µs for 6 ten-item rules and 6–8 µs for one rule doing all 60. With a rule per item and per figure, as the issue asks, the activations alone come to about {fired * 1.3:N0} µs, against the hand-written scorer's {1e6 / handRate:N1} µs. Rules per section would meet the figure but a failure would then name the section, not the item; that trade is left to a decision (see the session note)."));
        }
        GC.KeepAlive(sink);
    }

    /// <summary>Scores the generated submissions in a loop for the given number of seconds (for a profiler).</summary>
    public static void Profile(BenchContext ctx, int seconds, int count, bool json)
    {
        var subs = Inputs.Submissions(ctx.Compiled, count);
        var scorer = ctx.Compiled.Scorer;
        var sink = 0m;
        var passes = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var s in subs)
            {
                var result = scorer.Evaluate(s);
                sink += json ? ResultJson.Write(result).Length : result.Total;
            }
            passes++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passes * subs.Count / clock.Elapsed.TotalSeconds:N0} subs/s ({sink})"));
    }

    internal static string Met(bool ok, string? why = null) => ok ? "yes" : "**no**" + (why is null ? "" : $" ({why})");

    private static double Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
