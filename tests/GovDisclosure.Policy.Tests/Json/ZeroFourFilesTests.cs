using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>Files written by 0.4 read into the one obligation model; the writers write the new form (§13).</summary>
public sealed class ZeroFourFilesTests
{
    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Sec13_a_04_profile_names_its_override_entry_and_reads_as_the_row_the_writer_writes()
    {
        var old = PolicyJson.ReadProfile(Utf8("""{ "name": "某县", "overrides": [{ "entry": "IM2", "offset": 1, "unit": "WorkingDays" }] }"""));
        var current = PolicyJson.ReadProfile(Utf8("""{ "name": "某县", "overrides": [{ "row": "IM2", "offset": 1, "unit": "WorkingDays" }] }"""));
        using var written = new MemoryStream();
        PolicyJson.WriteProfile(old, written);
        var text = Encoding.UTF8.GetString(written.ToArray());

        Assert.Equal(current, old);
        Assert.Equal(ScheduleEntry.IM2, Assert.Single(old.DeadlineProfile.Overrides).Entry);
        Assert.Contains("\"row\": \"IM2\"", text);
        Assert.DoesNotContain("\"entry\"", text);
    }

    [Theory]
    [InlineData("""{ "row": "IM2", "entry": "IM2", "offset": 1, "unit": "WorkingDays" }""")]
    [InlineData("""{ "row": "IM2", "cadence": "Immediate", "offset": 1, "unit": "WorkingDays" }""")]
    [InlineData("""{ "offset": 1, "unit": "WorkingDays" }""")]
    public void Sec13_an_override_names_exactly_one_of_cadence_row_and_the_04_entry(string change)
    {
        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() =>
            PolicyJson.ReadProfile(Utf8($$"""{ "name": "某县", "overrides": [{{change}}] }"""))).Problems);

        Assert.Equal("$.overrides[0]", problem.Path);
        Assert.Contains("an override names exactly one of \"cadence\" and \"row\" (\"entry\" in 0.4 files).", problem.Message);
    }

    [Fact]
    public void Sec13_a_row_that_is_no_entry_of_the_built_in_catalog_is_refused_with_the_valid_codes()
    {
        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() =>
            PolicyJson.ReadProfile(Utf8("""{ "name": "某县", "overrides": [{ "row": "XX9", "offset": 1, "unit": "WorkingDays" }] }"""))).Problems);

        Assert.Equal("$.overrides[0].row", problem.Path);
        Assert.Contains("XX9", problem.Message);
        Assert.Contains("IM1", problem.Message);
    }

    [Fact]
    public void Sec13_a_04_deadline_report_names_an_entry_by_entry_and_reads_to_the_same_obligation_and_due_date()
    {
        var policy = DisclosurePolicy.Default;
        var given = new[] { policy.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8)), policy.DueDate(ScheduleEntry.MO1, new LocalDate(2024, 1, 10)) };
        using var written = new MemoryStream();
        PolicyJson.WriteDeadlines(given, written);
        var current = Encoding.UTF8.GetString(written.ToArray());
        // What 0.4 wrote instead of the key: the entry's code, and "entry": null for every other deadline.
        var old = System.Text.RegularExpressions.Regex.Replace(current, "\"obligation\":\\s*\\{\\s*\"row\":\\s*\"(\\w+)\"\\s*\\}", "\"entry\": \"$1\"");

        var read = PolicyJson.ReadDeadlines(Utf8(old));

        Assert.Contains("\"obligation\"", current);
        Assert.DoesNotContain("\"entry\"", current);
        Assert.Contains("\"entry\": \"IM1\"", old);
        Assert.DoesNotContain("\"obligation\"", old);
        Assert.Equal(given.Select(d => ((ObligationBasis)d.Basis).Obligation), read.Select(d => ((ObligationBasis)d.Basis).Obligation));
        Assert.Equal(given.Select(d => (d.Due, d.ExplanationEn)), read.Select(d => (d.Due, d.ExplanationEn)));
    }

    [Fact]
    public void Sec13_a_04_reply_deadline_report_with_a_null_entry_reads_as_a_reply()
    {
        var request = GovDisclosure.Policy.Requests.InformationRequest.Receive("R-1", "mzj", GovDisclosure.Policy.Requests.RequestChannel.InPerson,
            new LocalDate(2024, 9, 23), null, GovDisclosure.Policy.Requests.ApplicantKind.NaturalPerson);
        var reply = DisclosurePolicy.Default.ReplyDue(request);
        using var written = new MemoryStream();
        PolicyJson.WriteDeadlines([reply], written);
        var old = Encoding.UTF8.GetString(written.ToArray()).Replace("\"cadence\":", "\"entry\": null, \"cadence\":");

        var read = Assert.Single(PolicyJson.ReadDeadlines(Utf8(old)));

        Assert.Contains("\"entry\": null", old);
        Assert.Equal(("R-1", reply.Due), (((GovDisclosure.Policy.Requests.ReplyBasis)read.Basis).RequestId, read.Due));
        Assert.Null(DeadlineReport.Of(read).Obligation);
    }

    [Fact]
    public void D47_a_public_holiday_written_up_to_0_13_reads_as_the_statutory_holiday_rest_day_or_weekend_day_its_date_is()
    {
        var guangxi = ChinaWorkingDayCalendar.Official.WithRegionalNotice(GovDisclosure.Policy.Tests.Calendar.RegionalCalendarTests.Guangxi2023);
        var given = new[]
        {
            DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8)),
            DisclosurePolicy.Default.WithCalendar(guangxi).DueDate(ScheduleEntry.IM1, new LocalDate(2023, 4, 20)),
        };
        using var written = new MemoryStream();
        PolicyJson.WriteDeadlines(given, written);
        var current = Encoding.UTF8.GetString(written.ToArray());
        var old = System.Text.RegularExpressions.Regex.Replace(current, "\"kind\": \"(StatutoryHoliday|HolidayRestDay|Weekend)\"", "\"kind\": \"PublicHoliday\"");

        var read = PolicyJson.ReadDeadlines(Utf8(old));

        Assert.Equal(16, System.Text.RegularExpressions.Regex.Count(old, "PublicHoliday"));   // 8 days of 2024, 3 of Guangxi 2023 and 5 of 2023's Labour Day
        Assert.Equal(given.Select(deadline => deadline.Days.Select(day => (day.Date, day.Kind, day.Holiday))),
            read.Select(deadline => deadline.Days.Select(day => (day.Date, day.Kind, day.Holiday))));
        Assert.Equal(DayKind.StatutoryHoliday, read[1].Days.Single(day => day.Date == new LocalDate(2023, 4, 22)).Kind);   // statutory in Guangxi
    }

    [Fact]
    public void D47_a_public_holiday_without_a_readable_date_is_reported_by_its_date()
    {
        var day = """{ "date": "2024-02-30", "kind": "PublicHoliday", "holiday": null, "noticeName": null, "noticeYear": null, "isProvisional": false, "region": null, "regionName": null }""";
        var written = new MemoryStream();
        PolicyJson.WriteDeadlines([DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8))], written);
        var json = System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(written.ToArray()), "\"days\": \\[", "\"days\": [" + day + ",");

        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadDeadlines(Utf8(json))).Problems);

        Assert.Equal("$[0].days[0].date", problem.Path);
        Assert.DoesNotContain("PublicHoliday", problem.Message);
    }

    [Fact]
    public void D47_a_legacy_kind_in_json_cut_short_or_escaped_leaves_the_problem_to_the_reader()
    {
        using var written = new MemoryStream();
        PolicyJson.WriteDeadlines([DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8))], written);
        var old = Encoding.UTF8.GetString(written.ToArray()).Replace("\"StatutoryHoliday\"", "\"PublicHoliday\"");
        var cut = old[..(old.IndexOf("PublicHoliday", StringComparison.Ordinal) + 14)];
        var escaped = old.Replace("\"PublicHoliday\"", "\"Public\\u0048oliday\"");

        var cutShort = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadDeadlines(Utf8(cut))).Problems);
        var unread = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadDeadlines(Utf8(escaped))).Problems);

        Assert.Equal("$[0].days", cutShort.Path);
        Assert.StartsWith("the text is not valid JSON: the input end", cutShort.Message);
        Assert.Equal("$[0].days[0].kind", unread.Path);
        Assert.Contains("StatutoryHoliday", unread.Message);
    }
}
