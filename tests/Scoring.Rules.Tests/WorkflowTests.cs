using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scoring.Engine.Evaluation;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Generators;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Rules.Tests;

/// <summary>The version as NRules rules: every figure a named rule tracing to its code; one factory shared by threads.</summary>
public class WorkflowTests
{
    [Fact]
    public void Rules_EveryItemCapAndGate_IsANamedRuleTracingToItsCode()
    {
        var c = Criteria.Shipped("mau-2024");
        var names = c.RuleNames.ToList();
        Assert.Equal(c.Version.AllItems.Count + c.Version.Caps.Count + c.Version.Eligibility.Count, names.Count);
        Assert.Contains("item:I.1", names);
        Assert.Contains("bonus:T.1", names);
        Assert.Contains("deduction:TR.1", names);
        Assert.Contains("cap:diem-nong", names);
        Assert.Contains("eligibility:ky-luat", names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 25)]
    public Property Evaluate_OneFactoryFromSeveralThreads_SameAsOneThread(Case[] cases)
    {
        var sequential = cases.Select(c => ResultJson.Write(c.Criteria.Scorer.Evaluate(c.Submission))).ToList();
        var parallel = new string[cases.Length];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = ResultJson.Write(cases[i].Criteria.Scorer.Evaluate(cases[i].Submission)));
        return sequential.SequenceEqual(parallel).ToProperty();
    }

    [Fact]
    public void Cache_SameVersionTwice_CompiledOnce()
    {
        var cache = new CompiledCriteriaCache();
        var version = Criteria.Shipped("mau-2023").Version;
        var first = cache.Get(version);
        var second = cache.Get(Scoring.Rules.Format.CriteriaReader.Read(File.ReadAllText(Path.Combine(Criteria.CriteriaFolder, "mau-2023.yaml")), "x").Version!);
        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }
}
