using Scoring.Engine.Submissions;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>Items that do not apply (to a group, to one agency), proportional rescaling, and section caps.</summary>
public class RescalingTests
{
    internal const string TwoGroups = """
        id: quy-doi
        title: Quy đổi
        sample: true
        scale: 100
        rescaling: proportional
        rounding: { mode: half-up, total: 0.01 }
        groups:
          - { code: so, name: Sở }
          - { code: dvsn, name: Đơn vị sự nghiệp }
        sections:
          - code: A
            title: Chung
            max: 85
            items:
              - { code: A.1, title: Chung, max: 80, kind: judgment, step: 1 }
              - { code: A.2, title: Có thể không áp dụng, max: 5, kind: yes-no, may-be-not-applicable: true }
          - code: B
            title: Cải cách hành chính
            max: 15
            applies-to: [so]
            items:
              - { code: B.1, title: Chỉ số CCHC, max: 15, kind: judgment, step: 1 }
        classes:
          - { name: Tốt, from: 80 }
          - { name: Khá, from: 75, to: 80 }
          - { name: Trung bình, from: 50, to: 75 }
          - { name: Yếu, from: 0, to: 50 }
        """;

    [Fact]
    public void Rescaling_GroupScoredOutOf85_ProportionalBackTo100()
    {
        var c = Compile(TwoGroups);
        var r = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(63), ["A.2"] = A(1) }, group: "dvsn");
        Assert.Equal(68m, r.TreeTotal);
        Assert.Equal(85m, r.ApplicableMax);
        Assert.Equal(80m, r.RescaledTotal);
        Assert.Equal("Tốt", r.ClassName);
        Assert.False(r.Items.Single(i => i.Code == "B.1").Applicable);
    }

    [Fact]
    public void Rescaling_AgencyDeclaresItemNotApplicable_ApplicableMaxShrinks()
    {
        var c = Compile(TwoGroups);
        var r = Score(c, new Dictionary<string, Answer> { ["A.1"] = A(70), ["A.2"] = Answer.NotApplicableAnswer, ["B.1"] = A(10) }, group: "so");
        Assert.Equal(95m, r.ApplicableMax);
        Assert.Equal(80m * 100m / 95m, r.RescaledTotal);
        Assert.Equal(84.21m, r.Total);
        Assert.Contains("không thuộc đối tượng áp dụng", r.Items.Single(i => i.Code == "A.2").NotApplicableReason);
    }

    [Fact]
    public void NotApplicable_ItemThatMustApply_Rejected()
    {
        var c = Compile(TwoGroups);
        var outcome = c.Scorer.Score(new Submission("a", null, "so", new Dictionary<string, Answer> { ["A.1"] = Answer.NotApplicableAnswer, ["A.2"] = A(1), ["B.1"] = A(1) }, new Dictionary<string, decimal>()));
        Assert.Contains("bắt buộc với mọi đơn vị", Assert.Single(outcome.Problems).Message);
    }

    [Fact]
    public void Section_ItemsAboveSectionMax_SectionCapped()
    {
        var c = Compile("""
            id: tran-muc
            title: Trần mục
            scale: 10
            groups: [ { code: g, name: G } ]
            sections:
              - code: I
                title: Mục I
                max: 10
                items:
                  - { code: I.1, title: A, max: 6, kind: yes-no }
                  - { code: I.2, title: B, max: 6, kind: yes-no }
            classes: [ { name: Đạt, from: 5 }, { name: Không đạt, from: 0, to: 5 } ]
            """);
        var r = Score(c, new Dictionary<string, Answer> { ["I.1"] = A(1), ["I.2"] = A(1) });
        Assert.Equal(12m, r.Sections[0].Sum);
        Assert.Equal(10m, r.Sections[0].Points);
        Assert.Equal(10m, r.Total);
        Assert.NotNull(r.Sections[0].Note);
    }
}
