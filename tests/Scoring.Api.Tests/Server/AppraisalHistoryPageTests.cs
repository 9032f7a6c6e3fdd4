using System.Text.RegularExpressions;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The appraisal page shows each item's change history in its row (issue 15, part 3): when, who, from what to what, and why;
/// the old value is kept, never overwritten.</summary>
public sealed class AppraisalHistoryPageTests : IDisposable
{
    private readonly ScoringFactory _factory = new();

    public AppraisalHistoryPageTests() => _factory.SeedSamples();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TwoChangesAndAReturnToTheSelfScore_AreListedInTheItemsRow_OldestFirst()
    {
        var staff = await PageClient.SignInAsync(_factory, Roles.Staff);
        const string page = "/noi-vu/tham-dinh?agency=so-tu-phap&criteria=mau-2024&year=2024";
        var before = await staff.GetAsync(page);
        await staff.SubmitAsync(page, page, PageClient.Appraisal(("II.1", "2,5", "Thiếu tài liệu kiểm chứng")));
        await staff.SubmitAsync(page, page, PageClient.Appraisal(("II.1", "3", "Bổ sung một phần")));
        await staff.SubmitAsync(page, page, PageClient.Appraisal(("II.1", "", "Đã đủ tài liệu")));

        var after = System.Net.WebUtility.HtmlDecode(await staff.GetAsync(page));

        Assert.DoesNotContain("id=\"lich-su-tc-II.1\"", before);
        var history = after[after.IndexOf("id=\"lich-su-tc-II.1\"", StringComparison.Ordinal)..];
        history = history[..history.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.Contains("<summary>Lịch sử (3)</summary>", history);
        var lines = Regex.Matches(history, "<li>(.*?)</li>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Matches(@"^\d\d:\d\d \d\d/\d\d/\d{4}, Thử staff: \d+(,\d+)? \(tự chấm\) → 2,5 \(Thiếu tài liệu kiểm chứng\)$", lines[0]);
        Assert.EndsWith(": 2,5 → 3 (Bổ sung một phần)", lines[1]);
        Assert.Matches(@": 3 → trở lại \d+(,\d+)? \(tự chấm\) \(Đã đủ tài liệu\)$", lines[2]);
    }
}
