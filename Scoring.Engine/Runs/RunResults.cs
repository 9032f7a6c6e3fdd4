using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Runs;

/// <summary>A classification run's computation: score every submission, rank, and hash the ranked results.</summary>
public static class RunResults
{
    /// <summary>Scores (without validation: run inputs were validated when stored), applies the class quotas and ranks the submissions.
    /// Agencies are scored in parallel, each into its own slot, so the results are the same as one by one.</summary>
    /// <exception cref="RuleEvaluationException">A rule threw; names the version, rule and agency (the first such agency in input order).</exception>
    public static IReadOnlyList<RankedRow> Classify(CriteriaVersion version, Scorer scorer, IEnumerable<Submission> submissions)
    {
        var list = submissions as IReadOnlyList<Submission> ?? [.. submissions];
        return Ranker.Rank(version, scorer.ApplyQuotas(InParallel(list.Count, i => scorer.Evaluate(list[i]))));
    }

    /// <summary>The line of one ranked row that the results hash covers: scope, rank, agency and the canonical result JSON.</summary>
    public static string Line(RankedRow row) => Line(row, ResultJson.Write(row.Result));

    /// <summary>SHA-256 (lowercase hex) over every row's line, in ranked order.</summary>
    public static string Hash(IEnumerable<RankedRow> rows) => Hash(rows.Select(Line));

    /// <summary>The rows as a run stores them: each result's canonical JSON written once, and the hash over them.</summary>
    public static WrittenResults Write(IReadOnlyList<RankedRow> rows)
    {
        var json = InParallel(rows.Count, i => ResultJson.Write(rows[i].Result));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            // The bytes of each row's Line, appended piece by piece (UTF-8 of a concatenation is the concatenation of the UTF-8s).
            for (var i = 0; i < rows.Count; i++)
            {
                Append(sha, ref buffer, Head(rows[i]));
                Append(sha, ref buffer, json[i]);
                Append(sha, ref buffer, "\n");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return new WrittenResults(rows, json, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    private static void Append(IncrementalHash sha, ref byte[] buffer, string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(most);
        }
        sha.AppendData(buffer, 0, Encoding.UTF8.GetBytes(text, buffer));
    }

    /// <summary>Computes every slot of an array in parallel; if any throws, the exception of the first failing slot (by index) is
    /// rethrown as it was, so that the error does not depend on scheduling.</summary>
    private static T[] InParallel<T>(int count, Func<int, T> compute)
    {
        var values = new T[count];
        var failures = new ExceptionDispatchInfo?[count];
        Parallel.For(0, count, i =>
        {
            try
            {
                values[i] = compute(i);
            }
#pragma warning disable CA1031 // Every failure is kept and the first one rethrown unchanged below.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        });
        Array.Find(failures, f => f is not null)?.Throw();
        return values;
    }

    private static string Line(RankedRow row, string json) => $"{Head(row)}{json}\n";

    /// <summary>The first line of a row's hashed text: scope, rank and agency.</summary>
    private static string Head(RankedRow row) => $"{row.Scope}|{row.Rank}|{row.Result.AgencyCode}\n";

    /// <summary>SHA-256 (lowercase hex) over lines, in order.</summary>
    public static string Hash(IEnumerable<string> lines)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(line));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

/// <summary>Ranked rows with the canonical JSON of each result (same order) and the results hash over them.</summary>
public sealed record WrittenResults(IReadOnlyList<RankedRow> Rows, IReadOnlyList<string> Json, string Hash);
