using OpenQA.Selenium;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The auditor's journey in Chromium on the seeded data (issue 15, part 5): replay a published run by the page's own form and see
/// "Khớp"; compare it under another version and see agency names, a summary and the Excel download.</summary>
public sealed class AuditorBrowserTests
{
    [Fact]
    public async Task Auditor_ReplaysAndComparesThroughTheForms()
    {
        await using var server = await LiveServer.StartAsync();
        var auditor = (await server.SeedAsync()).First(t => t.Role == Roles.Auditor).Token;
        using var driver = Browser.Start();
        driver.Navigate().GoToUrl(server.Url + "/dang-nhap");
        var field = driver.FindElement(By.Id("token"));
        field.SendKeys(auditor);
        field.Submit();
        driver.Navigate().GoToUrl(server.Url + "/thanh-tra");

        Choose(driver, "run-kt", "Lượt 1 (2024, mau-2024)");
        driver.FindElement(By.XPath("//button[normalize-space(.)='Kiểm tra lại']")).Click();
        var replay = driver.FindElement(By.Id("ket-qua-kiem-tra")).Text;
        Choose(driver, "run-ss", "Lượt 1 (2024, mau-2024)");
        driver.FindElement(By.CssSelector("#other option[value='mau-2023']")).Click();
        driver.FindElement(By.XPath("//button[normalize-space(.)='So sánh']")).Click();
        var summary = driver.FindElement(By.Id("tom-tat-so-sanh")).Text;
        var table = driver.FindElement(By.Id("bang-so-sanh")).Text;

        Assert.StartsWith("Khớp: lượt 1 tính lại đúng từng kết quả", replay, StringComparison.Ordinal);
        Assert.Matches(@"^Tóm tắt: so sánh \d+ đơn vị; \d+ đơn vị đổi xếp loại, \d+ đổi vị thứ, \d+ đổi tổng điểm\.", summary);
        Assert.Contains("Tải bảng so sánh (Excel)", summary, StringComparison.Ordinal);
        Assert.Contains("Sở Nội vụ", table, StringComparison.Ordinal);
        Assert.Contains("handler=DiffFile", driver.FindElement(By.LinkText("Tải bảng so sánh (Excel)")).GetAttribute("href"), StringComparison.Ordinal);
    }

    private static void Choose(OpenQA.Selenium.Chrome.ChromeDriver driver, string select, string text) =>
        driver.FindElement(By.XPath($"//select[@id='{select}']/option[normalize-space(.)='{text}']")).Click();
}
