using Scoring.Engine.Submissions;
using Scoring.Rules.Tests.Support;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>Each scoring kind exactly at its edges: on a tier or band edge, one step below, at the cap, at the floor.</summary>
public class KindEdgeTests
{
    private static decimal Points(string item, Answer? answer, decimal scale, IReadOnlyDictionary<string, decimal>? inputs = null, string extra = "")
    {
        var c = Compile(Mini(item, scale, extra));
        var answers = answer is null ? new Dictionary<string, Answer>() : new Dictionary<string, Answer> { [c.Version.AllItems[0].Code] = answer };
        return Score(c, answers, inputs).Items[0].Points;
    }

    private static IReadOnlyList<Problem> Problems(string item, decimal scale, Answer answer)
    {
        var c = Compile(Mini(item, scale));
        return c.Scorer.Score(new Submission("a", null, "g", new Dictionary<string, Answer> { ["I.1"] = answer }, new Dictionary<string, decimal>())).Problems;
    }

    private const string Tiers = """
              - code: I.1
                title: Tỷ lệ giải quyết đơn thư
                max: 10
                kind: tiers
                tiers:
                  - { from: 95, points: 10 }
                  - { from: 80, to: 95, points: 6 }
                  - { from: 0, to: 80, points: 0 }
        """;

    [Theory]
    [InlineData(100, 10)]
    [InlineData(95, 10)]
    [InlineData(94.99, 6)]
    [InlineData(80, 6)]
    [InlineData(79.75, 0)]
    [InlineData(0, 0)]
    public void Tiers_PercentageAtAndBelowEdges_HalfOpenIntervals(decimal percent, decimal expected) =>
        Assert.Equal(expected, Points(Tiers, A(percent), 10));

    [Fact]
    public void Tiers_PercentageAbove100_Rejected() =>
        Assert.Contains("cần từ 0 đến 100", Assert.Single(Problems(Tiers, 10, A(100.5m))).Message);

    private const string Judgment = "      - { code: I.1, title: Mức độ, max: 5, kind: judgment, step: 0.25 }";

    [Theory]
    [InlineData(5, 5)]
    [InlineData(4.75, 4.75)]
    [InlineData(0, 0)]
    public void Judgment_OnStepWithinMax_Kept(decimal value, decimal expected) => Assert.Equal(expected, Points(Judgment, A(value), 5));

    [Theory]
    [InlineData(4.8, "không đúng bước chấm: cần là bội số của 0,25")]
    [InlineData(5.25, "nằm ngoài khoảng cho phép: cần từ 0 đến 5")]
    [InlineData(-0.25, "nằm ngoài khoảng cho phép")]
    public void Judgment_OffStepOrOutOfRange_Rejected(decimal value, string fragment) =>
        Assert.Contains(fragment, Assert.Single(Problems(Judgment, 5, A(value))).Message);

    private const string YesNo = "      - { code: I.1, title: Có kế hoạch, max: 4, kind: yes-no }";

    [Theory]
    [InlineData(1, 4)]
    [InlineData(0, 0)]
    public void YesNo_YesAndNo_MaxOrZero(decimal value, decimal expected) => Assert.Equal(expected, Points(YesNo, A(value), 4));

    private const string Levels = """
              - code: I.1
                title: Chất lượng mô hình
                max: 8
                kind: levels
                step: 0.5
                levels:
                  - { code: tot, name: Tốt, max: 8 }
                  - { code: kha, name: Khá, max: 6 }
                  - { code: dat, name: Đạt, max: 3 }
        """;

    [Fact]
    public void Levels_LevelWithoutPoints_TakesLevelMax() => Assert.Equal(6m, Points(Levels, new Answer(null, "kha"), 8));

    [Fact]
    public void Levels_PointsAtLevelMaxAndOneStepBelow_Kept()
    {
        Assert.Equal(3m, Points(Levels, new Answer(3m, "Đạt"), 8));
        Assert.Equal(2.5m, Points(Levels, new Answer(2.5m, "dat"), 8));
    }

    [Fact]
    public void Levels_PointsAboveLevelMaxOrUnknownLevel_Rejected()
    {
        Assert.Contains("cần từ 0 đến 3", Assert.Single(Problems(Levels, 8, new Answer(3.5m, "dat"))).Message);
        Assert.Contains("Mức \"xuat-sac\" không có trong tiêu chí", Assert.Single(Problems(Levels, 8, new Answer(null, "xuat-sac"))).Message);
    }

    private const string Count = "      - { code: I.1, title: Số tin bài, max: 3, kind: count, unit: 0.5 }";

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 2.5)]
    [InlineData(6, 3)]
    [InlineData(7, 3)]
    public void Count_TimesUnit_CappedAtMax(decimal count, decimal expected) => Assert.Equal(expected, Points(Count, A(count), 3));

    [Fact]
    public void Count_FractionalCount_Rejected() =>
        Assert.Contains("cần là số nguyên", Assert.Single(Problems(Count, 3, A(1.5m))).Message);

    private const string Deduct = "      - { code: I.1, title: Báo cáo đúng hạn, max: 5, kind: deduct-per, per: 2 }";

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 3)]
    [InlineData(2, 1)]
    [InlineData(3, 0)]
    [InlineData(10, 0)]
    public void DeductPer_Occurrences_FromMaxFlooredAtZero(decimal count, decimal expected) => Assert.Equal(expected, Points(Deduct, A(count), 5));

    private const string Formula = "      - { code: I.1, title: Mô hình được công nhận, max: 3, kind: formula, formula: \"min(so_mo_hinh * 1.5, 3) - phat\" }";
    private const string FormulaInputs = """
        inputs:
          - { code: so_mo_hinh, title: Số mô hình, type: count }
          - { code: phat, title: Điểm phạt, type: number, default: 0 }
        """;

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0, 1.5)]
    [InlineData(2, 0, 3)]
    [InlineData(5, 0, 3)]
    [InlineData(1, 4, 0)]
    public void Formula_OverInputs_KeptWithinZeroAndMax(decimal models, decimal penalty, decimal expected)
    {
        var inputs = new Dictionary<string, decimal> { ["so_mo_hinh"] = models, ["phat"] = penalty };
        Assert.Equal(expected, Points(Formula, null, 3, inputs, FormulaInputs));
    }

    [Fact]
    public void Formula_NegativeResult_ClampedWithNote()
    {
        var c = Compile(Mini(Formula, 3, FormulaInputs));
        var item = Score(c, new Dictionary<string, Answer>(), new Dictionary<string, decimal> { ["so_mo_hinh"] = 1, ["phat"] = 4 }).Items[0];
        Assert.Equal(-2.5m, item.RawPoints);
        Assert.Equal(0m, item.Points);
        Assert.Contains("giữ trong khoảng 0 đến 3", item.Note);
        Assert.Equal("so_mo_hinh", item.Inputs[0].Name);
    }
}
