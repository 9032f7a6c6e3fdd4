using Scoring.Engine.Evaluation;
using Scoring.Engine.Submissions;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>Every figure of a result names the NRules rule that produced it: the result carries the rules that fired, and the
/// explanation is read from what they derived.</summary>
public class RuleTraceTests
{
    private const string WithFormula = """
        id: vet
        title: Vết
        sample: true
        scale: 100
        rounding: { mode: half-up, total: 1 }
        groups:
          - { code: g, name: Khối }
        inputs:
          - { code: so_mo_hinh, title: Số mô hình, type: count }
          - { code: bi_ky_luat, title: Bị kỷ luật, type: yes-no }
        sections:
          - code: A
            title: Chung
            max: 100
            items:
              - { code: A.1, title: Chung, max: 90, kind: judgment, step: 0.5 }
              - { code: A.2, title: Mô hình, max: 10, kind: formula, formula: "min(so_mo_hinh * 2 + diem(\"A.1\") / 90, 10)" }
        bonus:
          max: 5
          items:
            - { code: T.1, title: Thưởng, max: 5, kind: yes-no }
        caps:
          - { code: diem-nong, when: "tong_diem < 95", at-most: "Khá", reason: Điểm nóng }
        eligibility:
          - { code: ky-luat, when: "bi_ky_luat", reason: Bị kỷ luật }
        classes:
          - { name: Tốt, from: 90 }
          - { name: Khá, from: 70, to: 90 }
          - { name: Yếu, from: 0, to: 70 }
        """;

    [Fact]
    public void Trace_ScoredAgency_EveryFigureNamesTheRuleThatFired()
    {
        var c = Compile(WithFormula);
        var r = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(81), ["T.1"] = A(1) }, new Dictionary<string, decimal> { ["so_mo_hinh"] = 3, ["bi_ky_luat"] = 0 });
        Assert.Equal(["item:A.1", "item:A.2", "bonus:T.1", "section:A", "tree", "block:bonus", "block:deductions", "total",
            "cap:diem-nong", "eligibility:ky-luat", "class:Tốt"], r.Fired.Names);
        Assert.Equal(93m, r.Total);
        Assert.Equal("Khá", r.ClassName);
        // Every item with points names a rule that fired; the formula's inputs are what its rule read, in the order it read them.
        Assert.All(r.Items.Where(i => i.Applicable), i => Assert.True(r.Fired.Contains(i.RuleName), i.RuleName));
        var formula = r.Items.Single(i => i.Code == "A.2");
        Assert.Equal([("so_mo_hinh", 3m), ("diem(\"A.1\")", 81m)], formula.Inputs.Select(u => (u.Name, u.Value)));
        Assert.Equal(6.9m, formula.Points);
        Assert.Equal([("cap:diem-nong", true)], r.Conditions.Select(x => (x.RuleName, x.Changed)));
    }

    [Fact]
    public void Trace_NotAssessed_OnlyTheNotAssessedRuleFires()
    {
        var c = Compile(WithFormula);
        var r = c.Scorer.Evaluate(new Submission("x", null, "g", new Dictionary<string, Answer>(), new Dictionary<string, decimal>(), "Sáp nhập"));
        Assert.Equal(["not-assessed"], r.Fired.Names);
        Assert.Equal(AgencyStatus.NotAssessed, r.Status);
        Assert.Equal("Sáp nhập", r.StatusReason);
    }

    [Fact]
    public void Trace_Rescaling_FiresOnlyWhenTheGroupIsScoredOnLess()
    {
        var c = Compile(RescalingTests.TwoGroups);
        var partial = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(63), ["A.2"] = A(1) }, group: "dvsn");
        var whole = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(63), ["A.2"] = A(1), ["B.1"] = A(10) }, group: "so");
        Assert.Contains("rescaling", partial.Fired.Names);
        Assert.DoesNotContain("section:B", partial.Fired.Names);
        Assert.DoesNotContain("rescaling", whole.Fired.Names);
        Assert.Contains("section:B", whole.Fired.Names);
        Assert.Equal(["section:A"], partial.Sections.Select(s => "section:" + s.Code));
    }

    [Fact]
    public void Trace_Ineligible_EligibilityRuleFiredAndNamesTheReason()
    {
        var c = Compile(WithFormula);
        var r = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(81), ["T.1"] = A(0) }, new Dictionary<string, decimal> { ["so_mo_hinh"] = 1, ["bi_ky_luat"] = 1 });
        Assert.Equal(AgencyStatus.Ineligible, r.Status);
        Assert.Contains("eligibility:ky-luat", r.Fired.Names);
        Assert.Equal("Không đủ điều kiện xếp loại: Bị kỷ luật", r.StatusReason);
        Assert.Null(r.ClassName);
    }
}
