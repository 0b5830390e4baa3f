using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace GovDisclosure.Policy.Samples.Web.Tests;

/// <summary>
/// Debian's Chromium, headless, through Debian's ChromeDriver — both installed by the system's package manager (.ci/run
/// installs them), never downloaded by a test tool. Where they are not installed, <see cref="Unavailable"/> says why and
/// how to install them, and the browser tests skip with that message.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private readonly string userData = Directory.CreateTempSubdirectory("govdisclosure-chromium-").FullName;
    private readonly ChromeDriver? driver;

    public HeadlessChromium()
    {
        var browser = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        var chromedriver = Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") ?? "/usr/bin/chromedriver";
        var missing = new[] { browser, chromedriver }.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            Unavailable = $"Chromium is not installed here ({string.Join(" and ", missing)} missing): install Debian's packages with " +
                          "`apt-get install -y chromium chromium-driver` (.ci/run does), or set CHROMIUM_PATH and CHROMEDRIVER_PATH.";
            // .ci/run sets this once it has installed them: from then on a missing browser is a failure, not a skip.
            if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException(Unavailable);
            }

            return;
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(chromedriver)!, Path.GetFileName(chromedriver));
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = browser };
        // Headless, sandboxless as root, and quiet: no background connections on a machine without a network.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
            "--lang=zh-CN", $"--user-data-dir={userData}");
        driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(10);
    }

    /// <summary>Why the browser cannot run here, or null when it can.</summary>
    public string? Unavailable { get; }

    /// <summary>The browser; only when <see cref="Unavailable"/> is null.</summary>
    public IWebDriver Driver => driver ?? throw new InvalidOperationException(Unavailable);

    public void Dispose()
    {
        driver?.Quit();
        driver?.Dispose();
        try
        {
            Directory.Delete(userData, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may hold a file a moment longer; a temporary folder left behind is harmless.
        }
    }
}
