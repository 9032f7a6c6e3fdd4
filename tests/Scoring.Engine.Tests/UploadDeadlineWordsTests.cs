using Scoring.Engine.Criteria;
using Scoring.Engine.Workflow;
using Xunit;

namespace Scoring.Engine.Tests;

/// <summary>The deadline as an agency reads it, in Vietnam time.</summary>
public sealed class UploadDeadlineWordsTests
{
    private static readonly SubmissionPolicy Refuse = new(12, 1, LatePolicy.Refuse);

    [Theory]
    [InlineData("2024-11-20T16:59:00Z", "Hạn nộp: trước ngày 01/12/2024 (còn 11 ngày).")]
    [InlineData("2024-11-20T17:00:00Z", "Hạn nộp: trước ngày 01/12/2024 (còn 10 ngày).")]
    [InlineData("2024-11-30T16:59:00Z", "Hạn nộp: trước ngày 01/12/2024 (còn 1 ngày).")]
    [InlineData("2024-11-30T17:00:00Z", "Đã quá hạn nộp (trước ngày 01/12/2024). Bài nộp muộn không được nhận; nếu cần, hãy liên hệ cơ quan Nội vụ.")]
    public void Words_DaysLeftInVietnamTime_ThenPassed(string now, string expected) =>
        Assert.Equal(expected, UploadDeadline.Words(Refuse, 2024, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2024-11-30T16:59:00Z", "refuse", "Hạn nộp của mọi khối: trước ngày 01/12/2024 (còn 1 ngày); sau hạn, bài nộp muộn không được nhận.")]
    [InlineData("2024-11-30T17:00:00Z", "refuse", "Đã quá hạn nộp của mọi khối (trước ngày 01/12/2024); bài nộp muộn không được nhận.")]
    [InlineData("2024-11-30T17:00:00Z", "flag", "Đã quá hạn nộp của mọi khối (trước ngày 01/12/2024); bài nộp muộn vẫn được nhận và ghi là nộp muộn.")]
    public void StaffWords_TheDayAndWhatHappensToALateUpload(string now, string late, string expected) =>
        Assert.Equal(expected, UploadDeadline.StaffWords(late == "refuse" ? Refuse : Refuse with { Late = LatePolicy.Flag }, 2024,
            DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Words_NoDeadline_Nothing() => Assert.Null(UploadDeadline.Words(SubmissionPolicy.None, 2024, DateTimeOffset.UnixEpoch));
}
