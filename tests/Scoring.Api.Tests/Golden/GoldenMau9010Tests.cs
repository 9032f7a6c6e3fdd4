using System.Globalization;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Golden;

/// <summary>
/// Golden results of the mau-9010-2024 sample answers (samples/answers/mau-9010-2024), every number computed by hand from
/// criteria/mau-9010-2024.yaml and the evaluation rules (see the matching .expected.md): "90 + 10" (section F awarded by the
/// superior), proportional rescaling to 100 when the applicable maximum is not 100 (section D only for so-nganh, C.3 may be
/// "không áp dụng"), rounding only of the total (half-up, 0.01), bonus cap 3, deduction cap 5, dense ranking within group.
/// </summary>
public class GoldenMau9010Tests
{
    private const string Version = "mau-9010-2024";

    private static readonly string[] SampleAgencies = ["so-noi-vu", "so-tu-phap", "trung-tam-dich-vu-viec-lam"];

    private static CompiledCriteria Compiled => Criteria.Shipped(Version);

    /// <summary>F.1 is the superior's: not in the agency's answers; staff enter it with the appraisal (the values the .expected.md gives).</summary>
    private static readonly Dictionary<string, decimal> Superior = new(StringComparer.Ordinal)
    {
        ["so-noi-vu"] = 9m,
        ["so-tu-phap"] = 8m,
        ["trung-tam-dich-vu-viec-lam"] = 8.5m,
    };

    private static AgencyResult Score(CompiledCriteria criteria, string agency)
    {
        var answers = GoldenSample.Read(criteria, agency);
        Assert.False(answers.Answers.ContainsKey("F.1"));
        var awaiting = criteria.Scorer.Evaluate(answers);
        Assert.Equal(["F.1"], awaiting.AwaitingSuperior.Select(i => i.Code));
        Assert.Equal(0m, awaiting.SuperiorPart);
        var outcome = criteria.Scorer.Score(answers with
        {
            Appraisals = new Dictionary<string, Scoring.Engine.Submissions.Appraisal>
            {
                ["F.1"] = new(Superior[agency], "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh đánh giá"),
            },
        });
        Assert.True(outcome.IsScored, string.Join(Environment.NewLine, outcome.Problems));
        var result = outcome.Result!;
        var f1 = result.Items.Single(i => i.Code == "F.1");
        Assert.True(f1.AwardedBySuperior && f1.IsAppraised && !f1.AwaitsSuperior);
        Assert.Null(f1.SelfPoints);
        Assert.Equal(Superior[agency], result.SuperiorPart);
        return result;
    }

    [Fact]
    public void Samples_Folder_EveryFileHasAGoldenTest()
    {
        // Arrange / Act
        var agencies = GoldenSample.Agencies(Version);

        // Assert
        Assert.Equal(SampleAgencies, agencies);
    }

    [Fact]
    public void Score_SoNoiVu_FullScaleNotRescaledTot96()
    {
        // Arrange
        var criteria = Compiled;

        // Act
        var r = Score(criteria, "so-noi-vu");

        // Assert
        Assert.Equal(AgencyStatus.Classified, r.Status);
        Assert.Null(r.StatusReason);
        Assert.Equal("so-nganh", r.Group);
        GoldenSample.AssertItems(r,
        [
            ("A.1", 5m), ("A.2", 4.5m), ("A.3", 5m),                 // A.3: 0 late → 5
            ("B.1", 5m), ("B.2", 9m), ("B.3", 2.5m),                 // B.2: tot, 9 ≤ 10; B.3: 1 × 2.5
            ("C.1", 7.5m), ("C.2", 6m), ("C.3", 8m), ("C.4", 3m),    // C.2: 3 × 2; C.3: 96% ≥ 95
            ("D.1", 10m), ("D.2", 4m),                               // D.1: 91.3% ≥ 90
            ("E.1", 3m), ("E.2", 5.5m), ("E.3", 6m),                 // E.3: 0 → 6
            ("F.1", 9m),
            ("T.1", 1m), ("T.2", 2m),                                // T.1: 1 × 1
            ("TR.1", 0m),
        ],
        []);
        GoldenSample.AssertSections(r, ("A", 15m, 14.5m), ("B", 20m, 16.5m), ("C", 25m, 24.5m), ("D", 15m, 14m), ("E", 15m, 14.5m), ("F", 10m, 9m));
        Assert.True(r.Sections.Single(s => s.Code == "F").AwardedBySuperior);
        Assert.Equal(93m, r.TreeTotal);
        Assert.Equal(100m, r.ApplicableMax);
        Assert.Equal(93m, r.RescaledTotal); // proportional, but the applicable maximum is the scale: not rescaled
        Assert.Equal(3m, r.Bonus.Sum);
        Assert.Equal(3m, r.Bonus.Points);
        Assert.Equal(0m, r.Deductions.Sum);
        Assert.Equal(0m, r.Deductions.Points);
        Assert.Equal(96m, r.TotalBeforeRounding);
        Assert.Equal(96m, r.Total);
        Assert.Equal("Tốt", r.Band?.Name);
        Assert.Equal("Tốt", r.ClassName);
        GoldenSample.AssertConditions(r);
    }

