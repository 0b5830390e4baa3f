using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Tests.Calendar;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>Catalog rows' due dates and posting ends (D35), checked against a day-by-day walk over the official data.</summary>
public sealed class CatalogDeadlineTests
{
    internal static readonly CountyCatalog Civil = new("某县民政", [
        Row("1", "制定或获取信息之日起10个工作日内"),
        Row("2", "制定或获取信息之日起10个工作日内，公示7个工作日"),
        Row("3", "信息形成或者变更之日起20个工作日内"),
        Row("4", "批准之日起30日内"),
        Row("5", "每季度结束后10个工作日内"),
        Row("6", "每年"),
        Row("7", "长期公开"),
        Row("8", "按规定时限答复", DisclosureMode.OnRequest),
    ]);

    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default.WithCatalog(Civil);

    private static Gen<LocalDate> Dates => Gen.Choose(0, 6209).Select(offset => new LocalDate(2008, 1, 1).PlusDays(offset));

    private static Gen<CatalogRow> ProactiveRows => Gen.Elements(Civil.Rows.Where(row => row.IsProactive).ToArray());

    private static CatalogRow Row(string number, string timeLimit, DisclosureMode? mode = null) =>
        new(number, ["最低生活保障", $"事项{number}"], "内容", "《社会救助暂行办法》", timeLimit, "县级民政部门", [NationalChannel.GovernmentWebsite], CatalogAudience.WholeSociety,
            [mode ?? DisclosureMode.Proactive], [AdministrativeLevel.County, AdministrativeLevel.Township]);

    [Fact]
    public void D49_a_row_that_names_no_days_keeps_the_statutory_period_with_the_rows_own_source()
    {
        var immediate = new CountyCatalog("某县应急", [Row("1", "及时公开"), Row("2", "信息形成之日起20个工作日内")]);
        var policy = DisclosurePolicy.Default.WithCatalog(immediate);

        var statutory = policy.GetRule(immediate.KeyOf("1"));
        var stated = policy.GetRule(immediate.KeyOf("2"));

        Assert.Equal((true, "\"某县应急\" 序号 1, D49"), (statutory.IsStatutoryPeriod, statutory.SourceId));
        Assert.Equal((false, "\"某县应急\" 序号 2, D35"), (stated.IsStatutoryPeriod, stated.SourceId));
        var deadline = policy.DueDate(immediate.KeyOf("1"), new LocalDate(2024, 2, 8));
        Assert.Equal(policy.DueDate(immediate.KeyOf("2"), new LocalDate(2024, 2, 8)).Due, deadline.Due);
        Assert.Contains("20 working days after the event date, the statutory period (\"某县应急\" 序号 1, D49)", deadline.ExplanationEn);
        Assert.Contains("法定时限：事项形成或变更之日后20个工作日内", deadline.ExplanationZh);
    }

    [Theory]
    [InlineData("1", "2024-02-08", 10)]
    [InlineData("1", "2024-02-09", 10)]
    [InlineData("1", "2024-02-10", 10)]
    [InlineData("3", "2024-02-08", 20)]
    [InlineData("7", "2024-09-30", 20)]
    public void D35_a_row_counts_its_working_days_from_the_day_after_its_event(string number, string eventDate, int days)
    {
        var start = LocalDatePattern(eventDate);

        var deadline = Policy.DueDate(Civil.KeyOf(number), start);

        Assert.Equal(WalkingCalendar.AddWorkingDays(start, days), deadline.Due);
        Assert.Equal((start, Civil.KeyOf(number), "某县民政"), (deadline.Trigger, deadline.Key(), deadline.Key().CatalogName()));
    }

    [Fact]
    public void D35_the_spring_festival_of_2024_moves_a_ten_day_row_to_28_February()
    {
        var deadline = Policy.DueDate(Civil.KeyOf("1"), new LocalDate(2024, 2, 8));

        Assert.Equal(new LocalDate(2024, 2, 28), deadline.Due);
        Assert.Equal("某县民政 1 due 2024-02-28 (\"某县民政\" 序号 1, D35)", deadline.ToString());
        Assert.StartsWith("某县民政 1 due 2024-02-28: 10 working days after the event date (\"某县民政\" 序号 1, D35), counted from 2024-02-08;", deadline.ExplanationEn);
        Assert.StartsWith("某县民政 1 应于2024-02-28前公开：", deadline.ExplanationZh);
    }

