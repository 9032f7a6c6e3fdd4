using System.Globalization;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Tests.Support;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Runs;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Golden;

/// <summary>Golden results of the 2026 samples (samples/answers/mau-2026, computed by hand in the matching .expected.md): a province after
/// the two-level reorganisation, the superior's part entered by staff (samples/superior/mau-2026.csv), the commune group on its own scale
/// of 85, and the quota on "Hoàn thành xuất sắc nhiệm vụ" (20 % of those rated "Hoàn thành tốt nhiệm vụ" in the group).</summary>
public class GoldenMau2026Tests
{
    private const string Version = "mau-2026";

    private static CompiledCriteria Compiled => Criteria.Shipped(Version);

    /// <summary>The superior's points as staff enter them, from the sample file the seeder reads.</summary>
    private static Dictionary<string, Appraisal> Superior(string agency) => File.ReadAllLines(Repo.Path("samples", "superior", Version + ".csv")).Skip(1)
        .Select(l => l.Split(',', 4)).Where(f => f[0] == agency)
        .ToDictionary(f => f[1], f => new Appraisal(decimal.Parse(f[2], CultureInfo.InvariantCulture), f[3]), StringComparer.Ordinal);

    private static AgencyResult Score(string agency) =>
        Compiled.Scorer.Evaluate(GoldenSample.Read(Compiled, agency) with { Appraisals = Superior(agency) });

    [Fact]
    public void Samples_Folder_EveryFileHasAGoldenTest() =>
        Assert.Equal(["so-noi-vu", "so-nong-nghiep-moi-truong", "ubnd-phuong-an-lac", "ubnd-xa-tan-phu"], GoldenSample.Agencies(Version));

    [Theory]
    [InlineData("so-noi-vu", "19.5 23.38 13 15 9.5 9", "80.38", "9", "91.88", "Hoàn thành xuất sắc nhiệm vụ")]
    [InlineData("so-nong-nghiep-moi-truong", "15.5 18 6 5 4 7.5", "48.5", "7.5", "54", "Hoàn thành nhiệm vụ")]
    [InlineData("ubnd-phuong-an-lac", "20 25 20 10 10", "75", "10", "90", "Hoàn thành xuất sắc nhiệm vụ")]
    [InlineData("ubnd-xa-tan-phu", "16 18.5 12.5 9.5 8", "56.5", "8", "67", "Hoàn thành nhiệm vụ")]
    public void Score_Sample_AsComputedByHand(string agency, string sections, string own, string superior, string total, string band)
    {
        var r = Score(agency);

        decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
        Assert.Equal(sections.Split(' ').Select(D), r.Sections.Select(s => s.Points));
        Assert.Equal((D(own), D(superior), D(total)), (r.CriteriaPart, r.SuperiorPart, r.Total));
        Assert.Equal(band, r.Band?.Name);
        Assert.Empty(r.AwaitingSuperior);
        Assert.Equal(r.RescaledTotal, r.TreeTotal); // neither group rescales
    }

    [Fact]
    public void Classify_EverySampleWorkbookOf2026_TheQuotaKeepsOneTopDepartmentAndMovesTheCommuneDown()
    {
        var submissions = Directory.GetFiles(Repo.Path("samples", "workbooks", Version), "*.xlsx").Order(StringComparer.Ordinal)
            .Select(f => WorkbookReader.Read(File.ReadAllBytes(f), Path.GetFileName(f), Compiled))
            .Select(u => u.Submission! with { Appraisals = Superior(u.Submission!.AgencyCode) })
            .ToList();

        var run = RunResults.Classify(Compiled.Version, Compiled.Scorer, submissions).ToDictionary(r => r.Result.AgencyCode);

        // so-nganh: six rated "tốt" by their bands (20 % of six is one place), and Sở Nội vụ alone reaches "xuất sắc": it keeps it.
        Assert.Equal(6, run.Values.Count(r => r.Result.Group == "so-nganh" && r.Result.Band?.Name == "Hoàn thành tốt nhiệm vụ"));
        Assert.Equal(("Hoàn thành xuất sắc nhiệm vụ", 1), (run["so-noi-vu"].Result.ClassName, run["so-noi-vu"].Rank));
        Assert.DoesNotContain(run["so-noi-vu"].Result.Conditions, c => c.RuleName.StartsWith("quota:", StringComparison.Ordinal));
        Assert.Equal((89.5m, "Hoàn thành tốt nhiệm vụ", 2), (run["so-xay-dung"].Result.Total, run["so-xay-dung"].Result.ClassName, run["so-xay-dung"].Rank));
        // xa-phuong: nobody is rated "tốt", so 20 % of none is none: phường An Lạc (90 points) is moved down, with the reason.
        var anLac = run["ubnd-phuong-an-lac"].Result;
        Assert.Equal(("Hoàn thành tốt nhiệm vụ", 90m), (anLac.ClassName, anLac.Total));
        Assert.Contains(anLac.Conditions, c => c.RuleName == "quota:Hoàn thành xuất sắc nhiệm vụ" && c.Changed);
    }
}
