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
    [InlineData("/?asOf=2031-05-06")]
    [InlineData("/api/deadlines?asOf=2031-05-06")]
    public async Task D1_a_day_beyond_the_calendar_is_a_problem_naming_the_missing_year_and_how_to_load_it(string path)
    {
        var (response, json) = await Get(path);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(422, json.GetProperty("status").GetInt32());
        Assert.Equal("The working-day calendar does not cover 2031", json.GetProperty("title").GetString());
        Assert.Equal(2031, json.GetProperty("missingYear").GetInt32());
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
        Assert.Equal("Official working-day data starts in 2007; a date of 2006 cannot be counted.", json.GetProperty("howToLoad").GetString());
    }

    [Theory]
    [InlineData("/api/evaluation?asOf=2026-02-30")]
    [InlineData("/?asOf=yesterday")]
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
        var (missing, json) = await Get("/annual-report/2024");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("utf-8", report.Content.Headers.ContentType?.CharSet);
        Assert.Contains("县民政局2025年政府信息公开工作年度报告", await report.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("No annual report on 2024", json.GetProperty("title").GetString());
    }
}