    [Fact]
    public void Score_SoTuPhap_C3NotApplicableRescaledFrom92ToKha7672()
    {
        // Arrange
        var criteria = Compiled;
        var rescaled = 71.5m * 100m / 92m; // tree × scale / applicable max, full decimal precision

        // Act
        var r = Score(criteria, "so-tu-phap");

        // Assert
        Assert.Equal(AgencyStatus.Classified, r.Status);
        Assert.Null(r.StatusReason);
        Assert.Equal("so-nganh", r.Group);
        GoldenSample.AssertItems(r,
        [
            ("A.1", 5m), ("A.2", 4m), ("A.3", 2.5m),                 // A.3: 1 late → 5 − 2.5
            ("B.1", 5m), ("B.2", 6.5m), ("B.3", 2.5m),               // B.2: kha, 6.5 ≤ 7
            ("C.1", 6m), ("C.2", 6m), ("C.4", 3m),                   // C.2: 3 × 2
            ("D.1", 6m), ("D.2", 4.5m),                              // D.1: 78.5% in [70, 80)
            ("E.1", 3m), ("E.2", 5.5m), ("E.3", 4m),                 // E.3: 1 case → 6 − 2
            ("F.1", 8m),
            ("T.1", 1m), ("T.2", 0m),
            ("TR.1", 2m),                                            // TR.1: 2 × 1
        ],
        [("C.3", "Đơn vị không thuộc đối tượng áp dụng: Năm 2024 không phát sinh đơn thư khiếu nại, tố cáo thuộc thẩm quyền giải quyết của Sở")]);
        // C: min(25, 8 + 6 + 3) = 17 once C.3 (8) is not applicable.
        GoldenSample.AssertSections(r, ("A", 15m, 11.5m), ("B", 20m, 14m), ("C", 17m, 15m), ("D", 15m, 10.5m), ("E", 15m, 12.5m), ("F", 10m, 8m));
        Assert.Equal(71.5m, r.TreeTotal);
        Assert.Equal(92m, r.ApplicableMax);
        Assert.Equal(rescaled, r.RescaledTotal);
        Assert.Equal(77.717391304347826086956521739m, r.RescaledTotal);
        Assert.StartsWith("77.7173913043478260869565", r.RescaledTotal.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(1m, r.Bonus.Sum);
        Assert.Equal(1m, r.Bonus.Points);
        Assert.Equal(2m, r.Deductions.Sum);
        Assert.Equal(2m, r.Deductions.Points);
        Assert.Equal(rescaled + 1m - 2m, r.TotalBeforeRounding); // bonus and deductions after rescaling
        Assert.Equal(76.717391304347826086956521739m, r.TotalBeforeRounding);
        Assert.Equal(76.72m, r.Total);
        Assert.Equal("Khá", r.Band?.Name);
        Assert.Equal("Khá", r.ClassName);
        // diem-nong (at most Khá) holds but does not lower a Khá band.
        GoldenSample.AssertConditions(r, ("cap:diem-nong", false));
    }

    [Fact]
    public void Score_TrungTamDichVuViecLam_SectionDNotApplicableRescaled68Of85To80Tot()
    {
        // Arrange
        var criteria = Compiled;
        const string notForDonViSuNghiep = "Không áp dụng cho khối don-vi-su-nghiep";

        // Act
        var r = Score(criteria, "trung-tam-dich-vu-viec-lam");

        // Assert
        Assert.Equal(AgencyStatus.Classified, r.Status);
        Assert.Null(r.StatusReason);
        Assert.Equal("don-vi-su-nghiep", r.Group);
        GoldenSample.AssertItems(r,
        [
            ("A.1", 5m), ("A.2", 4m), ("A.3", 5m),
            ("B.1", 5m), ("B.2", 7m), ("B.3", 2.5m),                 // B.2: level kha, its max 7
            ("C.1", 6.5m), ("C.2", 4m), ("C.3", 6m), ("C.4", 3m),    // C.2: 2 × 2; C.3: 90% in [85, 95)
            ("E.1", 3m), ("E.2", 4.5m), ("E.3", 4m),                 // E.3: 1 case → 6 − 2
            ("F.1", 8.5m),
            ("T.1", 0m), ("T.2", 0m),
            ("TR.1", 0m),
        ],
        [("D.1", notForDonViSuNghiep), ("D.2", notForDonViSuNghiep)]);
        // Section D applies to so-nganh only: it is not listed and leaves the applicable maximum (85).
        GoldenSample.AssertSections(r, ("A", 15m, 14m), ("B", 20m, 14.5m), ("C", 25m, 19.5m), ("E", 15m, 11.5m), ("F", 10m, 8.5m));
        Assert.Equal(68m, r.TreeTotal);
        Assert.Equal(85m, r.ApplicableMax);
        Assert.Equal(80m, r.RescaledTotal); // 68 × 100 / 85
        Assert.Equal(0m, r.Bonus.Sum);
        Assert.Equal(0m, r.Bonus.Points);
        Assert.Equal(0m, r.Deductions.Sum);
        Assert.Equal(0m, r.Deductions.Points);
        Assert.Equal(80m, r.TotalBeforeRounding);
        Assert.Equal(80m, r.Total);
        Assert.Equal("Tốt", r.Band?.Name); // 80 is the lower bound of Tốt (closed below)
        Assert.Equal("Tốt", r.ClassName);
        GoldenSample.AssertConditions(r);
    }

    [Fact]
    public void Rank_AllSamples_DenseWithinGroupByRoundedRescaledTotal()
    {
        // Arrange
        var criteria = Compiled;
        var results = Enumerable.Reverse(SampleAgencies).Select(a => Score(criteria, a)).ToList();

        // Act
        var rows = Ranker.Rank(criteria.Version, results);

        // Assert
        GoldenSample.AssertRanking(rows,
            ("so-nganh", 1, "so-noi-vu"),                         // 96.00
            ("so-nganh", 2, "so-tu-phap"),                        // 76.72
            ("don-vi-su-nghiep", 1, "trung-tam-dich-vu-viec-lam")); // 80.00
    }
}
