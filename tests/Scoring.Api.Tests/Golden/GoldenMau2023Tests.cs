using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Golden;

/// <summary>
/// Golden results of the mau-2023 sample answers (samples/answers/mau-2023), every number computed by hand from
/// criteria/mau-2023.yaml and the evaluation rules (see the matching .expected.md): scale 100, no rescaling,
/// rounding only of the total (half-up, 0.01), bonus cap 5, deduction cap 10, competition ranking within group.
/// </summary>
public class GoldenMau2023Tests
{
    private const string Version = "mau-2023";
    private const string NotForSoNganh = "Không áp dụng cho khối so-nganh";
    private const string NotForQuanHuyen = "Không áp dụng cho khối quan-huyen";

    private static readonly string[] SampleAgencies = ["so-noi-vu", "so-xay-dung", "ubnd-huyen-an-lac"];

    private static CompiledCriteria Compiled => Criteria.Shipped(Version);

    [Fact]
    public void Samples_Folder_EveryFileHasAGoldenTest()
    {
        // Arrange / Act
        var agencies = GoldenSample.Agencies(Version);

        // Assert
        Assert.Equal(SampleAgencies, agencies);
    }

    [Fact]
    public void Score_SoNoiVu_Tot10075WithBonusCappedAt5()
    {
        // Arrange
        var criteria = Compiled;

        // Act
        var r = GoldenSample.Score(criteria, "so-noi-vu");

        // Assert
        Assert.Equal(AgencyStatus.Classified, r.Status);
        Assert.Null(r.StatusReason);
        Assert.Equal("so-nganh", r.Group);
        GoldenSample.AssertItems(r,
        [
            ("I.1", 4m), ("I.2", 3m), ("I.3", 3m), ("I.4", 5m),                       // I.4: 0 late → 5 − 0 × 2.5
            ("II.1", 6m), ("II.2", 4m), ("II.3", 2m), ("II.4", 2.5m),                 // II.2: 97.5% ≥ 95; II.4: 5 × 0.5
            ("III.1", 4m), ("III.2", 8m), ("III.3", 2m), ("III.4", 4m),               // III.2: level tot, its max; III.3: min(1 × 2, 4)
            ("IV.1", 5.75m), ("IV.2", 6m), ("IV.4", 6m), ("IV.5", 8m), ("IV.6", 4m),  // IV.4: 3 × 2; IV.5: 100% ≥ 95
            ("V.1", 6m), ("V.2", 5m), ("V.3", 3m), ("V.4", 5.5m),                     // V.1: 99.2% ≥ 98
            ("T.1", 4m), ("T.2", 2m), ("T.3", 0m),                                    // T.1: 2 × 2; T.3 unanswered
            ("TR.1", 1m), ("TR.2", 0m),                                               // TR.1: 1 × 1; TR.2 unanswered
        ],
        [("IV.3", NotForSoNganh), ("V.5", NotForSoNganh)]);
        GoldenSample.AssertSections(r, ("I", 15m, 15m), ("II", 15m, 14.5m), ("III", 20m, 18m), ("IV", 30m, 29.75m), ("V", 20m, 19.5m));
        Assert.Equal(96.75m, r.TreeTotal);
        Assert.Equal(100m, r.ApplicableMax);
        Assert.Equal(96.75m, r.RescaledTotal);
        Assert.Equal(6m, r.Bonus.Sum);
        Assert.Equal(5m, r.Bonus.Points);
        Assert.Equal(1m, r.Deductions.Sum);
        Assert.Equal(1m, r.Deductions.Points);
        Assert.Equal(100.75m, r.TotalBeforeRounding);
        Assert.Equal(100.75m, r.Total);
        Assert.Equal("Tốt", r.Band?.Name);
        Assert.Equal("Tốt", r.ClassName);
        GoldenSample.AssertConditions(r);
    }

