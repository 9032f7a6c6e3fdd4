using Scoring.Rules.Format;
using Scoring.Rules.Lint;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Rules.Tests;

public class LintTests
{
    private static IReadOnlyList<CriteriaProblem> Errors(string yaml) =>
        [.. CriteriaLinter.Lint(yaml, "t.yaml").Where(p => !p.IsWarning)];

    private static CriteriaProblem Single(string yaml, string fragment)
    {
        var errors = Errors(yaml);
        var matching = errors.Where(e => e.Message.Contains(fragment, StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count == 1, $"Expected one error containing \"{fragment}\", got:\n{string.Join("\n", errors)}");
        return matching[0];
    }

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void Lint_ShippedVersion_HasNoErrors(string id)
    {
        var problems = CriteriaLinter.Lint(File.ReadAllText(Path.Combine(Criteria.CriteriaFolder, id + ".yaml")), id);
        Assert.DoesNotContain(problems, p => !p.IsWarning);
    }

    public static TheoryData<string> ShippedIds() => [.. Criteria.ShippedIds];

    [Fact]
    public void Lint_MaximaNotAddingUpToScale_NamesGroupAndScaleLine()
    {
        var yaml = Criteria.Mini("""
                  - { code: I.1, title: A, max: 5, kind: yes-no }
            """, 10);
        var e = Single(yaml, "khác thang điểm 10");
        Assert.Equal(4, e.Line);
        Assert.Contains("khối g là 5", e.Message);
    }

    [Fact]
    public void Lint_TiersWithGapAndOverlap_ReportsEach()
    {
        var yaml = Criteria.Mini("""
                  - code: I.1
                    title: A
                    max: 10
                    kind: tiers
                    tiers:
                      - { from: 90, points: 10 }
                      - { from: 70, to: 80, points: 5 }
                      - { from: 50, to: 75, points: 2 }
                      - { from: 10, to: 50, points: 0 }
            """, 10);
        var gap = Single(yaml, "bị hở: từ 80% đến dưới 90%");
        Assert.Equal(18, gap.Line);
        var overlap = Single(yaml, "chồng lấn: từ 70% đến dưới 75%");
        Assert.Equal(19, overlap.Line);
        var below = Single(yaml, "từ 0% đến dưới 10%");
        Assert.Equal(20, below.Line);
    }

    [Fact]
    public void Lint_BandsWithGapOverlapAndUnreachableClass_ReportsEachWithLine()
    {
        var classes = """
            classes:
              - { name: Xuất sắc, from: 120 }
              - { name: Tốt, from: 90, to: 120 }
              - { name: Khá, from: 70, to: 85 }
              - { name: Trung bình, from: 50, to: 75 }
              - { name: Yếu, from: 0, to: 50 }
            """;
        var yaml = Criteria.Mini("""
                  - { code: I.1, title: A, max: 100, kind: judgment, step: 0.5 }
            """, 100, classes: classes);
        Assert.Contains("không thể đạt", Single(yaml, "Xuất sắc\" không thể đạt").Message);
        Assert.Equal(16, Single(yaml, "bị hở: tổng điểm từ 85 đến dưới 90").Line);
        Assert.Equal(17, Single(yaml, "chồng lấn: tổng điểm từ 70 đến dưới 75").Line);
    }

    [Fact]
    public void Lint_DuplicateItemCode_NamesFirstLine()
    {
        var yaml = Criteria.Mini("""
                  - { code: I.1, title: A, max: 5, kind: yes-no }
                  - { code: I.1, title: B, max: 5, kind: yes-no }
            """, 10);
        var e = Single(yaml, "bị trùng (đã dùng ở dòng 12)");
        Assert.Equal(13, e.Line);
    }

    [Fact]
    public void Lint_UnknownGroupAndUnknownInput_Reported()
    {
        var yaml = Criteria.Mini("""
                  - { code: I.1, title: A, max: 5, kind: yes-no, applies-to: [khong-co] }
                  - { code: I.2, title: B, max: 5, kind: formula, formula: "min(so_mo_hinh, 5)" }
            """, 10);
        Assert.Equal(12, Single(yaml, "khối \"khong-co\" chưa khai báo").Line);
        var input = Single(yaml, "Tên \"so_mo_hinh\" không phải số liệu đã khai báo");
        Assert.Equal(13, input.Line);
        Assert.Equal(yaml.Split('\n')[12].IndexOf("so_mo_hinh", StringComparison.Ordinal) + 1, input.Column);
    }

    [Theory]
    [InlineData("a.GetType()", "dấu chấm")]
    [InlineData("typeof(decimal)", "Hàm \"typeof\" không được phép")]
    [InlineData("GetType()", "Hàm \"GetType\" không được phép")]
    [InlineData("System.IO.File", "dấu chấm")]
    [InlineData("min(1 +, 2)", "Không thể bắt đầu bằng")]
    [InlineData("min(1, 2", "Cần \")\"")]
    [InlineData("diem(\"I.2\")", "tham chiếu chính nó")]
    [InlineData("99999999999999999999999999999", "quá lớn")]
    [InlineData("1 > 0", "phải cho ra một số điểm")]
    [InlineData("tong_diem", "chỉ dùng được trong điều kiện")]
    public void Lint_FormulaOutsideAllowList_IsAnErrorWithLine(string formula, string fragment)
    {
        var yaml = Criteria.Mini($$"""
                  - { code: I.1, title: A, max: 5, kind: yes-no }
                  - { code: I.2, title: B, max: 5, kind: formula, formula: '{{formula}}' }
            """, 10);
        Assert.Equal(13, Single(yaml, fragment).Line);
    }

    [Fact]
    public void Lint_NotApplicableItemWithoutRescaling_AsksForRescalingPolicy()
    {
        var yaml = Criteria.Mini("""
                  - { code: I.1, title: A, max: 10, kind: yes-no, may-be-not-applicable: true }
            """, 10);
        Assert.Equal(12, Single(yaml, "chưa khai báo cách quy đổi").Line);
        Assert.Empty(Errors(yaml + "\nrescaling: proportional\n"));
    }

    [Fact]
    public void Lint_CapNamingUnknownClass_Reported()
    {
        var yaml = Criteria.Mini("""
                  - { code: I.1, title: A, max: 10, kind: judgment, step: 1 }
            """, 10, extra: """
            inputs:
              - { code: diem_nong, title: Điểm nóng, type: count, default: 0 }
            caps:
              - { when: "diem_nong > 0", at-most: Xuat sac, reason: x }
            """);
        Assert.Contains("\"Xuat sac\" không có trong classes", Single(yaml, "Xuat sac").Message);
    }

    [Fact]
    public void Lint_BadYamlAndUnknownKeysAndAliases_ReportedNotThrown()
    {
        Assert.Equal(1, Single("id: [unclosed\n", "chưa được đóng").Line);
        Assert.Equal(12, Single(Criteria.Mini("""
                  - { code: I.1, titel: A, title: A, max: 10, kind: yes-no }
            """, 10), "Khóa \"titel\" không hợp lệ").Line);
        Assert.Equal(1, Single("a: &x [1]\nb: *x\n", "neo và tham chiếu").Line);
        Assert.Equal(12, Single(Criteria.Mini("""
                  - { code: I.1, title: A, max: "10,5", kind: yes-no }
            """, 10.5m), "dấu chấm").Line);
    }

    [Fact]
    public void Lint_JudgmentMaxNotMultipleOfStep_Reported()
    {
        var yaml = Criteria.Mini("""
                  - { code: I.1, title: A, max: 10, kind: judgment, step: 0.3 }
            """, 10);
        Assert.Equal(12, Single(yaml, "không phải bội số của bước chấm 0,3").Line);
    }
}
