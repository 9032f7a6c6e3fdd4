using System.Net;
using System.Net.Http.Headers;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Api.Tests.Server;
using Scoring.Api.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Attachments;

/// <summary>Issue 17 in Chromium: an agency attaches a PDF to an item from its page; the appraiser finds it beside the item and opens it.</summary>
public sealed class EvidenceBrowserTests
{
    private const string AnLac = "ubnd-huyen-an-lac";

    [Fact]
    public async Task Agency_AttachesAPdf_AppraiserOpensIt()
    {
        await using var server = await LiveServer.StartAsync();
        var (list, _) = AgencyListFile.Read(File.ReadAllBytes(Repo.Path("samples", "agencies.csv")), "agencies.csv");
        await server.Store.Agencies.ImportAsync([.. list!.Values], "agencies.csv", "test", CancellationToken.None);
        var agencyCode = await server.Store.Tokens.CreateAsync("Văn thư An Lạc", Roles.Agency, AnLac, "test", CancellationToken.None);
        var staffCode = await server.Store.Tokens.CreateAsync("Chuyên viên Nội vụ", Roles.Staff, null, "test", CancellationToken.None);
        using (var http = new HttpClient { BaseAddress = new Uri(server.Url) })
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", agencyCode);
            var upload = await ApiClient.UploadAsync(http, AnLac);
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }
        var pdf = Path.Combine(Directory.CreateTempSubdirectory("scoring-evidence-").FullName, "bien-ban-kiem-tra.pdf");
        File.WriteAllBytes(pdf, EvidenceSamples.Pdf("bien-ban"));

        using (var driver = Browser.Start())
        {
            SignIn(driver, server.Url, agencyCode);
            driver.Navigate().GoToUrl(server.Url + "/don-vi?criteria=mau-2024&year=2024");
            driver.FindElement(By.Id("evidence-file")).SendKeys(pdf);
            driver.FindElement(By.CssSelector("#evidence-items option[value='II.1']")).Click();
            driver.FindElement(By.XPath("//button[normalize-space(.)='Đính kèm']")).Click();
            Assert.Contains("Đã đính kèm tệp bien-ban-kiem-tra.pdf cho tiêu chí II.1.", driver.FindElement(By.Id("thong-bao")).Text, StringComparison.Ordinal);
            Assert.Contains("bien-ban-kiem-tra.pdf", driver.FindElement(By.Id("tep-kiem-chung")).Text, StringComparison.Ordinal);
        }

        using (var driver = Browser.Start())
        {
            SignIn(driver, server.Url, staffCode);
            driver.Navigate().GoToUrl(server.Url + $"/noi-vu/tham-dinh?agency={AnLac}&criteria=mau-2024&year=2024");
            var link = driver.FindElement(By.LinkText("bien-ban-kiem-tra.pdf"));
            Assert.Equal("_blank", link.GetAttribute("target"));
            // Opened as the browser would: the server's answer to that very link, read from the page.
            var answer = (string?)((IJavaScriptExecutor)driver).ExecuteAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type') + ' ' + r.headers.get('content-disposition')));",
                link.GetAttribute("href"));
            Assert.StartsWith("200 application/pdf inline", answer, StringComparison.Ordinal);
            link.Click();
            Assert.Equal(2, driver.WindowHandles.Count);
        }
    }

    private static void SignIn(ChromeDriver driver, string url, string code)
    {
        driver.Navigate().GoToUrl(url + "/dang-nhap");
        var field = driver.FindElement(By.Id("token"));
        field.SendKeys(code);
        field.Submit();
    }
}