    [Fact]
    public void Score_SoXayDung_Exactly75IsKha()
    {
        // Arrange
        var criteria = Compiled;

        // Act
        var r = GoldenSample.Score(criteria, "so-xay-dung");

        // Assert
        Assert.Equal(AgencyStatus.Classified, r.Status);
        Assert.Null(r.StatusReason);
        Assert.Equal("so-nganh", r.Group);
        GoldenSample.AssertItems(r,
        [
            ("I.1", 4m), ("I.2", 3m), ("I.3", 3m), ("I.4", 2.5m),                     // I.4: 1 late → 5 − 2.5
            ("II.1", 5m), ("II.2", 3m), ("II.3", 0m), ("II.4", 2m),                   // II.2: 82% in [80, 95); II.4: 4 × 0.5
            ("III.1", 4m), ("III.2", 3m), ("III.3", 2m), ("III.4", 2m),               // III.2: level dat, its max 3
            ("IV.1", 5.75m), ("IV.2", 5.25m), ("IV.4", 6m), ("IV.5", 6m), ("IV.6", 4m), // IV.5: 86% in [85, 95)
            ("V.1", 4.5m), ("V.2", 4m), ("V.3", 3m), ("V.4", 5m),                     // V.1: 96% in [95, 98)
            ("T.1", 0m), ("T.2", 0m), ("T.3", 0m),
            ("TR.1", 2m), ("TR.2", 0m),                                               // TR.1: 2 × 1
        ],
        [("IV.3", NotForSoNganh), ("V.5", NotForSoNganh)]);
        GoldenSample.AssertSections(r, ("I", 15m, 12.5m), ("II", 15m, 10m), ("III", 20m, 11m), ("IV", 30m, 27m), ("V", 20m, 16.5m));
        Assert.Equal(77m, r.TreeTotal);
        Assert.Equal(100m, r.ApplicableMax);
        Assert.Equal(77m, r.RescaledTotal);
        Assert.Equal(0m, r.Bonus.Sum);
        Assert.Equal(0m, r.Bonus.Points);
        Assert.Equal(2m, r.Deductions.Sum);
        Assert.Equal(2m, r.Deductions.Points);
        Assert.Equal(75m, r.TotalBeforeRounding);
        Assert.Equal(75m, r.Total);
        Assert.Equal("Khá", r.Band?.Name);
        Assert.Equal("Khá", r.ClassName);
        GoldenSample.AssertConditions(r);
    }

    [Fact]
    public void Score_UbndHuyenAnLac_TotBandCappedToKhaByHotSpot()
    {
        // Arrange
        var criteria = Compiled;

        // Act
        var r = GoldenSample.Score(criteria, "ubnd-huyen-an-lac");

        // Assert
        Assert.Equal(AgencyStatus.Classified, r.Status);
        Assert.Null(r.StatusReason);
        Assert.Equal("quan-huyen", r.Group);
        GoldenSample.AssertItems(r,
        [
            ("I.1", 4m), ("I.2", 3m), ("I.3", 0m), ("I.4", 2.5m),                     // I.4: 1 late → 5 − 2.5
            ("II.1", 5.5m), ("II.2", 3m), ("II.3", 2m), ("II.4", 3m),                 // II.2: 88% in [80, 95); II.4: min(3, 8 × 0.5 = 4)
            ("III.1", 4m), ("III.2", 5.5m), ("III.3", 4m), ("III.4", 3.5m),           // III.2: kha, 5.5 ≤ 6; III.3: min(3 × 2, 4)
            ("IV.1", 5.5m), ("IV.3", 5.75m), ("IV.4", 6m), ("IV.5", 6m), ("IV.6", 4m), // IV.4: min(6, 4 × 2 = 8); IV.5: 92.5% in [85, 95)
            ("V.1", 4.5m), ("V.2", 4.5m), ("V.3", 3m), ("V.5", 6m),                   // V.1: 97% in [95, 98)
            ("T.1", 2m), ("T.2", 2m), ("T.3", 1.5m),                                  // T.1: 1 × 2
            ("TR.1", 0m), ("TR.2", 0m),
        ],
        [("IV.2", NotForQuanHuyen), ("V.4", NotForQuanHuyen)]);
        GoldenSample.AssertSections(r, ("I", 15m, 9.5m), ("II", 15m, 13.5m), ("III", 20m, 17m), ("IV", 30m, 27.25m), ("V", 20m, 18m));
        Assert.Equal(85.25m, r.TreeTotal);
        Assert.Equal(100m, r.ApplicableMax);
        Assert.Equal(85.25m, r.RescaledTotal);
        Assert.Equal(5.5m, r.Bonus.Sum);
        Assert.Equal(5m, r.Bonus.Points);
        Assert.Equal(0m, r.Deductions.Sum);
        Assert.Equal(0m, r.Deductions.Points);
        Assert.Equal(90.25m, r.TotalBeforeRounding);
        Assert.Equal(90.25m, r.Total);
        Assert.Equal("Tốt", r.Band?.Name);
        Assert.Equal("Khá", r.ClassName);
        GoldenSample.AssertConditions(r, ("cap:diem-nong", true));
    }

    [Fact]
    public void Rank_AllSamples_CompetitionWithinGroupInGroupOrder()
    {
        // Arrange
        var criteria = Compiled;
        var results = Enumerable.Reverse(SampleAgencies).Select(a => GoldenSample.Score(criteria, a)).ToList();

        // Act
        var rows = Ranker.Rank(criteria.Version, results);

        // Assert
        GoldenSample.AssertRanking(rows,
            ("so-nganh", 1, "so-noi-vu"),          // 100.75
            ("so-nganh", 2, "so-xay-dung"),        // 75.00
            ("quan-huyen", 1, "ubnd-huyen-an-lac")); // 90.25 (ranked by total although capped to Khá)
    }
}
