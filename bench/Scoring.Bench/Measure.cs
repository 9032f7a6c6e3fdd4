using System.Diagnostics;

namespace Scoring.Bench;

/// <summary>Stopwatch timing: warm up, repeat, take the median.</summary>
internal static class Measure
{
    /// <summary>Median seconds of <paramref name="repeats"/> runs after <paramref name="warmups"/> unmeasured ones.</summary>
    public static double Median(Action action, int warmups, int repeats)
    {
        for (var i = 0; i < warmups; i++)
        {
            action();
        }
        var times = new double[repeats];
        for (var i = 0; i < repeats; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[i] = sw.Elapsed.TotalSeconds;
        }
        return MedianOf(times);
    }

    public static double Once(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalSeconds;
    }

    public static double MedianOf(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var v = values.Order().ToArray();
        return v[Math.Min(v.Length - 1, (int)Math.Ceiling(p * v.Length) - 1)];
    }
}

/// <summary>One line of the results table.</summary>
internal sealed record Row(string Section, string What, string Value, string Baseline, string Ratio, string Target, string Met);