    [Theory]
    [InlineData("2024-09-01", "2024-10-08")]   // + 30 days is 1 October, in the National Day holiday: moved to Tuesday 8 October
    [InlineData("2024-08-31", "2024-09-30")]
    [InlineData("2024-09-02", "2024-10-08")]
    public void D2_a_calendar_day_row_ends_on_the_event_plus_N_moved_to_a_working_day(string eventDate, string due)
    {
        Assert.Equal(LocalDatePattern(due), Policy.DueDate(Civil.KeyOf("4"), LocalDatePattern(eventDate)).Due);
    }

    [Theory]
    [InlineData("2024-07-01")]
    [InlineData("2024-08-15")]
    [InlineData("2024-09-30")]
    public void D5_D35_a_quarterly_row_counts_its_own_period_from_the_quarters_end(string day)
    {
        var deadline = Policy.DueDate(Civil.KeyOf("5"), LocalDatePattern(day));

        Assert.Equal((new LocalDate(2024, 9, 30), WalkingCalendar.AddWorkingDays(new LocalDate(2024, 9, 30), 10)), (deadline.Trigger, deadline.Due));
        Assert.Equal(new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30)), deadline.Period);
    }

    [Theory]
    [InlineData("2024-09-10", "2024-10-08")]   // 30 September + 5 days is 5 October, in the National Day holiday
    [InlineData("2024-02-01", "2024-03-05")]   // 29 February + 5 days is 5 March, a Tuesday
    public void D2_D35_a_monthly_row_in_calendar_days_counts_from_the_months_end_in_both_forms(string day, string due)
    {
        var monthly = new CountyCatalog("月报", [Row("1", "每月结束后5日内")]);
        var policy = DisclosurePolicy.Default.WithCatalog(monthly);
        var date = LocalDatePattern(day);
        var results = new LocalDate[1];

        policy.DueDates([monthly.KeyOf("1")], [date], results);

        Assert.Equal((LocalDatePattern(due), LocalDatePattern(due)), (policy.DueDate(monthly.KeyOf("1"), date).Due, results[0]));
    }

    [Fact]
    public void D1_a_calendar_day_row_whose_event_is_before_the_calendar_is_a_coverage_error_in_both_forms()
    {
        var before = new LocalDate(2006, 12, 20);   // + 30 days lies inside the calendar; the event does not

        Assert.Equal("date", Assert.Throws<CalendarCoverageException>(() => Policy.DueDate(Civil.KeyOf("4"), before)).ParamName);
        Assert.Equal("dates[0]", Assert.Throws<CalendarCoverageException>(() => Policy.DueDates([Civil.KeyOf("4")], [before], new LocalDate[1])).ParamName);
    }

    [Fact]
    public void D6_a_bare_yearly_row_takes_20_working_days_from_31_December()
    {
        var deadline = Policy.DueDate(Civil.KeyOf("6"), new LocalDate(2024, 5, 5));

        Assert.Equal(WalkingCalendar.AddWorkingDays(new LocalDate(2024, 12, 31), 20), deadline.Due);
        Assert.Equal("\"某县民政\" 序号 6, D6", deadline.Rule.SourceId);
    }

    [Theory]
    [InlineData("2024-09-27")]
    [InlineData("2024-09-28")]
    [InlineData("2024-09-30")]
    [InlineData("2024-10-01")]
    public void D35_a_posting_period_ends_on_the_Nth_working_day_after_publication(string published)
    {
        var day = LocalDatePattern(published);

        Assert.Equal(WalkingCalendar.AddWorkingDays(day, 7), Policy.PostingEnd(Civil.KeyOf("2"), day));
        Assert.Null(Policy.PostingEnd(Civil.KeyOf("1"), day));
    }

    [Fact]
    public void D35_a_row_disclosed_on_request_only_has_no_deadline_and_says_where_its_reply_is_due()
    {
        var error = ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDate(Civil.KeyOf("8"), new LocalDate(2024, 3, 1)));

        Assert.Equal("obligation", error.ParamName);
        Assert.Contains("is disclosed on request only (依申请): it has no proactive deadline (D35). A request's reply is due under the Regulations (§8).", error.Message);
    }

    [Fact]
    public void Sec10_a_row_is_found_by_value_too_and_a_row_of_no_catalog_of_the_policy_is_refused()
    {
        var byName = ObligationKey.InCatalog("某县民政", "1");

        Assert.Equal(Policy.DueDate(Civil.KeyOf("1"), new LocalDate(2024, 2, 8)).Due, Policy.DueDate(byName, new LocalDate(2024, 2, 8)).Due);
        var stranger = ObligationKey.InCatalog("某县卫健", "1");
        var error = ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDate(stranger, new LocalDate(2024, 2, 8)));
        Assert.Contains("it names the catalog \"某县卫健\", which the policy", error.Message);
        Assert.Contains("Catalogs: \"某县民政\".", error.Message);
        Assert.Contains("Catalogs: none.", ArgumentAssert.Throws<ArgumentException>(() => DisclosurePolicy.Default.DueDate(Civil.KeyOf("1"), new LocalDate(2024, 2, 8))).Message);
    }

    [Fact]
    public void D35_the_row_errors_say_in_full_what_is_wrong_and_name_the_row()
    {
        var onRequest = ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDate(Civil.KeyOf("8"), new LocalDate(2024, 3, 1)));
        var stranger = ArgumentAssert.Throws<ArgumentException>(() => Policy.WithCatalog(new CountyCatalog("某县卫健", [Row("9", "每月")]))
            .DueDate(ObligationKey.InCatalog("某县民政", "99"), new LocalDate(2024, 2, 8)));
        var nullRow = ArgumentAssert.Throws<ArgumentNullException>(() => Policy.DueDate(null!, new LocalDate(2024, 2, 8)));
        var twice = ArgumentAssert.Throws<ArgumentException>(() => Policy.WithCatalog(new CountyCatalog("某县民政", [Row("1", "每月")])));

        Assert.Equal($"obligation names 某县民政 8, which the policy \"{Policy.Name}\" cannot count: row 8 of \"某县民政\" (最低生活保障/事项8) is disclosed " +
            "on request only (依申请): it has no proactive deadline (D35). A request's reply is due under the Regulations (§8).", onRequest.Message);
        Assert.Equal($"obligation names 某县民政 99, which the policy \"{Policy.Name}\" cannot count: the catalog \"某县民政\" has no row with 序号 \"99\".", stranger.Message);
        Assert.Equal("obligation", nullRow.ParamName);
        Assert.Equal("The policy already has a catalog named \"某县民政\"; registers and deadlines name rows by catalog name and 序号, so each catalog needs " +
            "its own name.", twice.Message);
    }

    [Fact]
    public void D35_the_batch_form_for_rows_says_what_each_span_needs()
    {
        var results = new LocalDate[1];

        Assert.StartsWith("obligations[0] is null; every due date needs its obligation.",
            ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDates(new ObligationKey[] { null! }, [new LocalDate(2024, 1, 1)], results)).Message);
        Assert.StartsWith("dates has 0 elements; it needs exactly 1, one per obligation.",
            ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDates([Civil.KeyOf("1")], [], results)).Message);
        Assert.StartsWith("results has 0 elements; it needs at least 1, one per obligation.",
            ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDates([Civil.KeyOf("1")], [new LocalDate(2024, 1, 1)], [])).Message);
    }

    [Fact]
    public void Sec10_a_policy_keeps_its_catalogs_and_refuses_a_second_of_the_same_name()
    {
        Assert.Equal([Civil], Policy.Catalogs);
        Assert.Empty(DisclosurePolicy.Default.Catalogs);
        Assert.Equal("catalog", ArgumentAssert.Throws<ArgumentException>(() => Policy.WithCatalog(new CountyCatalog("某县民政", [Row("1", "每月")]))).ParamName);
        Assert.Equal([Civil], Policy.WithCalendar(ChinaWorkingDayCalendar.Official).WithProfile(new PolicyProfile("县")).Catalogs);
    }

    [Fact]
    public void Sec10_two_catalogs_may_number_their_rows_alike_and_each_row_keeps_its_own_rule()
    {
        var health = new CountyCatalog("某县卫健", [Row("1", "信息形成或者变更之日起20个工作日内"), Row("2", "制定或获取信息之日起5个工作日内")]);
        var both = Policy.WithCatalog(health);
        var day = new LocalDate(2024, 3, 1);
        var rows = new[] { Civil.GetRow("1"), health.GetRow("1"), health.GetRow("2"), Civil.GetRow("2") };
        var results = new LocalDate[rows.Length];

        both.DueDates(rows.Select(r => r.Key()).ToArray(), [day, day, day, day], results);

        Assert.Equal([10, 20, 5, 10], rows.Select(row => both.DueDate(row.Key(), day).Rule.Offset));
        Assert.Equal(rows.Select(row => both.DueDate(row.Key(), day).Due), results);
        Assert.Equal([WalkingCalendar.AddWorkingDays(day, 10), WalkingCalendar.AddWorkingDays(day, 20), WalkingCalendar.AddWorkingDays(day, 5)], results.Take(3));
        Assert.Equal([Civil, health], both.Catalogs);
    }

    [Fact]
    public void D35_the_batch_form_gives_every_rows_due_date_as_the_explained_one_does()
    {
        var rows = Civil.Rows.Where(row => row.IsProactive).ToArray();
        var events = rows.Select((_, i) => new LocalDate(2024, 1, 25).PlusDays(i * 17)).ToArray();
        var results = new LocalDate[rows.Length];

        Policy.DueDates(rows.Select(r => r.Key()).ToArray(), events, results);

        Assert.Equal(rows.Select((row, i) => Policy.DueDate(row.Key(), events[i]).Due), results);
    }

    [Fact]
    public void D35_the_batch_form_names_the_index_of_a_bad_row_or_date()
    {
        var results = new LocalDate[2];
        Assert.Equal("obligations[1]", ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDates([Civil.KeyOf("1"), Civil.KeyOf("8")], [new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1)], results)).ParamName);
        Assert.Equal("obligations[0]", ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDates(new ObligationKey[] { null! }, [new LocalDate(2024, 1, 1)], results)).ParamName);
        Assert.Equal("dates", ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDates([Civil.KeyOf("1")], [], results)).ParamName);
        Assert.Equal("results", ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDates([Civil.KeyOf("1")], [new LocalDate(2024, 1, 1)], [])).ParamName);
        Assert.Equal("dates[1]", Assert.Throws<CalendarCoverageException>(() => Policy.DueDates([Civil.KeyOf("1"), Civil.KeyOf("1")], [new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 30)], results)).ParamName);
    }

    [Property]
    public Property D35_a_rows_due_date_is_a_working_day_on_or_after_its_event() =>
        Prop.ForAll(ProactiveRows.ToArbitrary(), Dates.ToArbitrary(), (row, date) =>
        {
            var due = Policy.DueDate(row.Key(), date).Due;
            return due >= date && Policy.Calendar.IsWorkingDay(due);
        });

    [Property]
    public Property D35_the_batch_form_agrees_with_the_explained_due_date_for_any_rows_and_days() =>
        Prop.ForAll(ProactiveRows.ArrayOf().ToArbitrary(), Dates.ToArbitrary(), (rows, first) =>
        {
            var events = rows.Select((_, i) => first.PlusDays(i * 11 % 190)).ToArray();
            var results = new LocalDate[rows.Length];
            Policy.DueDates(rows.Select(r => r.Key()).ToArray(), events, results);
            return rows.Select((row, i) => Policy.DueDate(row.Key(), events[i]).Due).SequenceEqual(results);
        });

    [Property]
    public Property D35_the_posting_end_is_the_Nth_working_day_after_publication() =>
        Prop.ForAll(Dates.ToArbitrary(), date => Policy.PostingEnd(Civil.KeyOf("2"), date) == WalkingCalendar.AddWorkingDays(date, 7));

    private static LocalDate LocalDatePattern(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
