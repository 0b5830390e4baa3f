using System.Globalization;
using System.Net;
using System.Text.Json;

namespace GovDisclosure.Policy.Samples.Web.Tests;

/// <summary>The dashboard's JSON API and its problems (RFC 9457), over HTTP without a browser.</summary>
public sealed class DashboardApiTests(WebSampleServer server) : IClassFixture<WebSampleServer>
{
    private readonly HttpClient http = new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private async Task<(HttpResponseMessage Response, JsonElement Json)> Get(string path)
    {
        var response = await http.GetAsync(path);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response, json);
    }

    [Fact]
    public async Task Sec4_the_evaluation_API_gives_every_unit_with_its_grade()
    {
        var (response, json) = await Get("/api/evaluation?asOf=2026-03-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var units = json.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(28, units.Count);
        var bureau = units.Single(unit => unit.GetProperty("bodyId").GetString() == "mzj");
        Assert.Equal("县民政局", bureau.GetProperty("bodyName").GetString());
        Assert.Equal("优秀", bureau.GetProperty("grade").GetProperty("zh").GetString());
    }

    [Fact]
    public async Task D4_the_deadlines_API_gives_the_bureaus_next_deadlines_with_their_explanations()
    {
        var (response, json) = await Get("/api/deadlines?asOf=2026-03-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = json.EnumerateArray().First();
        Assert.Equal("2026-04-29", first.GetProperty("due").GetString());
        Assert.StartsWith("MO1 应于2026-04-29前公开", first.GetProperty("explanationZh").GetString());
    }

    [Theory]
    [InlineData("/api/evaluation?asOf=2031-05-06")]
    [InlineData("/api/deadlines?asOf=2031-05-06")]
    public async Task D1_a_day_beyond_the_calendar_is_a_problem_naming_the_missing_year_and_how_to_load_it(string path)
    {
        var (response, json) = await Get(path);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(422, json.GetProperty("status").GetInt32());
        Assert.Equal("The working-day calendar does not cover 2031", json.GetProperty("title").GetString());
        Assert.Equal(2031, json.GetProperty("missingYear").GetInt32());
        // Every year from the one after the calendar's last (provisional through next year, by today's clock) to 2031, in order.
        var firstMissing = int.Parse(json.GetProperty("coverage").GetProperty("last").GetString()![..4], CultureInfo.InvariantCulture) + 1;
        var missing = Enumerable.Range(firstMissing, 2031 - firstMissing + 1).ToArray();
        Assert.Equal(missing, json.GetProperty("missingYears").EnumerateArray().Select(year => year.GetInt32()));
        Assert.Contains($"as {string.Join(", ", missing[..^1].Select(year => $"{year}.txt"))} and 2031.txt", json.GetProperty("howToLoad").GetString());
        Assert.Equal("2007-01-01", json.GetProperty("coverage").GetProperty("first").GetString());
        Assert.Contains("2031.txt", json.GetProperty("howToLoad").GetString());
        Assert.Contains("WithProvisionalYearsThrough(2031)", json.GetProperty("howToLoad").GetString());
        Assert.Equal(path, json.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task D1_a_day_before_the_calendar_is_a_problem_that_says_where_the_data_starts()
    {
        var (response, json) = await Get("/api/evaluation?asOf=2006-12-31");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(2006, json.GetProperty("missingYear").GetInt32());
        Assert.Empty(json.GetProperty("missingYears").EnumerateArray());
        Assert.Equal("Official working-day data starts in 2007; a date of 2006 cannot be counted.", json.GetProperty("howToLoad").GetString());
    }

    [Theory]
    [InlineData("/api/evaluation?asOf=2026-02-30")]
    [InlineData("/api/deadlines?asOf=yesterday")]
    public async Task An_as_of_that_is_not_a_date_is_a_bad_request_naming_it(string path)
    {
        var (response, json) = await Get(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("asOf must be an ISO date such as 2026-03-31", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Sec9_the_annual_report_is_served_for_the_registers_year_only()
    {
        var report = await http.GetAsync("/annual-report/2025");
        var (missing, json) = await Get("/api/annual-report/2024");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("utf-8", report.Content.Headers.ContentType?.CharSet);
        Assert.Contains("县民政局2025年政府信息公开工作年度报告", await report.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("No annual report on 2024", json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Sec9_4_the_annual_report_counts_the_bureaus_six_requests_of_the_year()
    {
        var (response, json) = await Get("/api/annual-report/2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((6, 0, 5, 1), (Total(json, "NewThisYear"), Total(json, "CarriedOver"), Total(json, "Total"), Total(json, "CarriedForward")));
        Assert.Equal(1, json.GetProperty("requests").GetProperty("AbandonedUnpaid").GetProperty("LegalServicesInstitution").GetInt32());
    }

    [Fact]
    public async Task Sec9_3_the_annual_report_the_api_writes_reads_back_with_the_JSON_package_its_blank_sections_included()
    {
        var (response, json) = await Get("/api/annual-report/2025");
        var bytes = System.Text.Encoding.UTF8.GetBytes(json.GetRawText());

        var report = GovDisclosure.Policy.Json.PolicyJson.ReadAnnualReport(new MemoryStream(bytes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((2025, 6), (report.Year, report.Requests[GovDisclosure.Policy.Reporting.RequestTableRow.NewThisYear].Total));
        Assert.Equal(json.GetProperty("otherMatters").GetString(), report.OtherMatters);
    }

    [Fact]
    public async Task D4_every_deadline_due_in_the_window_is_listed_with_the_year_befores_annual_report_and_reports()
    {
        var (response, json) = await Get("/api/deadlines?asOf=2026-01-05");
        var dues = json.EnumerateArray().Select(deadline => deadline.GetProperty("due").GetString()!).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2026-01-31", dues);   // the bureau's annual report on 2025 (§9.1, D34), an obligation of 2025's calendar
        Assert.Equal(dues.Order(StringComparer.Ordinal), dues);
        Assert.All(dues, due => Assert.InRange(string.CompareOrdinal(due, "2026-01-05"), 0, int.MaxValue));
        Assert.All(dues, due => Assert.InRange(string.CompareOrdinal(due, "2026-02-05"), int.MinValue, 0));
        Assert.True(dues.Count > 12, $"the window holds {dues.Count} deadlines, more than the twelve once shown");
    }

    [Fact]
    public async Task D13_the_page_explains_the_grades_by_their_thresholds_and_the_bars_colours()
    {
        var page = await http.GetStringAsync("/?asOf=2026-03-31");

        Assert.Contains("优秀：按时率不低于 95 % 且无未公开事项；合格：不低于 85 %；", page, StringComparison.Ordinal);
        Assert.Contains("Excellent: at least 95 % and nothing missing", page, StringComparison.Ordinal);
        Assert.Contains("(D13, D18)", page, StringComparison.Ordinal);
        Assert.Contains("""<span class="swatch low"></span> 基本合格、不合格""", page, StringComparison.Ordinal);
        Assert.Contains("The bureau's deadlines due 2026-03-31 to 2026-04-30: all ", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?asOf=2031-05-06", 422, "The working-day calendar does not cover 2031")]
    [InlineData("/?asOf=yesterday", 400, "asOf is not a date")]
    [InlineData("/annual-report/2024", 404, "No annual report on 2024")]
    public async Task A_page_answers_a_problem_with_an_html_page_of_the_same_title(string path, int status, string title)
    {
        var response = await http.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"""<h1 id="problem-title">{title}</h1>""", page, StringComparison.Ordinal);
    }

    // A row of table 三, column 总计, as the report's JSON writes it.
    private static int Total(JsonElement report, string row) => report.GetProperty("requests").GetProperty(row).GetProperty("Total").GetInt32();
}
