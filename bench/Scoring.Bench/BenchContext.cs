using System.Diagnostics;
using Scoring.Engine.Criteria;
using Scoring.Rules.Compilation;

namespace Scoring.Bench;

/// <summary>The generated version, read, linted and compiled; the first compile in the process is timed here (row 2, cold).</summary>
internal sealed class BenchContext
{
    public required string Yaml { get; init; }

    public required CriteriaVersion Version { get; init; }

    public required CompiledCriteria Compiled { get; init; }

    public required double ReadLintSeconds { get; init; }

    public required double ColdCompileSeconds { get; init; }

    public static BenchContext Create(List<string> notes)
    {
        var yaml = Inputs.VersionYaml();
        var sw = Stopwatch.StartNew();
        var version = Inputs.Read(yaml);
        var readLint = sw.Elapsed.TotalSeconds;
        sw.Restart();
        var compiled = RuleCompiler.Compile(version);
        // Cold includes the first session: the first submission scored (NRules builds its session and JITs the actions).
        compiled.Scorer.Evaluate(Inputs.Submissions(compiled, 1)[0]);
        var cold = sw.Elapsed.TotalSeconds;
        if (version.AllItems.Count != 60)
        {
            throw new InvalidOperationException($"Expected 60 items, got {version.AllItems.Count}.");
        }
        return new BenchContext { Yaml = yaml, Version = version, Compiled = compiled, ReadLintSeconds = readLint, ColdCompileSeconds = cold };
    }
}
