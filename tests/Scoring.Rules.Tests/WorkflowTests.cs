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
    public void Rules_EveryFigure_IsANamedRuleTracingToItsCode()
    {
        var c = Criteria.Shipped("mau-2024");
        var names = c.RuleNames.ToList();
        var v = c.Version;
        // Items, sections, tree, two blocks, total, caps, eligibility, bands and not-assessed; mau-2024 does not rescale.
        Assert.Equal(v.AllItems.Count + v.Sections.Count + 4 + v.Caps.Count + v.Eligibility.Count + v.Classes.Count + 1, names.Count);
        Assert.Equal(c.Program.Layout.Rules.Names.Where(n => n != "rescaling").Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        foreach (var name in new[] { "item:I.1", "bonus:T.1", "deduction:TR.1", "section:I", "tree", "block:bonus", "block:deductions", "total",
            "cap:diem-nong", "eligibility:ky-luat", "class:Tốt", "class:Yếu", "not-assessed" })
        {
            Assert.Contains(name, names);
        }
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("rescaling", Criteria.Compile(RescalingTests.TwoGroups).RuleNames);
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
