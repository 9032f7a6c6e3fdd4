using Scoring.Api.Reports;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Scoring.Engine.Submissions;
using Scoring.Rules.Lint;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Api.Tests.Reports;

/// <summary>A version without classes scores and ranks only: it lints, ranks, and its report and result text show no class.</summary>
public sealed class ClasslessVersionTests
{
    private const string ScoreAndRank = """
        id: diem-va-hang
        title: Bảng điểm và xếp hạng (mẫu)
        sample: true
        year: 2026
        scale: 10
        groups:
          - { code: g, name: Khối thử }
        sections:
          - code: I
            title: Mục I
            max: 10
            items:
              - { code: I.1, title: Ban hành kế hoạch, max: 4, kind: yes-no }
              - { code: I.2, title: Tổ chức thực hiện, max: 6, kind: judgment, step: 0.5 }
        """;

    private static AgencyResult Scored(string agency, decimal points) =>
        Score(Compile(ScoreAndRank), new Dictionary<string, Answer> { ["I.1"] = A(1), ["I.2"] = A(points) }, agency: agency);

    [Fact]
    public void Version_WithoutClasses_ScoresAndRanksWithNoClass()
    {
        var results = new[] { Scored("a", 3), Scored("b", 5.5m), Scored("c", 3) };
        Assert.All(results, r => Assert.Equal((AgencyStatus.Classified, (string?)null), (r.Status, r.ClassName)));
        var ranked = Ranker.Rank(Compile(ScoreAndRank).Version, results);
        Assert.Equal([("b", 1), ("a", 2), ("c", 2)], ranked.Select(r => (r.Result.AgencyCode, r.Rank ?? 0)));
        Assert.DoesNotContain(results[0].Fired.Names, n => n.StartsWith("class:", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_CapsWithoutClasses_ErrorAtTheCap()
    {
        var yaml = ScoreAndRank + """

            inputs:
              - { code: diem_nong, title: Điểm nóng, type: count }
            caps:
              - { code: diem-nong, when: "diem_nong > 0", at-most: Khá, reason: Điểm nóng }
            """;
        var p = Assert.Single(CriteriaLinter.Lint(yaml, "thu.yaml"), e => !e.IsWarning);
        Assert.Contains("Giới hạn xếp loại diem-nong cần danh sách xếp loại (classes)", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithoutClasses_NoClassColumnAndScoreAndRankTitle()
    {
        var criteria = Compile(ScoreAndRank);
        var agencies = new[] { ("a", 3m), ("b", 5.5m) }.Select(x => { var r = Scored(x.Item1, x.Item2); return new ScoredAgency(x.Item1, "Đơn vị " + x.Item1, r, r, x.Item1 + ".xlsx"); }).ToList();
        var cells = ReportSamples.Dump(ReportWorkbook.Write(ReportSamples.Info(criteria), agencies, []));
        Assert.DoesNotContain(cells, c => c.Contains("= Xếp loại (", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains("KẾT QUẢ CHẤM ĐIỂM VÀ XẾP HẠNG CÔNG TÁC DÂN VẬN - KHỐI KHỐI THỬ", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains("= Ghi chú (", StringComparison.Ordinal));
        Assert.DoesNotContain("XẾP LOẠI", ResultText.Write(agencies[1].Final, criteria.Version, criteria.Hash), StringComparison.Ordinal);
        Assert.Contains("TỔNG ĐIỂM: 9,5", ResultText.Write(agencies[1].Final, criteria.Version, criteria.Hash), StringComparison.Ordinal);
    }
}
