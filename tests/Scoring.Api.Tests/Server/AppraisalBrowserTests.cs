using OpenQA.Selenium;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>An appraiser changes several items of a locked submission in one save, in Chromium, on the seeded 2026 year (issue 15, part 3).</summary>
public sealed class AppraisalBrowserTests
{
    [Fact]
    public async Task Staff_AppraisesTwoItemsInOneSave_RefreshRepeatsNothing()
    {
        await using var server = await LiveServer.StartAsync();
        var staff = (await server.SeedAsync()).First(t => t.Role == Roles.Staff).Token;
        using var driver = Browser.Start();
        driver.Navigate().GoToUrl(server.Url + "/dang-nhap");
        var field = driver.FindElement(By.Id("token"));
        field.SendKeys(staff);
        field.Submit();
        const string Page = "/noi-vu/tham-dinh?agency=ubnd-phuong-an-lac&criteria=mau-2026&year=2026";
        driver.Navigate().GoToUrl(server.Url + Page);
        var before = (await server.Store.Submissions.AppraisalsAsync("ubnd-phuong-an-lac", 2026, "mau-2026", CancellationToken.None)).Count;
        Assert.Contains("Kế hoạch số 03/KH-UBND", driver.FindElement(By.Id("tc-A.1")).Text, StringComparison.Ordinal);

        Type(driver, "diem-tc-A.2", "5");
        Type(driver, "ly-do-tc-A.2", "Chưa có tài liệu tuyên truyền quý IV");
        Type(driver, "diem-tc-B.1", "9,5");
        Type(driver, "ly-do-tc-B.1", "Công khai chậm một kỳ");
        driver.FindElement(By.XPath("//button[normalize-space(.)='Ghi thẩm định']")).Click();

        Assert.Contains("Đã ghi 2 điểm thẩm định", driver.FindElement(By.Id("thong-bao")).Text, StringComparison.Ordinal);
        Assert.Contains("Chưa có tài liệu tuyên truyền quý IV", driver.FindElement(By.Id("tc-A.2")).Text, StringComparison.Ordinal);
        driver.Navigate().Refresh();
        Assert.Empty(driver.FindElements(By.Id("thong-bao")));
        Assert.Equal(before + 2, (await server.Store.Submissions.AppraisalsAsync("ubnd-phuong-an-lac", 2026, "mau-2026", CancellationToken.None)).Count);
    }

    private static void Type(OpenQA.Selenium.Chrome.ChromeDriver driver, string id, string text)
    {
        var input = driver.FindElement(By.Id(id));
        input.Clear();
        input.SendKeys(text);
    }
}
