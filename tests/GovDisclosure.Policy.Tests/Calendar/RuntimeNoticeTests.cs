namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>Adding a year's notice at run time: immutable calendars, consecutive years, conflicts as errors.</summary>
public sealed class RuntimeNoticeTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    [Fact]
    public void A_2027_notice_read_from_JSON_extends_the_coverage_and_leaves_the_official_calendar_unchanged()
    {
        var extended = Official.WithNotice(SampleNotices.Utf8(SampleNotices.Hypothetical2027Json));

        Assert.Equal(new LocalDate(2027, 12, 31), extended.Coverage.End);
        Assert.Equal(new LocalDate(2026, 12, 31), Official.Coverage.End);
        Assert.Equal(DayKind.AdjustedWorkingDay, extended.Describe(new LocalDate(2027, 2, 20)).Kind);
        Assert.Equal(2027, extended.Describe(new LocalDate(2027, 2, 8)).NoticeYear);
        Assert.False(extended.IsProvisional(new LocalDate(2026, 12, 20), new LocalDate(2027, 12, 31)));
        Assert.Equal("holiday-cn@d4e53bf (2026-08-07); notices 2007–2027 (added at run time: 2027)", extended.DataVersion);
        extended.Validate();
    }

    [Fact]
    public void Counting_across_the_new_year_uses_the_added_notice()
    {
        var extended = Official.WithNotice(SampleNotices.Hypothetical2027);

        // After Mon 28 Dec 2026: 29, 30, 31 Dec, then 1 Jan 2027 is off, 4 Jan is the 4th working day.
        Assert.Equal(new LocalDate(2027, 1, 4), extended.AddWorkingDays(new LocalDate(2026, 12, 28), 4));
    }

    [Fact]
    public void A_notice_given_as_a_list_of_days_works_like_one_read_from_JSON()
    {
        var fromList = Official.WithNotice(2027, SampleNotices.Hypothetical2027.Days, ["https://example.invalid/notice-2027"]);
        var fromJson = Official.WithNotice(SampleNotices.Hypothetical2027);

        Assert.All(fromJson.Coverage, day => Assert.Equal(fromJson.Describe(day), fromList.Describe(day)));
    }

    [Fact]
    public void Adding_a_notice_the_calendar_already_holds_returns_the_same_calendar()
    {
        using var stream = File.OpenRead(RepositoryFiles.HolidayCnNoticeFiles.Single(file => file.EndsWith("2026.json", StringComparison.Ordinal)));

        Assert.Same(Official, Official.WithNotice(stream));
    }

    [Fact]
    public void A_different_notice_for_a_year_already_held_is_an_error_that_shows_the_difference()
    {
        var exception = Assert.Throws<CalendarDataException>(() =>
            Official.WithNotice(SampleNotices.Whole(2026)));

        Assert.Contains("already holds a 2026 notice", exception.Message);
        Assert.Contains("-2026-01-02 off 元旦", exception.Message);
    }

    [Fact]
    public void A_notice_that_leaves_a_gap_between_years_is_an_error()
    {
        var exception = Assert.Throws<CalendarDataException>(() =>
            Official.WithNotice(SampleNotices.Whole(2028)));

        Assert.Contains("does not adjoin", exception.Message);
        Assert.Contains("2007–2026", exception.Message);
    }

    [Fact]
    public void A_day_listed_off_by_one_notice_and_working_by_the_next_is_an_error_naming_both()
    {
        var notice2022 = SampleNotices.Whole(2022, new NoticeDay(new LocalDate(2022, 12, 31), false, "元旦"));
        var notice2023 = SampleNotices.Whole(2023, new NoticeDay(new LocalDate(2022, 12, 31), true, "元旦"));

        var exception = Assert.Throws<CalendarDataException>(() => ChinaWorkingDayCalendar.FromNotices([notice2022, notice2023]));

        Assert.Contains("2022-12-31: the 2022 notice lists it as a working day, the 2023 notice as a day off", exception.Message);
    }

    [Fact]
    public void A_calendar_can_be_built_from_caller_notices_alone()
    {
        var calendar = ChinaWorkingDayCalendar.FromNotices([SampleNotices.Hypothetical2027]);

        Assert.Equal(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)), calendar.Coverage);
        Assert.Equal(CalendarDataSource.Caller, calendar.Source);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 1, 1)));
        Assert.Throws<CalendarDataException>(() => ChinaWorkingDayCalendar.FromNotices([]));
    }

    [Fact]
    public void Notices_are_kept_one_per_year_with_no_gaps()
    {
        var notice2025 = Official.Notices.Single(notice => notice.Year == 2025);

        var exception = Assert.Throws<CalendarDataException>(() =>
            ChinaWorkingDayCalendar.FromNotices([notice2025, SampleNotices.Hypothetical2027]));

        Assert.Contains("no notice for 2026–2026", exception.Message);
    }

    /// <summary>A whole notice with more days off.</summary>
    private static HolidayNotice Notice(int year, params (int Month, int Day, string Name)[] daysOff) =>
        SampleNotices.Whole(year, [.. daysOff.Select(day => new NoticeDay(new LocalDate(year, day.Month, day.Day), true, day.Name))]);

    [Fact]
    public void A_different_notice_shows_the_days_only_the_held_one_lists_and_then_those_only_the_new_one_lists()
    {
        var calendar = ChinaWorkingDayCalendar.FromNotices([Notice(2030, (5, 3, "劳动节"))]);

        var exception = Assert.Throws<CalendarDataException>(() => calendar.WithNotice(Notice(2030, (6, 1, "儿童节"))));

        Assert.Contains("the calendar already holds a 2030 notice with other days (-2030-05-03 off 劳动节; +2030-06-01 off 儿童节); " +
            "build a new calendar with FromNotices to replace it.", exception.Message);
    }

    [Fact]
    public void A_notice_may_be_added_before_the_first_year_as_well_as_after_the_last()
    {
        var calendar = ChinaWorkingDayCalendar.FromNotices([Notice(2030, (5, 1, "劳动节"))]);

        var extended = calendar.WithNotice(Notice(2031, (5, 1, "劳动节"))).WithNotice(Notice(2029, (5, 1, "劳动节")));
        var gap = Assert.Throws<CalendarDataException>(() => calendar.WithNotice(Notice(2032, (5, 1, "劳动节"))));

        Assert.Equal(new DateInterval(new LocalDate(2029, 1, 1), new LocalDate(2031, 12, 31)), extended.Coverage);
        Assert.Contains("the 2032 notice does not adjoin the calendar's notices 2030–2030; notices must cover consecutive years.", gap.Message);
        Assert.Equal("notice", ArgumentAssert.Throws<ArgumentNullException>(() => calendar.WithNotice((HolidayNotice)null!)).ParamName);
    }

    [Fact]
    public void The_data_version_lists_the_years_added_at_run_time_in_order()
    {
        var extended = Official.WithNotice(SampleNotices.Hypothetical2027).WithNotice(Notice(2006, (10, 1, "国庆节")));

        Assert.EndsWith("; notices 2006–2027 (added at run time: 2006, 2027)", extended.DataVersion);
        Assert.DoesNotContain("added at run time", Official.DataVersion);
    }

    [Fact]
    public void A_calendar_needs_a_notice_and_at_most_one_a_year()
    {
        var none = Assert.Throws<CalendarDataException>(() => ChinaWorkingDayCalendar.FromNotices([]));
        var twice = Assert.Throws<CalendarDataException>(() => ChinaWorkingDayCalendar.FromNotices([Notice(2030, (5, 1, "劳动节")), Notice(2030, (5, 2, "劳动节"))]));

        Assert.Contains("a calendar needs at least one notice.", none.Message);
        Assert.Contains("two notices for 2030; a calendar holds one notice per year.", twice.Message);
    }
}
