using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Xunit;

namespace Scoring.Api.Tests.History;

/// <summary>The charts and "compared with last year" as people see them in Chromium on the seeded data (issue 19): the ranked page's
/// class distribution and points against rank, its "Năm trước" column; an agency's history across the 2025 merger on its own page; the
/// registry page's lineage; all still inside the screen at 400 px wide.</summary>
public sealed class HistoryBrowserTests
{
    [Fact]
    public async Task RankedPage_AgencyPage_AndRegistry_ShowTheChartsAndTheLineage()
    {
        await using var server = await LiveServer.StartAsync();
        var tokens = await server.SeedAsync();
        using var driver = Browser.Start();
        SignIn(driver, server.Url, tokens.First(t => t.Role == Roles.Staff).Token);

        driver.Navigate().GoToUrl(server.Url + "/xep-hang");
        var classes = driver.FindElement(By.Id("bieu-do-xep-loai"));
        Assert.True(classes.Displayed);
        Assert.Equal("Số đơn vị theo mức xếp loại của từng khối", driver.FindElement(By.Id("bieu-do-xep-loai-ten")).GetAttribute("textContent"));
        var texts = classes.FindElements(By.TagName("text")).Select(t => t.GetAttribute("textContent")).ToList();
        Assert.Contains("Sở, ban, ngành và tương đương", texts);
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ", texts);
        Assert.Contains(texts, t => t?.EndsWith(" đơn vị", StringComparison.Ordinal) == true);
        var ranks = driver.FindElement(By.Id("bieu-do-diem-hang"));
        Assert.True(ranks.Displayed);
        Assert.Contains("Vị thứ trong khối", ranks.FindElements(By.TagName("text")).Select(t => t.GetAttribute("textContent")));
        Assert.NotEmpty(ranks.FindElements(By.CssSelector("circle title, rect title, polygon title")));
        Assert.Contains("Năm trước (2024)", driver.FindElement(By.Id("bang-xep-hang")).Text, StringComparison.Ordinal);
        var bacSon = driver.FindElement(By.XPath("//tr[th[normalize-space(.)='UBND phường Bắc Sơn']]")).Text;
        Assert.Contains("Hợp nhất từ 2 đơn vị có kết quả năm 2024.", bacSon, StringComparison.Ordinal);
        Assert.Contains("UBND quận Bắc Sơn:", bacSon, StringComparison.Ordinal);

        // From the ranked table to the agency's registry page, on to a predecessor, and Back.
        driver.FindElement(By.XPath("//table//th/a[normalize-space(.)='UBND phường Bắc Sơn']")).Click();
        Assert.Equal("Thay thế cho: UBND quận Bắc Sơn; UBND quận Đông Hải.", driver.FindElement(By.Id("thay-the-cho")).Text);
        Assert.True(driver.FindElement(By.Id("bieu-do-lich-su")).Displayed);
        driver.FindElement(By.LinkText("UBND quận Đông Hải")).Click();
        Assert.Equal("Được thay thế bởi: UBND phường Bắc Sơn.", driver.FindElement(By.Id("duoc-thay-the")).Text);
        driver.Navigate().Back();
        Assert.Equal("Thay thế cho: UBND quận Bắc Sơn; UBND quận Đông Hải.", driver.FindElement(By.Id("thay-the-cho")).Text);
        Assert.Contains("UBND quận Bắc Sơn (trước sắp xếp)", driver.FindElement(By.Id("bang-lich-su")).Text, StringComparison.Ordinal);

        SignIn(driver, server.Url, tokens.First(t => t.Role == Roles.Agency).Token);
        driver.Navigate().GoToUrl(server.Url + "/don-vi");
        var history = driver.FindElement(By.Id("lich-su"));
        var chart = history.FindElement(By.Id("bieu-do-lich-su"));
        var labels = chart.FindElements(By.TagName("text")).Select(t => t.GetAttribute("textContent")).ToList();
        Assert.Contains("2024", labels);
        Assert.Contains("2026", labels);
        Assert.Contains("Trước sắp xếp", labels);
        Assert.Contains("UBND huyện An Lạc (trước sắp xếp)", history.FindElement(By.Id("bang-lich-su")).Text, StringComparison.Ordinal);
        Assert.Equal("So với năm 2024: Tổ chức lại từ UBND huyện An Lạc (khối khác). Không tính thay đổi: không phải cùng một đơn vị.",
            history.FindElement(By.Id("so-voi-nam-truoc")).Text);

        // Narrow screen: the chart shrinks with the page instead of overflowing it.
        driver.Manage().Window.Size = new Size(400, 800);
        driver.Navigate().Refresh();
        var width = Convert.ToDouble(driver.ExecuteScript("return document.getElementById('bieu-do-lich-su').getBoundingClientRect().right;"), System.Globalization.CultureInfo.InvariantCulture);
        var viewport = Convert.ToDouble(driver.ExecuteScript("return document.documentElement.clientWidth;"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(width <= viewport, $"The chart ends at {width} px, past the {viewport} px screen.");
    }

    private static void SignIn(ChromeDriver driver, string url, string token)
    {
        driver.Manage().Cookies.DeleteAllCookies();
        driver.Navigate().GoToUrl(url + "/dang-nhap");
        var field = driver.FindElement(By.Id("token"));
        field.SendKeys(token);
        field.Submit();
    }
}
