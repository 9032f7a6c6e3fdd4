using Scoring.Engine.Registry;
using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;
using Scoring.Engine.Workflow;
using Xunit;

namespace Scoring.Engine.Tests;

public class WorkflowPolicyTests
{
    private static Item Item(ItemKind kind, decimal max) => new("A.1", "Mục thử", max, kind, ItemRole.Tree, null, [], false, false);

    [Theory]
    [InlineData("yes-no", 2, 1.25, false)]
    [InlineData("yes-no", 5, 2.5, false)]
    [InlineData("yes-no", 5, 5, true)]
    [InlineData("yes-no", 5, 0, true)]
    [InlineData("judgment", 5, 1.1, false)]
    [InlineData("judgment", 5, 1.25, true)]
    [InlineData("judgment", 5, 5.25, false)]
    [InlineData("tiers", 10, 7, true)]
    [InlineData("tiers", 10, 6, false)]
    [InlineData("count", 4, 3, false)]
    [InlineData("count", 4, 4, true)]
    [InlineData("count", 5, 5, true)]
    [InlineData("deduct-per", 5, 3, true)]
    [InlineData("deduct-per", 5, 2, false)]
    [InlineData("levels", 6, 4.5, true)]
    [InlineData("levels", 6, 6, false)]
    public void ItemPoints_AppraisedValue_AcceptedOnlyWhenTheItemCanGiveIt(string kind, double max, double points, bool accepted)
    {
        ItemKind k = kind switch
        {
            "yes-no" => new YesNoKind(),
            "judgment" => new JudgmentKind(0.25m),
            "tiers" => new TiersKind([new Tier(95, null, 10), new Tier(85, 95, 7), new Tier(70, 85, 4)]),
            "count" => new CountKind(2m),
            "deduct-per" => new DeductPerKind(2m),
            _ => new LevelsKind([new Level("tot", "Tốt", 5), new Level("kha", "Khá", 3)], 0.5m),
        };

        var refusal = ItemPoints.Refuse(Item(k, (decimal)max), (decimal)points);

        Assert.Equal(accepted, refusal is null);
        Assert.True(refusal is null || refusal.Contains("A.1", StringComparison.Ordinal));
    }

    [Fact]
    public void LockPolicy_LockedYear_RefusesUploadAndWithdrawSayingWhoAndWhen()
    {
        var gate = new YearLock("mau-2024", 2024, true, "Sở Nội vụ", new DateTimeOffset(2024, 12, 1, 2, 30, 0, TimeSpan.Zero), null);

        Assert.Contains("bởi Sở Nội vụ lúc 09:30 ngày 01/12/2024", LockPolicy.RefuseUpload(gate, null));
        Assert.Contains("bởi Sở Nội vụ", LockPolicy.RefuseWithdraw(gate, SubmissionState.Submitted, "bài"));
        Assert.Null(LockPolicy.RefuseUpload(YearLock.Open("mau-2024", 2024), SubmissionState.Submitted));
        Assert.NotNull(LockPolicy.RefuseLock(gate));
        Assert.NotNull(LockPolicy.RefuseReopen(gate, " "));
        Assert.Null(LockPolicy.RefuseReopen(gate, "Đơn vị nộp nhầm tệp"));
        Assert.NotNull(LockPolicy.RefuseReopen(YearLock.Open("mau-2024", 2024), "x"));
    }

    [Fact]
    public void PublicationPolicy_GroupRunThenAllGroupsRun_OneOfficialAnswerPerGroup()
    {
        static RunScope Run(long id, string? group, RunState state, params string[] parts) => new(id, "v", 2026, group, state, parts);
        var all = Run(1, null, RunState.Published);
        var groupRun = Run(2, "xa", RunState.Draft);

        var first = PublicationPolicy.Decide(groupRun, [all]);
        Assert.Empty(first.SupersededRuns);
        Assert.Equal([(1L, "xa")], first.SupersededParts);
        var afterGroup = new[] { Run(1, null, RunState.Published, "xa"), Run(2, "xa", RunState.Published) };
        Assert.Equal(new Dictionary<string, long> { ["so"] = 1, ["xa"] = 2 }, PublicationPolicy.Official(afterGroup, ["so", "xa"]));

        var second = PublicationPolicy.Decide(Run(3, null, RunState.Draft), afterGroup);
        Assert.Equal([1L, 2L], second.SupersededRuns);
        Assert.NotNull(PublicationPolicy.Refuse(Run(1, null, RunState.Published)));
        Assert.Empty(PublicationPolicy.Decide(Run(4, null, RunState.Draft), [new RunScope(5, "khac", 2026, null, RunState.Published, [])]).SupersededRuns);
    }

