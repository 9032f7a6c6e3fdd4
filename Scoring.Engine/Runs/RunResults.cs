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
    /// <summary>Scores (without validation: run inputs were validated when stored) and ranks the submissions.</summary>
    /// <exception cref="RuleEvaluationException">A rule threw; names the version, rule and agency.</exception>
    public static IReadOnlyList<RankedRow> Classify(CriteriaVersion version, Scorer scorer, IEnumerable<Submission> submissions) =>
        Ranker.Rank(version, submissions.Select(scorer.Evaluate));

    /// <summary>The line of one ranked row that the results hash covers: scope, rank, agency and the canonical result JSON.</summary>
    public static string Line(RankedRow row) => Line(row, ResultJson.Write(row.Result));

    /// <summary>SHA-256 (lowercase hex) over every row's line, in ranked order.</summary>
    public static string Hash(IEnumerable<RankedRow> rows) => Hash(rows.Select(Line));

    /// <summary>The rows as a run stores them: each result's canonical JSON written once, and the hash over them.</summary>
    public static WrittenResults Write(IReadOnlyList<RankedRow> rows)
    {
        var json = rows.Select(r => ResultJson.Write(r.Result)).ToArray();
        return new WrittenResults(rows, json, Hash(rows.Select((r, i) => Line(r, json[i]))));
    }

    private static string Line(RankedRow row, string json) => $"{row.Scope}|{row.Rank}|{row.Result.AgencyCode}\n{json}\n";

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
