using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Scoring.Api.Storage;
using Xunit;

namespace Scoring.Api.Tests.Server;

/// <summary>The pages as each role meets them in Chromium, on the seeded year: a menu on every page, nothing sideways at 400 px, Vietnamese
/// error pages, and Back after sign-out shows no one's data (issue 15, part 1).</summary>
public sealed class PageLayoutTests
{
    private static readonly Dictionary<string, string[]> Pages = new()
    {
        [Roles.Agency] = ["/", "/don-vi"],
        [Roles.Staff] = ["/", "/noi-vu", "/xep-hang", "/thanh-tra", "/noi-vu/tham-dinh?agency=ubnd-phuong-an-lac&criteria=mau-2026&year=2026"],
        [Roles.Auditor] = ["/", "/xep-hang", "/thanh-tra", "/nhat-ky"],
        [Roles.Admin] = ["/quan-tri/ma-dang-nhap"],
    };

    [Fact]
    public async Task EveryRolesMainPages_MenuOnEachNoSidewaysScrollAt400Px_BackAfterSignOutShowsSignIn()
    {
        await using var server = await LiveServer.StartAsync();
        var seeded = await server.SeedAsync();
        var codes = seeded.ToDictionary(t => t.Role, t => t.Token);
        codes[Roles.Admin] = await server.Store.Tokens.CreateAsync("Quản trị thử", Roles.Admin, null, "test", CancellationToken.None);
        using var driver = Browser.Start();
        driver.Manage().Window.Size = new System.Drawing.Size(400, 900);
        var overflowing = new List<string>();
        foreach (var (role, pages) in Pages)
        {
            SignIn(driver, server.Url, codes[role]);
            foreach (var page in pages)
            {
                driver.Navigate().GoToUrl(server.Url + page);
                Assert.DoesNotContain("Mã lỗi", driver.PageSource, StringComparison.Ordinal);
                var menu = driver.FindElements(By.CssSelector("header .menu a")).Select(a => a.GetAttribute("href")).ToList();
                Assert.Contains(menu, href => href!.EndsWith(Scoring.Api.Pages.Support.Menu.For(role)[0].Href, StringComparison.Ordinal));
                var (scroll, client) = ((long)((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.scrollWidth")!,
                    (long)((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.clientWidth")!);
                if (scroll > client)
                {
                    overflowing.Add($"{role} {page}: {scroll} px wide in {client} px");
                }
            }
            driver.FindElement(By.XPath("//header//button[normalize-space(.)='Đăng xuất']")).Click();
            WaitFor(driver, () => driver.Url.Contains("/dang-nhap", StringComparison.Ordinal));
            driver.Navigate().Back();
            WaitFor(driver, () => ((IJavaScriptExecutor)driver).ExecuteScript("return document.readyState") as string == "complete");
            // The last page is not shown from the browser's cache: it is asked for again, and the server sends the sign-in page.
            Assert.Contains("/dang-nhap", driver.Url, StringComparison.Ordinal);
        }
        Assert.Empty(overflowing);
    }

    private static void SignIn(ChromeDriver driver, string url, string code)
    {
        driver.Manage().Cookies.DeleteAllCookies();
        driver.Navigate().GoToUrl(url + "/dang-nhap");
        var field = driver.FindElement(By.Id("token"));
        field.SendKeys(code);
        field.Submit();
        WaitFor(driver, () => !driver.Url.Contains("/dang-nhap", StringComparison.Ordinal));
    }

    private static void WaitFor(ChromeDriver driver, Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            Thread.Sleep(50);
        }
        Assert.True(condition(), "The page did not get there: " + driver.Url);
    }
}
