using OpenQA.Selenium;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The pages as people use them, in headless Chromium against the real server.</summary>
public class BrowserTests
{
    [Fact]
    public async Task SignIn_WrongThenRightToken_VietnameseErrorThenHomePage()
    {
        await using var server = await LiveServer.StartAsync();
        var token = await server.Store.Tokens.CreateAsync("Cán bộ thử", Roles.Staff, null, "test", CancellationToken.None);
        using var driver = Browser.Start();
        driver.Navigate().GoToUrl(server.Url + "/");
        Assert.Contains("/dang-nhap", driver.Url, StringComparison.Ordinal);
        driver.FindElement(By.Id("token")).SendKeys("sai-ma-dang-nhap");
        driver.FindElement(By.CssSelector("button[type=submit]")).Click();
        Assert.Contains("Mã đăng nhập không đúng", driver.FindElement(By.Id("loi-dang-nhap")).Text, StringComparison.Ordinal);
        driver.FindElement(By.Id("token")).SendKeys(token + Keys.Enter);
        Assert.Contains("Xin chào, Cán bộ thử", driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
    }
}
