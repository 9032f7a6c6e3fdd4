using Scoring.Engine.Evaluation;
using Scoring.Engine.Ranking;
using Scoring.Engine.Runs;
using Scoring.Engine.Submissions;
using Xunit;
using static Scoring.Rules.Tests.Support.Criteria;

namespace Scoring.Rules.Tests;

/// <summary>Re-scoring a submission under another version: answers follow the same code or the codes a newer item replaces.</summary>
public class AnswerMappingTests
{
    private static readonly string Old = Mini("""
              - { code: A.1, title: Kế hoạch, max: 4, kind: yes-no }
              - { code: A.2, title: Đối thoại, max: 6, kind: count, unit: 2 }
        """, 10).Replace("id: mini", "id: cu", StringComparison.Ordinal);

    private static readonly string New = Mini("""
              - { code: A.1, title: Kế hoạch, max: 5, kind: yes-no }
              - { code: B.1, title: Đối thoại với Nhân dân, max: 5, kind: count, unit: 1, replaces: [A.2] }
              - { code: B.2, title: Mới, max: 10, kind: judgment, step: 1 }
        """, 20).Replace("id: mini", "id: moi", StringComparison.Ordinal);

    [Fact]
    public void Map_ReplacedCode_AnswerFollowsAndNewItemsScoreZero()
    {
        var older = Compile(Old);
        var newer = Compile(New);
        var submission = new Submission("a", null, "g", new Dictionary<string, Answer> { ["A.1"] = A(1), ["A.2"] = A(3) }, new Dictionary<string, decimal>());
        var (mapped, notes) = AnswerMapping.Map(submission, newer.Version);
        Assert.Empty(notes);
        Assert.Equal(["A.1", "B.1"], mapped.Answers.Keys.Order(StringComparer.Ordinal));
        var result = newer.Scorer.Evaluate(mapped);
        Assert.Equal(8m, result.Total);
        Assert.Equal("Không có câu trả lời: 0 điểm", result.Items.Single(i => i.Code == "B.2").Note);

        var oldRows = Ranker.Rank(older.Version, [older.Scorer.Evaluate(submission)]);
        var newRows = Ranker.Rank(newer.Version, [result]);
        var diff = Assert.Single(RunDiff.Compare(older.Version, oldRows, newer.Version, newRows, new Dictionary<string, IReadOnlyList<string>>()));
        Assert.Equal((10m, 8m), (diff.OldTotal!.Value, diff.NewTotal!.Value));
        Assert.Contains(diff.Items, i => i.OldCode == "A.2" && i.NewCode == "B.1" && i.Note == "B.1 thay cho A.2" && i.OldPoints == 6m && i.NewPoints == 3m);
        Assert.Contains(diff.Items, i => i.OldCode == "A.1" && i.NewCode == "A.1" && i.OldPoints == 4m && i.NewPoints == 5m);
        Assert.Contains(diff.Items, i => i.NewCode == "B.2" && i.Note == "Chỉ có ở phiên bản mới");
    }

    [Fact]
    public void Map_AnswerTheNewKindCannotTake_DroppedWithANote()
    {
        var newer = Compile(Mini("      - { code: A.2, title: Đối thoại, max: 2, kind: yes-no }", 2).Replace("id: mini", "id: moi2", StringComparison.Ordinal));
        var submission = new Submission("a", null, "g", new Dictionary<string, Answer> { ["A.2"] = A(3) }, new Dictionary<string, decimal>());
        var (mapped, notes) = AnswerMapping.Map(submission, newer.Version);
        Assert.Empty(mapped.Answers);
        Assert.Contains("không dùng được cho tiêu chí A.2", Assert.Single(notes));
        Assert.Equal(AgencyStatus.Classified, newer.Scorer.Evaluate(mapped).Status);
    }
}
