using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Scoring.Api.Tests.Server;

/// <summary>Headless Debian Chromium through its own chromedriver (never a downloaded browser; this machine has no internet).</summary>
public static class Browser
{
    public static ChromeDriver Start()
    {
        if (!File.Exists("/usr/bin/chromium") || !File.Exists("/usr/bin/chromedriver"))
        {
            throw new InvalidOperationException("Chromium is missing: the test command installs it (scripts/ensure-chromium.sh, run by `dotnet test`); it could not here (needs root and apt-get).");
        }
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--lang=vi",
            $"--user-data-dir={Directory.CreateTempSubdirectory("scoring-chromium-").FullName}");
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(5);
        return driver;
    }
}
