using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace GovDisclosure.Policy.Samples.Web.Tests;

/// <summary>
/// The dashboard as a browser shows it (§4, D13, D14): the sample county's 2025 register as of 2026-03-31, loaded in headless
/// Chromium, with assertions on the rendered DOM and a screenshot saved under the test output.
/// </summary>
public sealed class DashboardBrowserTests(WebSampleServer server, HeadlessChromium chromium, ITestOutputHelper output)
    : IClassFixture<WebSampleServer>, IClassFixture<HeadlessChromium>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private IWebDriver Open(string path)
    {
        Skip.If(chromium.Unavailable is not null, chromium.Unavailable);
        var driver = chromium.Driver;
        driver.Navigate().GoToUrl(new Uri(server.BaseAddress, path));
        new WebDriverWait(driver, Wait).Until(d => d.FindElements(By.CssSelector("#deadlines")).Count > 0);
        return driver;
    }

    private static IWebElement Row(IWebDriver driver, string unit) => driver.FindElement(By.CssSelector($"#units tr[data-unit='{unit}']"));

    [SkippableFact]
    public void Sec4_every_unit_is_listed_with_its_grade_rate_and_sanction()
    {
        var driver = Open("/?asOf=2026-03-31");

        Assert.Equal(28, driver.FindElements(By.CssSelector("#units tbody tr")).Count);
        Assert.Equal(("县民政局", "98.1 %", "优秀 excellent", "—"),
            (Row(driver, "mzj").FindElement(By.CssSelector(".name")).Text, Row(driver, "mzj").FindElement(By.CssSelector(".rate")).Text,
             Row(driver, "mzj").FindElement(By.CssSelector(".grade")).Text, Row(driver, "mzj").FindElement(By.CssSelector(".sanction")).Text));
        Assert.Equal("不合格 unsatisfactory", Row(driver, "jtj").FindElement(By.CssSelector(".grade")).Text);
        Assert.Equal("视情况批评教育", Row(driver, "jtj").FindElement(By.CssSelector(".sanction")).Text);
        Assert.Equal("追究单位主要负责人的责任", Row(driver, "czj").FindElement(By.CssSelector(".sanction")).Text);
        Assert.Equal("governed elsewhere", Row(driver, "cgz").FindElement(By.CssSelector(".grade")).Text);
        Assert.Equal("2026-03-31", driver.FindElement(By.Id("as-of")).Text);
    }

    [SkippableFact]
    public void D13_the_chart_draws_one_bar_per_graded_unit_as_long_as_its_on_time_rate()
    {
        var driver = Open("/?asOf=2026-03-31");
        var bars = driver.FindElements(By.CssSelector("#on-time-chart rect.bar"));

        Assert.Equal(26, bars.Count);   // the two units governed by their own regime have no rate
        double Width(string unit) => Convert.ToDouble(((IJavaScriptExecutor)driver).ExecuteScript(
            "return document.querySelector(`#on-time-chart rect[data-unit='${arguments[0]}']`).getBoundingClientRect().width;", unit), CultureInfo.InvariantCulture);
        Assert.Equal(400, Width("rsj"), 0.5);            // 100.0 %
        Assert.Equal(0.660 * 400, Width("jtj"), 1.0);    // 66.0 %
        Assert.Equal(0.981 * 400, Width("mzj"), 1.0);    // 98.1 %
        Assert.Contains("low", bars.Single(bar => bar.GetDomAttribute("data-unit") == "jtj").GetDomAttribute("class"));
        Assert.DoesNotContain("low", bars.Single(bar => bar.GetDomAttribute("data-unit") == "mzj").GetDomAttribute("class"));
    }

    [SkippableFact]
    public void Sec4_2_a_units_findings_show_the_clauses_they_rest_on()
    {
        var driver = Open("/?asOf=2026-03-31");
        var falsified = driver.FindElement(By.CssSelector("section.findings[data-unit='czj'] li[data-kind='Falsified']"));

        Assert.Equal(["§2.1.T", "§4.2", "D14", "D18"], falsified.FindElements(By.CssSelector(".clause")).Select(clause => clause.Text));
        Assert.Contains("公开内容弄虚作假", falsified.Text);
        Assert.Equal(94, driver.FindElements(By.CssSelector("li.finding[data-kind='Late'], li.finding[data-kind='Missing']")).Count);
    }

    [SkippableFact]
    public void D4_the_bureaus_upcoming_deadlines_are_listed_from_the_day_with_their_explanations()
    {
        var driver = Open("/?asOf=2026-03-31");
        var rows = driver.FindElements(By.CssSelector("#deadlines tbody tr"));

        Assert.NotEmpty(rows);
        var dues = rows.Select(row => DateTime.ParseExact(row.FindElement(By.CssSelector(".due")).Text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.True(dues[0] >= new DateTime(2026, 3, 31));
        Assert.Equal(dues.Order(), dues);
        Assert.Contains("MO1 应于2026-04-29前公开", rows[0].Text);
        Assert.Contains("20 working days after the end of the reporting period (D5)", rows[0].Text);
        Assert.Contains("清明节", rows[0].Text);
    }

    [SkippableFact]
    public void Chinese_text_is_served_as_UTF8_and_renders_and_a_screenshot_is_saved()
    {
        var driver = Open("/?asOf=2026-03-31");

        Assert.Equal("UTF-8", ((IJavaScriptExecutor)driver).ExecuteScript("return document.characterSet;"));
        Assert.StartsWith("2025年度政务公开考核", driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal("2025年度政务公开考核 · Disclosure assessment", driver.Title);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "dashboard.png");
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(file);
        output.WriteLine($"Screenshot: {file}");
        Assert.True(new FileInfo(file).Length > 10_000, "the screenshot is a real page, not an empty one");
    }

    [SkippableFact]
    public void Sec9_the_bureaus_annual_report_opens_from_the_dashboard()
    {
        var driver = Open("/?asOf=2026-03-31");
        driver.FindElement(By.LinkText("县民政局2025年政府信息公开工作年度报告")).Click();
        new WebDriverWait(driver, Wait).Until(d => d.Url.EndsWith("/annual-report/2025", StringComparison.Ordinal));

        Assert.Equal("县民政局2025年政府信息公开工作年度报告", driver.Title);
        Assert.Contains("主动公开政府信息情况", driver.FindElement(By.TagName("body")).Text);
    }
}
