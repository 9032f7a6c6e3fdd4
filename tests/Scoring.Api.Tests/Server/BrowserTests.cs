using Scoring.Api.Spreadsheets;
using Scoring.Engine.Registry;
using OpenQA.Selenium;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Support;
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
        Click(driver.FindElement(By.CssSelector("main button[type=submit]")));
        Assert.Contains("Mã đăng nhập không đúng", driver.FindElement(By.Id("loi-dang-nhap")).Text, StringComparison.Ordinal);
        var field = driver.FindElement(By.Id("token"));
        field.SendKeys(token);
        Submit(field);
        Assert.Contains("Xin chào, Cán bộ thử", driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgencyFixesUpload_StaffRunsAndRanks_AsPeopleUseThePages()
    {
        await using var server = await LiveServer.StartAsync();
        var (agencies, _) = AgencyListFile.Read(File.ReadAllBytes(Repo.Path("samples", "agencies.csv")), "agencies.csv");
        await server.Store.Agencies.ImportAsync([.. agencies!.Values], "agencies.csv", "test", CancellationToken.None);
        var agencyToken = await server.Store.Tokens.CreateAsync("Sở Lao động - Thương binh và Xã hội", Roles.Agency, "so-lao-dong-tbxh", "test", CancellationToken.None);
        var staffToken = await server.Store.Tokens.CreateAsync("Cán bộ Nội vụ", Roles.Staff, null, "test", CancellationToken.None);
        var folder = Directory.CreateTempSubdirectory("scoring-upload-").FullName;
        var wrong = Path.Combine(folder, "so-lao-dong-tbxh.xlsx");
        File.Copy(Repo.Path("samples", "workbooks", "mau-2024", "so-lao-dong-tbxh.xlsx"), wrong);
        var fixedFile = Path.Combine(folder, "so-lao-dong-tbxh-da-sua.xlsx");
        File.WriteAllBytes(fixedFile, Spreadsheets.Workbooks.Edit(File.ReadAllBytes(wrong), s => s.Cells[Spreadsheets.Workbooks.Row(s, "II.1"), 6].Value = 4));
        using var driver = Browser.Start();

        SignIn(driver, server.Url, agencyToken);
        driver.Navigate().GoToUrl(server.Url + "/don-vi?criteria=mau-2024&year=2024");
        driver.FindElement(By.Id("file")).SendKeys(wrong);
        Submit(driver.FindElement(By.Id("file")));
        var error = driver.FindElement(By.Id("loi-tai-len")).Text;
        Assert.Contains("ô F15 (mục II.1): Điểm tự chấm 7 nằm ngoài khoảng cho phép: cần từ 0 đến 5", error, StringComparison.Ordinal);
        driver.FindElement(By.Id("file")).SendKeys(fixedFile);
        Submit(driver.FindElement(By.Id("file")));
        Assert.Contains("Đã nhận", driver.FindElement(By.Id("ket-qua-tai-len")).Text, StringComparison.Ordinal);
        var total = driver.FindElement(By.Id("tong-diem")).Text;
        Assert.Matches(@"^\d+(,\d+)?$", total);

        Click(driver.FindElement(By.CssSelector("header form button")));
        SignIn(driver, server.Url, staffToken);
        driver.Navigate().GoToUrl(server.Url + "/noi-vu?criteria=mau-2024&year=2024");
        // Lock and publish ask first: dismissing the question changes nothing; accepting it goes on.
        var lockButton = driver.FindElement(By.XPath("//button[starts-with(normalize-space(.), 'Khóa nộp bài')]"));
        lockButton.Click();
        Assert.Contains("Sau khi khóa, không đơn vị nào nộp thêm", driver.SwitchTo().Alert().Text, StringComparison.Ordinal);
        driver.SwitchTo().Alert().Dismiss();
        Assert.Contains("Chưa khóa", driver.FindElement(By.Id("trang-thai-khoa")).Text, StringComparison.Ordinal);
        AndWait(lockButton, () => { lockButton.Click(); driver.SwitchTo().Alert().Accept(); });
        Assert.Contains("Đã khóa", driver.FindElement(By.Id("trang-thai-khoa")).Text, StringComparison.Ordinal);
        // Only one group has submitted: the page says so before the run is asked for, and the run is created knowingly.
        Assert.Contains("Khối UBND quận, huyện không có bài nộp nào đã khóa năm 2024", driver.FindElement(By.Id("canh-bao-xep-loai")).Text, StringComparison.Ordinal);
        driver.FindElement(By.Id("luot-knowingly")).Click();
        Click(driver.FindElement(By.XPath("//button[normalize-space(.)='Tạo lượt xếp loại (bản nháp)']")));
        var publish = driver.FindElement(By.XPath("//button[starts-with(normalize-space(.), 'Công bố lượt')]"));
        AndWait(publish, () => { publish.Click(); driver.SwitchTo().Alert().Accept(); });
        driver.Navigate().GoToUrl(server.Url + "/xep-hang");
        var table = driver.FindElement(By.Id("bang-xep-hang")).Text;
        Assert.Contains("Sở Lao động - Thương binh và Xã hội", table, StringComparison.Ordinal);
        Assert.Contains(total, table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_IssuesCodesToAGroup_PrintsOneSheetPerAgency_AnAgencySignsInWithItsCode()
    {
        await using var server = await LiveServer.StartAsync();
        var (agencies, _) = AgencyListFile.Read(File.ReadAllBytes(Repo.Path("samples", "agencies.csv")), "agencies.csv");
        await server.Store.Agencies.ImportAsync([.. agencies!.Values], "agencies.csv", "test", CancellationToken.None);
        var admin = await server.Store.Tokens.CreateAsync("Quản trị thử", Roles.Admin, null, "test", CancellationToken.None);
        using var driver = Browser.Start();
        SignIn(driver, server.Url, admin);
        Click(driver.FindElement(By.LinkText("Mã đăng nhập: cấp, thu hồi, cấp lại; cấp cho cả khối và in phiếu giao mã")));
        driver.FindElement(By.XPath("//select[@id='khoi']/option[normalize-space(.)='UBND xã, phường, đặc khu']")).Click();
        driver.FindElement(By.Id("het-han-khoi")).SendKeys("31/12/2099");
        Click(driver.FindElement(By.XPath("//button[normalize-space(.)='Cấp mã cho cả khối']")));

        var rows = driver.FindElements(By.CssSelector("#phieu-giao-ma tbody tr"));
        Assert.Equal(5, rows.Count);
        var anLac = rows.Single(r => r.Text.Contains("UBND phường An Lạc", StringComparison.Ordinal)).FindElement(By.CssSelector(".ma")).Text;
        driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        var sheets = driver.FindElements(By.CssSelector("section.phieu"));
        Assert.Equal(5, sheets.Count(s => s.Displayed));
        Assert.False(driver.FindElement(By.Id("cac-ma")).Displayed);
        Assert.Contains(sheets, s => s.Text.Contains("Kính gửi: UBND phường An Lạc", StringComparison.Ordinal) && s.Text.Contains(anLac, StringComparison.Ordinal));

        driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "" });
        driver.Manage().Cookies.DeleteAllCookies();
        SignIn(driver, server.Url, anLac);
        Assert.Contains("UBND phường An Lạc", driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
    }

    // A click or submit that loads a new page: wait until the old page is gone, so the next lookup sees the new one.
    private static void Click(IWebElement element) => AndWait(element, element.Click);

    private static void Submit(IWebElement element) => AndWait(element, element.Submit);

    private static void AndWait(IWebElement element, Action act)
    {
        var driver = ((IWrapsDriver)element).WrappedDriver;
        act();
        for (var i = 0; i < 200; i++)
        {
            try
            {
                _ = element.Enabled;
                Thread.Sleep(50);
            }
            catch (WebDriverException)
            {
                // Stale, or (Chromium) "node does not belong to the document": the old page is gone.
                WaitUntilLoaded(driver);
                return;
            }
        }
        throw new InvalidOperationException("The page did not change after the click.");
    }

    private static void WaitUntilLoaded(IWebDriver driver)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                if (((IJavaScriptExecutor)driver).ExecuteScript("return document.readyState") as string == "complete")
                {
                    return;
                }
            }
            catch (WebDriverException)
            {
                // The navigation is still replacing the document.
            }
            Thread.Sleep(50);
        }
    }

    private static void SignIn(OpenQA.Selenium.Chrome.ChromeDriver driver, string url, string token)
    {
        driver.Navigate().GoToUrl(url + "/dang-nhap");
        var field = driver.FindElement(By.Id("token"));
        field.SendKeys(token);
        Submit(field);
        Assert.Contains("Xin chào", driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
    }
}
