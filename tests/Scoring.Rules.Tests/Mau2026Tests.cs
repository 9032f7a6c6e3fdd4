using Scoring.Engine.Runs;
using Scoring.Engine.Submissions;
using Scoring.Rules.Lint;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>The 2026 sample version (after the two-level reorganisation): lints clean, and scores as computed by hand below.</summary>
public class Mau2026Tests
{
    private static readonly Scoring.Rules.Compilation.CompiledCriteria Mau2026 = Shipped("mau-2026");

    /// <summary>F.1 is the superior's: entered by staff as an appraisal, never in the agency's answers.</summary>
    private static Dictionary<string, Appraisal>? Superior(decimal? f1) =>
        f1 is { } f ? new() { ["F.1"] = new(f, "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh đánh giá") } : null;

    private static Submission So(string code, decimal? f1 = 8.5m) => new(code, null, "so-nganh", new Dictionary<string, Answer>
    {
        ["A.1"] = A(1), ["A.2"] = A(5.5m), ["A.3"] = A(1), ["B.1"] = A(9), ["C.1"] = A(1), ["C.2"] = A(1),
        ["C.3"] = new(2.5m, "co-so"), ["D.1"] = A(85), ["E.1"] = A(4.5m), ["E.2"] = A(1), ["T.1"] = A(1),
    }, new Dictionary<string, decimal> { ["so_cuoc_doi_thoai"] = 1, ["so_kien_nghi"] = 4, ["so_kien_nghi_da_giai_quyet"] = 3 }, Appraisals: Superior(f1));

    private static Submission Xa(string code, decimal c3) => new(code, null, "xa-phuong", new Dictionary<string, Answer>
    {
        ["A.1"] = A(1), ["A.2"] = A(6), ["A.3"] = A(0), ["B.1"] = A(10), ["C.1"] = A(1), ["C.2"] = A(2),
        ["C.3"] = new(c3, "tinh"), ["E.1"] = A(5), ["E.2"] = A(1), ["T.1"] = A(2),
    }, new Dictionary<string, decimal> { ["so_cuoc_doi_thoai"] = 3 }, Appraisals: Superior(10));

    [Fact]
    public void Mau2026_Lint_CleanWithoutWarnings() =>
        Assert.Empty(CriteriaLinter.Lint(File.ReadAllText(Path.Combine(CriteriaFolder, "mau-2026.yaml")), "criteria/mau-2026.yaml"));

    [Fact]
    public void Mau2026_Department_AsComputedByHand()
    {
        // A 8 + 5,5 + (6 − 3) = 16,5; B 9 + 5 + round(3/4 × 5, 2) = 17,75; C 5 + 5 + min(3, 2,5) = 12,5; D (85% ≥ 80) 10; E 4,5 + 5 = 9,5;
        // F (the superior's, entered by staff) 8,5. Tree 66,25 + 8,5 = 74,75 out of 100; bonus 2,5; total 77,25: "Hoàn thành tốt nhiệm vụ".
        var r = Mau2026.Scorer.Evaluate(So("so-noi-vu"));
        Assert.Equal([16.5m, 17.75m, 12.5m, 10m, 9.5m, 8.5m], r.Sections.Select(s => s.Points));
        Assert.Equal((66.25m, 8.5m), (r.CriteriaPart, r.SuperiorPart));
        Assert.Equal((74.75m, 100m, 77.25m), (r.TreeTotal, r.ApplicableMax, r.Total));
        Assert.Equal("Hoàn thành tốt nhiệm vụ", r.ClassName);
        // Before staff enter F.1 it counts 0: 66,25 + 2,5 = 68,75, "Hoàn thành nhiệm vụ", and the result says what is missing.
        var waiting = Mau2026.Scorer.Evaluate(So("so-noi-vu", null));
        Assert.Equal((68.75m, "Hoàn thành nhiệm vụ"), (waiting.Total, waiting.ClassName));
        Assert.Equal(["F.1"], waiting.AwaitingSuperior.Select(i => i.Code));
    }

    [Fact]
    public void Mau2026_Commune_OutOf85WithoutRescaling_AndTheQuotaInARun()
    {
        // A 20; B 10 + 10 + 5 (no petitions: full marks) = 25; C 5 + 10 + 5 = 20; no D; E 5 + 5 = 10; F 10 (the superior's).
        // Tree 85 out of 85; bonus 5; total 90.
        var top = Mau2026.Scorer.Evaluate(Xa("xa-a", 5));
        Assert.Equal((85m, 85m, 85m, 90m), (top.TreeTotal, top.ApplicableMax, top.RescaledTotal, top.Total));
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", top.ClassName);
        // In a run, 20 % of those rated "tốt" in the commune group may be "xuất sắc": with five rated "tốt", one.
        var run = RunResults.Classify(Mau2026.Version, Mau2026.Scorer,
            [Xa("xa-a", 5), Xa("xa-b", 4.5m), Xa("xa-c", 3), Xa("xa-d", 3), Xa("xa-e", 3), Xa("xa-f", 3), Xa("xa-g", 2), So("so-noi-vu")]);
        string Class(string code) => run.Single(r => r.Result.AgencyCode == code).Result.ClassName!;
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", Class("xa-a"));
        // xa-b: 84,5 + 5 = 89,5, rated "tốt" by its band; alone in a run, xa-a would move down (20 % of none is none).
        Assert.Equal("Hoàn thành tốt nhiệm vụ", Class("xa-b"));
        var alone = RunResults.Classify(Mau2026.Version, Mau2026.Scorer, [Xa("xa-a", 5)]).Single().Result;
        Assert.Equal("Hoàn thành tốt nhiệm vụ", alone.ClassName);
        Assert.Contains(alone.Conditions, c => c.RuleName == "quota:Hoàn thành xuất sắc nhiệm vụ");
    }
}