    [Fact]
    public void AppraisalPolicy_ValueAlreadyInForce_Unchanged_AndOnlyLockedSubmissions()
    {
        var item = Item(new JudgmentKind(0.25m), 5);
        var version = Versions.WithItem(item);
        var stored = new Submission("a", "A", "g", new Dictionary<string, Answer> { ["A.1"] = new(3m) }, new Dictionary<string, decimal>());

        Assert.Equal(AppraisalAction.Unchanged, AppraisalPolicy.Decide(version, SubmissionState.Locked, stored, "A.1", 3m, "x", null, 3m).Action);
        Assert.Equal(AppraisalAction.Unchanged, AppraisalPolicy.Decide(version, SubmissionState.Appraised, stored, "A.1", 2m, "y", new Appraisal(2m, "x"), 3m).Action);
        Assert.Equal(AppraisalAction.Record, AppraisalPolicy.Decide(version, SubmissionState.Locked, stored, "A.1", 2m, "x", null, 3m).Action);
        Assert.Equal(AppraisalAction.Refuse, AppraisalPolicy.Decide(version, SubmissionState.Submitted, stored, "A.1", 2m, "x", null, 3m).Action);
        Assert.Equal(AppraisalAction.Refuse, AppraisalPolicy.Decide(version, SubmissionState.Locked, stored, "A.1", 1.1m, "x", null, 3m).Action);
        Assert.Equal(AppraisalAction.Refuse, AppraisalPolicy.Decide(version, SubmissionState.Locked, stored, "A.1", 2m, " ", null, 3m).Action);
    }

    [Fact]
    public void RunPolicy_VersionNamesAnotherYear_AWarning()
    {
        var plain = Versions.WithItem(Item(new YesNoKind(), 5));
        // Issued in 2022 for the results of 2021: the year field, not the decision date, says which year it assesses.
        var version = plain with { Identity = plain.Identity with { Year = 2021, DecisionDate = new DateOnly(2022, 2, 10) } };
        Assert.Equal(2021, version.Identity.AssessedYear);
        Assert.Empty(RunPolicy.Warnings(version, 2021, new YearLock("v", 2021, true, "Sở Nội vụ", DateTimeOffset.UnixEpoch, null), 3, 0));
        var other = Assert.Single(RunPolicy.Warnings(version, 2022, new YearLock("v", 2022, true, "Sở Nội vụ", DateTimeOffset.UnixEpoch, null), 3, 0));
        Assert.Equal("Bộ tiêu chí v dùng để đánh giá năm 2021, không dùng cho năm 2022: hãy chọn bộ tiêu chí của năm 2022.", other);
        Assert.Equal(2022, (plain with { Identity = plain.Identity with { DecisionDate = new DateOnly(2022, 2, 10) } }).Identity.AssessedYear);
    }

    [Fact]
    public void RunPolicy_YearNotLockedNothingLockedOrOutOfPeriod_EachAWarning()
    {
        var plain = Versions.WithItem(Item(new YesNoKind(), 5));
        var version = plain with { Identity = plain.Identity with { EffectiveFrom = new DateOnly(2025, 1, 1), EffectiveTo = new DateOnly(2026, 12, 31) } };
        var locked = new YearLock("v", 2026, true, "Sở Nội vụ", DateTimeOffset.UnixEpoch, null);

        Assert.Empty(RunPolicy.Warnings(version, 2026, locked, lockedSubmissions: 3, openSubmissions: 0));
        Assert.Contains("không áp dụng cho năm 2024", Assert.Single(RunPolicy.Warnings(version, 2024, locked with { Year = 2024 }, 3, 0)));
        var open = RunPolicy.Warnings(version, 2026, YearLock.Open("v", 2026), 0, 2);
        Assert.Equal(2, open.Count);
        Assert.Contains("2 bài đã nộp nhưng chưa khóa", open[0]);
        Assert.Contains("Không có bài nộp nào đã khóa", open[1]);
    }

    [Fact]
    public void RegistryPolicy_BadLines_EachRefusedWithItsLine()
    {
        AgencyEntry[] entries =
        [
            new("dòng 2", "lock", "Tên", "so-nganh"),
            new("dòng 3", "a/../b", "Tên", "so-nganh"),
            new("dòng 4", "SO-NOI-VU", "Tên", "so-nganh"),
            new("dòng 5", "so-tu-phap", new string('x', 301), "so-nganh"),
            new("dòng 6", "so-y-te", "Sở\u202EY tế", "so-nganh"),
            new("dòng 7", "so-xay-dung", "Sở Xây dựng", "khoi-la"),
            new("dòng 8", "so-noi-vu", "Sở Nội vụ", "so-nganh"),
        ];

        var (errors, warnings) = RegistryPolicy.Check(entries, ["So-Noi-Vu"], ["so-nganh"]);

        Assert.Equal(["dòng 2", "dòng 3", "dòng 4", "dòng 5", "dòng 6", "dòng 8"], errors.Select(e => e.Where));
        Assert.Contains("dành riêng", errors[0].Message);
        Assert.Contains("tối đa 300", errors[3].Message);
        Assert.Contains("U+202E", errors[4].Message);
        Assert.Contains("chỉ khác chữ hoa", errors[5].Message);
        Assert.Equal("dòng 7", Assert.Single(warnings).Where);
    }
}

/// <summary>Small versions for the policy tests.</summary>
internal static class Versions
{
    /// <summary>A version whose only item is <paramref name="item"/> (held in the bonus block: found by code and applying to every group).</summary>
    public static CriteriaVersion WithItem(Item item) => new(
        new VersionIdentity("v", "V", null, null, null, null, null, null, true), 100m,
        [new Group("g", "Khối thử")], [], [], new PointBlock(item.Max, [item]), PointBlock.Empty,
        [new ClassBand("Tốt", 90m, null), new ClassBand("Khá", 0m, 90m)], [], [], RoundingPolicy.None, RescalingPolicy.None,
        new RankingPolicy(RankingMethod.Competition, RankingScope.Group));
}
