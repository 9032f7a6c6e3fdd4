using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Golden;

/// <summary>
/// Golden results of the mau-2024 sample answers (samples/answers/mau-2024), every number computed by hand from
/// criteria/mau-2024.yaml and the evaluation rules (see the matching .expected.md): scale 100, no rescaling,
/// rounding only of the total (half-up, 0.01), bonus cap 5, deduction cap 10 (TR.3 by formula),
/// two caps (diem-nong: at most Khá; khong-ke-hoach: at most Trung bình), competition ranking within group.
/// </summary>
public class GoldenMau2024Tests
{
    private const string Version = "mau-2024";
    private const string NotForSoNganh = "Không áp dụng cho khối so-nganh";
    private const string NotForQuanHuyen = "Không áp dụng cho khối quan-huyen";

    private static readonly string[] SampleAgencies = ["ban-quan-ly-du-an", "so-tai-chinh", "ubnd-huyen-an-lac", "ubnd-quan-bac-son"];

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
    public void Score_BanQuanLyDuAn_NotAssessedWithoutPointsOrClass()
    {
        // Arrange
        var criteria = Compiled;

        // Act
        var r = GoldenSample.Score(criteria, "ban-quan-ly-du-an");

        // Assert
        Assert.Equal(AgencyStatus.NotAssessed, r.Status);
        Assert.Equal("Đơn vị mới thành lập tháng 9/2024, chưa đủ thời gian đánh giá", r.StatusReason);
        Assert.Equal("so-nganh", r.Group);
        Assert.False(r.IsRanked);
        GoldenSample.AssertItems(r, [], []);
        GoldenSample.AssertSections(r);
        Assert.Equal(0m, r.TreeTotal);
        Assert.Equal(0m, r.ApplicableMax);
        Assert.Equal(0m, r.RescaledTotal);
        Assert.Equal(0m, r.Bonus.Sum);
        Assert.Equal(0m, r.Bonus.Points);
        Assert.Equal(0m, r.Deductions.Sum);
        Assert.Equal(0m, r.Deductions.Points);
        Assert.Equal(0m, r.TotalBeforeRounding);
        Assert.Equal(0m, r.Total);
        Assert.Null(r.Band);
        Assert.Null(r.ClassName);
        GoldenSample.AssertConditions(r);
    }

    [Fact]
    public void Score_SoTaiChinh_IneligibleWithPointsShownAndNoClass()
    {
        // Arrange
        var criteria = Compiled;

        // Act
        var r = GoldenSample.Score(criteria, "so-tai-chinh");

        // Assert
        Assert.Equal(AgencyStatus.Ineligible, r.Status);
        Assert.Equal("Không đủ điều kiện xếp loại: Người đứng đầu bị kỷ luật từ khiển trách trở lên trong năm", r.StatusReason);
        Assert.Equal("so-nganh", r.Group);
        Assert.False(r.IsRanked);
        GoldenSample.AssertItems(r,
        [
            ("I.1", 4m), ("I.2", 3m), ("I.3", 2m), ("I.4", 2m), ("I.5", 1.5m),        // I.4: 1 late → 4 − 2
            ("II.1", 4.5m), ("II.2", 3m), ("II.4", 2m),                               // II.2: 90% in [80, 95); II.4: 4 × 0.5
            ("III.1", 3m), ("III.2", 6m), ("III.3", 2m), ("III.4", 2.5m), ("III.5", 0m), // III.2: level kha, its max 6; III.3: min(1 × 2, 4)
            ("IV.1", 5.25m), ("IV.2", 5.5m), ("IV.4", 4m), ("IV.5", 7m), ("IV.6", 5m), // IV.4: 2 × 2; IV.5: 91% in [85, 95)
            ("V.1", 6m), ("V.2", 3.5m), ("V.3", 2m), ("V.4", 7m),                     // V.1: 99% ≥ 98
            ("T.1", 0m), ("T.2", 2m), ("T.3", 0m),
            ("TR.1", 0m), ("TR.2", 0m), ("TR.3", 0m),                                 // TR.3: min(0 × 0.5, 3)
        ],
        [("IV.3", NotForSoNganh), ("V.5", NotForSoNganh), ("V.6", NotForSoNganh)]);
        GoldenSample.AssertSections(r, ("I", 15m, 12.5m), ("II", 12m, 9.5m), ("III", 20m, 13.5m), ("IV", 33m, 26.75m), ("V", 20m, 18.5m));
        Assert.Equal(80.75m, r.TreeTotal);
        Assert.Equal(100m, r.ApplicableMax);
        Assert.Equal(80.75m, r.RescaledTotal);
        Assert.Equal(2m, r.Bonus.Sum);
        Assert.Equal(2m, r.Bonus.Points);
        Assert.Equal(0m, r.Deductions.Sum);
        Assert.Equal(0m, r.Deductions.Points);
        Assert.Equal(82.75m, r.TotalBeforeRounding);
        Assert.Equal(82.75m, r.Total);
        Assert.Equal("Khá", r.Band?.Name);
        Assert.Null(r.ClassName);
        GoldenSample.AssertConditions(r, ("eligibility:ky-luat", true));
    }

