using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesEngine.Models;
using Scoring.Engine.Evaluation;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Generators;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Rules.Tests;

/// <summary>The compiled program is the workflow: running the same rules through RulesEngine gives the same outputs.</summary>
public class WorkflowTests
{
    [Fact]
    public void Workflow_EveryItemCapAndGate_IsANamedRuleTracingToItsCode()
    {
        var c = Criteria.Shipped("mau-2024");
        var names = c.Workflow.Rules.Select(r => r.RuleName).ToList();
        Assert.Equal(c.Version.AllItems.Count + c.Version.Caps.Count + c.Version.Eligibility.Count, names.Count);
        Assert.Contains("item:I.1", names);
        Assert.Contains("bonus:T.1", names);
        Assert.Contains("deduction:TR.1", names);
        Assert.Contains("cap:diem-nong", names);
        Assert.Contains("eligibility:ky-luat", names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 25)]
    public Property ExecuteAllRulesAsync_SameSheet_SameOutputsAsCompiledProgram(Case c)
    {
        if (c.Submission.NotAssessedReason is not null)
        {
            return true.ToProperty();
        }
        var compiled = c.Criteria;
        var evaluator = new Evaluator(compiled.Version, compiled.Program);
        var expected = evaluator.Bind(c.Submission);
        compiled.Program.ScoreItems(expected);
        var result = evaluator.Evaluate(c.Submission);
        for (var i = 0; i < result.Items.Count; i++)
        {
            expected.P[i] = result.Items[i].Points;
        }
        expected.Total = result.Total;
        compiled.Program.ScoreFormulas(expected);
        compiled.Program.TestConditions(expected);

        var sheet = evaluator.Bind(c.Submission);
        Array.Copy(expected.P, sheet.P, sheet.P.Length);
        sheet.Total = expected.Total;
        var engine = new RulesEngine.RulesEngine([compiled.Workflow], RuleCompiler.Settings);
        var outcomes = engine.ExecuteAllRulesAsync(compiled.Version.Id, new RuleParameter(RuleEmitter.Parameter, sheet)).AsTask().GetAwaiter().GetResult();
        var failures = new List<string>();
        for (var i = 0; i < compiled.Version.AllItems.Count; i++)
        {
            var outcome = outcomes[i];
            Assert.Null(outcome.ExceptionMessage is { Length: > 0 } m ? m : null);
            if (outcome.IsSuccess != expected.On[i] || (outcome.IsSuccess && (decimal)outcome.ActionResult.Output != expected.R[i]))
            {
                failures.Add($"{outcome.Rule.RuleName}: {outcome.ActionResult?.Output} vs {expected.R[i]}");
            }
        }
        for (var j = 0; j < expected.C.Length; j++)
        {
            var outcome = outcomes[compiled.Version.AllItems.Count + j];
            if (outcome.IsSuccess != expected.C[j])
            {
                failures.Add($"{outcome.Rule.RuleName}: {outcome.IsSuccess} vs {expected.C[j]}");
            }
        }
        return (failures.Count == 0).Label(string.Join("; ", failures));
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
