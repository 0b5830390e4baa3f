using System.Net;
using System.Text.Json;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Json;

namespace GovDisclosure.Policy.Samples.Web.Tests;

/// <summary>The dashboard on 1 March 2027 without provisional dates, before its host loaded the 2027 notice.</summary>
public sealed class In2027WithoutItsNotice() : WebSampleServer("--Calendar:ProvisionalYears=false", "--Clock:FixedInstant=2027-03-01T02:00:00Z");

/// <summary>The same day, with the 2027 notice's text in the folder the host reads at start-up.</summary>
public sealed class In2027WithItsNotice() : WebSampleServer("--Calendar:ProvisionalYears=false", "--Clock:FixedInstant=2027-03-01T02:00:00Z",
    $"--Calendar:NoticeFolder={Path.Combine(AppContext.BaseDirectory, "notices-2027")}");

/// <summary>10 December 2026 with provisional dates (the sample's default), before the 2027 notice is published.</summary>
public sealed class InDecember2026Provisional() : WebSampleServer("--Clock:FixedInstant=2026-12-10T02:00:00Z");

/// <summary>1 March 2028 without provisional dates: neither the 2027 nor the 2028 notice is loaded.</summary>
public sealed class In2028WithoutTwoNotices() : WebSampleServer("--Calendar:ProvisionalYears=false", "--Clock:FixedInstant=2028-03-01T02:00:00Z");

/// <summary>
/// D1 in a host: today comes from the clock, and a year the calendar does not cover is the host's to load at start-up. Until
/// it does, the dashboard answers 503 with a problem naming the year and how to load it; once it has, the year's dates are
/// official.
/// </summary>
public sealed class NextYearsNoticeTests(In2027WithoutItsNotice without, In2027WithItsNotice with, In2028WithoutTwoNotices twoMissing,
    InDecember2026Provisional provisional)
    : IClassFixture<In2027WithoutItsNotice>, IClassFixture<In2027WithItsNotice>, IClassFixture<In2028WithoutTwoNotices>, IClassFixture<InDecember2026Provisional>
{
    private static async Task<(HttpStatusCode Status, string? MediaType, JsonElement Json)> Get(WebSampleServer server, string path)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.GetAsync(path);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, json);
    }

    [Fact]
    public async Task D1_today_beyond_the_notices_is_a_503_naming_the_year_and_how_to_load_its_notice()
    {
        var (status, mediaType, json) = await Get(without, "/api/evaluation");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(503, json.GetProperty("status").GetInt32());
        Assert.Equal(2027, json.GetProperty("missingYear").GetInt32());
        Assert.Equal("2027-03-01", json.GetProperty("date").GetString());
        Assert.Equal("2026-12-31", json.GetProperty("coverage").GetProperty("last").GetString());
        Assert.StartsWith("Put the State Council's holiday notice for 2027 in the notices folder as 2027.txt and restart", json.GetProperty("howToLoad").GetString());
    }

    [Fact]
    public async Task D1_with_the_notice_loaded_at_start_up_today_is_covered_and_the_next_gap_is_the_year_after()
    {
        var (status, _, json) = await Get(with, "/api/evaluation");
        var (deadlinesStatus, _, problem) = await Get(with, "/api/deadlines");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2027-03-01", json.GetProperty("asOf").GetString());
        // D41: the bureau's 2027 calendar lists its reports due in 2028 as beyond the calendar; the month from 1 March 2027 is counted whole.
        Assert.Equal(HttpStatusCode.OK, deadlinesStatus);
        Assert.NotEqual(0, problem.GetArrayLength());
    }

    [Fact]
    public async Task D1_two_missing_years_are_both_named_in_the_order_to_load_them()
    {
        var (status, _, json) = await Get(twoMissing, "/api/evaluation");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal([2027, 2028], json.GetProperty("missingYears").EnumerateArray().Select(year => year.GetInt32()));
        Assert.StartsWith("Put the State Council's holiday notices for 2027 and 2028 in the notices folder as 2027.txt and 2028.txt and restart",
            json.GetProperty("howToLoad").GetString());
        Assert.Contains("Add the State Council notices for 2027 and 2028, in that order", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task D1_a_page_beyond_the_notices_is_an_html_page_saying_what_to_load()
    {
        using var http = new HttpClient { BaseAddress = twoMissing.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.GetAsync("/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("as 2027.txt and 2028.txt and restart", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task D1_D2_the_notice_day_runbook_turns_every_provisional_deadline_official_and_names_the_ones_that_moved()
    {
        // docs/notice-day.md, followed: on 10 December 2026 the dashboard gave the deadlines of the month from 15 February 2027 on provisional
        // dates; the 2027 notice was put in the notices folder and the host restarted; every deadline given is rechecked with the notice.
        var given = await Deadlines(provisional, "/api/deadlines?asOf=2027-02-15");
        var restarted = await Deadlines(with, "/api/deadlines?asOf=2027-02-15");
        var notice = HolidayNotice.ParseText(2027, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "notices-2027", "2027.txt")));
        var changes = DeadlineChanges.Between(given, ChinaWorkingDayCalendar.Official.WithNotice(notice));

        Assert.Contains(given, deadline => deadline.IsProvisional);
        Assert.All(restarted, deadline => Assert.False(deadline.IsProvisional));
        Assert.Equal(given.Where(deadline => deadline.IsProvisional), changes.Select(change => change.Given));
        var dueAfterRestart = restarted.ToDictionary(deadline => (deadline.Subject, deadline.Trigger), deadline => deadline.Due);
        Assert.Contains(changes, change => change.DueMoved && dueAfterRestart.ContainsKey((change.Given.Subject, change.Given.Trigger)));
        Assert.All(changes.Where(change => dueAfterRestart.ContainsKey((change.Given.Subject, change.Given.Trigger))),
            change => Assert.Equal(dueAfterRestart[(change.Given.Subject, change.Given.Trigger)], change.NewDue));
    }

    private static async Task<IReadOnlyList<Deadline>> Deadlines(WebSampleServer server, string path)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PolicyJson.ReadDeadlines(await response.Content.ReadAsStreamAsync());
    }
}