    [Fact]
    public void Score_UbndHuyenAnLac_Tot98WithFormulaDeduction()
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
            ("I.1", 4m), ("I.2", 3m), ("I.3", 2m), ("I.4", 4m), ("I.5", 1.75m),       // I.4: 0 late → 4
            ("II.1", 4.75m), ("II.2", 4m), ("II.4", 3m),                              // II.2: 96% ≥ 95; II.4: min(3, 6 × 0.5)
            ("III.1", 3m), ("III.2", 7.5m), ("III.3", 4m), ("III.4", 3m), ("III.5", 2m), // III.2: tot, 7.5 ≤ 8; III.3: min(2 × 2, 4)
            ("IV.1", 5.5m), ("IV.3", 6m), ("IV.4", 6m), ("IV.5", 10m), ("IV.6", 5m),   // IV.4: 3 × 2; IV.5: 95% is the lower bound of "≥ 95"
            ("V.1", 6m), ("V.2", 3.5m), ("V.3", 2m), ("V.5", 5.5m), ("V.6", 2m),       // V.1: 98% is the lower bound of "≥ 98"
            ("T.1", 2m), ("T.2", 0m), ("T.3", 0m),                                    // T.1: 1 × 2
            ("TR.1", 0m), ("TR.2", 0m), ("TR.3", 1.5m),                               // TR.3: min(3 × 0.5, 3)
        ],
        [("IV.2", NotForQuanHuyen), ("V.4", NotForQuanHuyen)]);
        GoldenSample.AssertSections(r, ("I", 15m, 14.75m), ("II", 12m, 11.75m), ("III", 20m, 19.5m), ("IV", 33m, 32.5m), ("V", 20m, 19m));
        Assert.Equal(97.5m, r.TreeTotal);
        Assert.Equal(100m, r.ApplicableMax);
        Assert.Equal(97.5m, r.RescaledTotal);
        Assert.Equal(2m, r.Bonus.Sum);
        Assert.Equal(2m, r.Bonus.Points);
        Assert.Equal(1.5m, r.Deductions.Sum);
        Assert.Equal(1.5m, r.Deductions.Points);
        Assert.Equal(98m, r.TotalBeforeRounding);
        Assert.Equal(98m, r.Total);
        Assert.Equal("Tốt", r.Band?.Name);
        Assert.Equal("Tốt", r.ClassName);
        GoldenSample.AssertConditions(r);
    }

    [Fact]
    public void Score_UbndQuanBacSon_KhaBandCappedToTrungBinhByStricterCap()
    {
        // Arrange
        var criteria = Compiled;

        // Act
        var r = GoldenSample.Score(criteria, "ubnd-quan-bac-son");

        // Assert
        Assert.Equal(AgencyStatus.Classified, r.Status);
        Assert.Null(r.StatusReason);
        Assert.Equal("quan-huyen", r.Group);
        GoldenSample.AssertItems(r,
        [
            ("I.1", 0m), ("I.2", 3m), ("I.3", 2m), ("I.4", 2m), ("I.5", 1m),          // I.4: 1 late → 4 − 2
            ("II.1", 4.5m), ("II.2", 3m), ("II.4", 1.5m),                             // II.2: 85% in [80, 95); II.4: 3 × 0.5
            ("III.1", 3m), ("III.2", 5m), ("III.3", 2m), ("III.4", 2m), ("III.5", 2m), // III.2: kha, 5 ≤ 6; III.3: min(1 × 2, 4)
            ("IV.1", 4.5m), ("IV.3", 5m), ("IV.4", 4m), ("IV.5", 4m), ("IV.6", 5m),    // IV.4: 2 × 2; IV.5: 84.9% in [70, 85)
            ("V.1", 4.5m), ("V.2", 3m), ("V.3", 2m), ("V.5", 4.5m), ("V.6", 2m),       // V.1: 95% in [95, 98)
            ("T.1", 0m), ("T.2", 0m), ("T.3", 1.5m),
            ("TR.1", 1m), ("TR.2", 0m), ("TR.3", 0m),                                 // TR.3: so_ngay_cham_nop defaults to 0
        ],
        [("IV.2", NotForQuanHuyen), ("V.4", NotForQuanHuyen)]);
        GoldenSample.AssertSections(r, ("I", 15m, 8m), ("II", 12m, 9m), ("III", 20m, 14m), ("IV", 33m, 22.5m), ("V", 20m, 16m));
        Assert.Equal(69.5m, r.TreeTotal);
        Assert.Equal(100m, r.ApplicableMax);
        Assert.Equal(69.5m, r.RescaledTotal);
        Assert.Equal(1.5m, r.Bonus.Sum);
        Assert.Equal(1.5m, r.Bonus.Points);
        Assert.Equal(1m, r.Deductions.Sum);
        Assert.Equal(1m, r.Deductions.Points);
        Assert.Equal(70m, r.TotalBeforeRounding);
        Assert.Equal(70m, r.Total);
        Assert.Equal("Khá", r.Band?.Name);
        Assert.Equal("Trung bình", r.ClassName);
        // diem-nong (at most Khá) holds but does not lower a Khá band; khong-ke-hoach (at most Trung bình) does.
        GoldenSample.AssertConditions(r, ("cap:diem-nong", false), ("cap:khong-ke-hoach", true));
    }

    [Fact]
    public void Rank_AllSamples_CompetitionWithinGroupUnrankedListedAfter()
    {
        // Arrange
        var criteria = Compiled;
        var results = Enumerable.Reverse(SampleAgencies).Select(a => GoldenSample.Score(criteria, a)).ToList();

        // Act
        var rows = Ranker.Rank(criteria.Version, results);

        // Assert
        GoldenSample.AssertRanking(rows,
            ("so-nganh", null, "so-tai-chinh"),       // ineligible (82.75 shown), listed first among the unranked
            ("so-nganh", null, "ban-quan-ly-du-an"),  // not assessed, listed last
            ("quan-huyen", 1, "ubnd-huyen-an-lac"),   // 98.00
            ("quan-huyen", 2, "ubnd-quan-bac-son"));  // 70.00 (ranked by total although capped to Trung bình)
    }
}
