namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>D46: the opt-in Guangxi 三月三 estimate, day by day over the national calendar, against the years Guangxi announced.</summary>
public sealed class GuangxiEstimateTests
{
    private static readonly RegionalHolidayRule Sanyuesan = RegionalHolidayRule.GuangxiSanyuesan;

    private static readonly ChinaWorkingDayCalendar Estimated =
        ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2030).WithRegionalEstimates(Sanyuesan);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static LocalDate[] Dates(string days) => [.. days.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(day => NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value)];

    [Theory]
    // 2016: the 3rd and 4th on Saturday 9 and Sunday 10 April; Friday 8 and Monday 11 off, as Guangxi announced.
    [InlineData(2016, "2016-04-08 2016-04-09 2016-04-10 2016-04-11")]
    // 2019: the 3rd (Sunday 7 April) is in the national 清明 break (5 April listed, 与周末连休): nothing added, nothing moved; the 4th,
    // Monday 8 April, off.
    [InlineData(2019, "2019-04-08")]
    // 2022: both days (3 and 4 April) are in the national 清明 break.
    [InlineData(2022, "")]
    // 2024 and 2025: both days on weekdays, as announced (2025 as reported).
    [InlineData(2024, "2024-04-11 2024-04-12")]
    [InlineData(2025, "2025-03-31 2025-04-01")]
    // 2026: the 3rd on Sunday 19 April, replaced by Friday 17; the 4th, Monday 20, off — as announced.
    [InlineData(2026, "2026-04-17 2026-04-19 2026-04-20")]
    // 2030: the 3rd is 清明 itself (Friday 5 April) and the 4th, Saturday 6 April, joins it: both in the 清明 break, nothing added.
    [InlineData(2030, "")]
    public void D46_the_estimate_gives_off_the_days_of_the_years_checked(int year, string daysOff)
    {
        var estimate = Estimated.RegionalEstimates.Single(held => held.Year == year);

        Assert.Equal(Dates(daysOff), estimate.DaysOff.Select(day => day.Date));
        Assert.Empty(estimate.LeftToNotice);
        Assert.All(estimate.DaysOff, day => Assert.False(Estimated.IsWorkingDay(day.Date)));
        Assert.All(estimate.DaysOff, day => Assert.Equal("壮族三月三", day.Name));
        Assert.Same(Sanyuesan, estimate.Rule);
    }

    [Fact]
    public void D46_2016_the_day_before_the_friday_and_the_day_after_the_monday_are_working_days()
    {
        Assert.Equal(
            [true, false, false, false, false, true],
            Enumerable.Range(7, 6).Select(day => Estimated.IsWorkingDay(D(2016, 4, day))));
        Assert.Equal(DayKind.HolidayRestDay, Estimated.Describe(D(2016, 4, 8)).Kind);
        Assert.Equal(DayKind.StatutoryHoliday, Estimated.Describe(D(2016, 4, 9)).Kind);
        Assert.Equal(DayKind.HolidayRestDay, Estimated.Describe(D(2016, 4, 11)).Kind);
    }

    [Fact]
    public void D46_2026_the_friday_replacing_the_sunday_is_a_rest_day_and_every_estimated_day_is_provisional()
    {
        var friday = Estimated.Describe(D(2026, 4, 17));

        Assert.Equal("2026-04-17 Friday: holiday rest day of 壮族三月三 (provisional: 广西壮族自治区 estimate, no notice yet)", friday.ExplanationEn);
        Assert.True(Estimated.IsWorkingDay(D(2026, 4, 16)));
        Assert.True(Estimated.IsWorkingDay(D(2026, 4, 21)));
        Assert.True(ChinaWorkingDayCalendar.Official.IsWorkingDay(D(2026, 4, 17)));
        Assert.True(Estimated.IsProvisional(D(2026, 4, 17), D(2026, 4, 17)));
    }

    [Fact]
    public void D46_2019_the_festival_day_in_the_national_break_is_not_moved_and_is_statutory_in_Guangxi()
    {
        var sunday = Estimated.Describe(D(2019, 4, 7));

        Assert.Equal(DayKind.StatutoryHoliday, sunday.Kind);   // the 3rd of the third month: statutory in Guangxi (D47)
        Assert.Equal(DayKind.Weekend, ChinaWorkingDayCalendar.Official.Describe(D(2019, 4, 7)).Kind);
        Assert.Equal([false, false, false, false, true], Enumerable.Range(5, 5).Select(day => Estimated.IsWorkingDay(D(2019, 4, day))));
        Assert.True(Estimated.IsWorkingDay(D(2019, 4, 4)));
    }

    [Fact]
    public void D46_a_weekend_festival_day_apart_from_a_national_break_is_replaced()
    {
        // 2016: the national 清明 break ended on Monday 4 April; Saturday 9 April is a week later, so it does not join it.
        Assert.Equal(DayKind.StatutoryHoliday, Estimated.Describe(D(2016, 4, 9)).Kind);
        Assert.Equal("壮族三月三", Estimated.Describe(D(2016, 4, 9)).NoticeName);
        Assert.Equal(DayKind.Weekend, ChinaWorkingDayCalendar.Official.Describe(D(2016, 4, 9)).Kind);
    }

    [Fact]
    public void D46_2023_the_national_make_up_sunday_stays_a_working_day_left_to_the_regions_notice()
    {
        var estimate = Estimated.RegionalEstimates.Single(held => held.Year == 2023);

        // Guangxi's 2023 notice rested on Sunday 23 April, which the estimate cannot know: a documented difference.
        Assert.Equal(Dates("2023-04-21 2023-04-22 2023-04-24"), estimate.DaysOff.Select(day => day.Date));
        Assert.Equal(Dates("2023-04-23"), estimate.LeftToNotice);
        Assert.True(Estimated.IsWorkingDay(D(2023, 4, 23)));
        Assert.Equal("450000 壮族三月三 2023 (estimated): off 2023-04-21, 2023-04-22, 2023-04-24; left to the region's notice 2023-04-23", estimate.ToString());
    }

    [Fact]
    public void D46_a_replacement_the_national_notice_makes_a_working_day_is_left_to_the_regions_notice()
    {
        // A made-up 2016 notice working Friday 8 and Monday 11 April: neither the 3rd (Saturday 9) nor the 4th (Sunday 10) can move.
        var estimate = EstimateOver(2016, new NoticeDay(D(2016, 4, 8), isOffDay: false, "清明节"), new NoticeDay(D(2016, 4, 11), isOffDay: false, "清明节"))
            .RegionalEstimates.Single(held => held.Year == 2016);

        Assert.Equal(Dates("2016-04-09 2016-04-10"), estimate.DaysOff.Select(day => day.Date));
        Assert.Equal(Dates("2016-04-08 2016-04-11"), estimate.LeftToNotice);
        Assert.Equal("450000 壮族三月三 2016 (estimated): off 2016-04-09, 2016-04-10; left to the region's notice 2016-04-08, 2016-04-11", estimate.ToString());
    }

    [Fact]
    public void D46_a_replacement_the_national_notice_gives_off_adds_nothing()
    {
        // A made-up 2026 notice with Friday 17 April off and Saturday 18 worked: Sunday 19 (the 3rd) does not join the Friday, so it is
        // given off, and its replacement, the Friday, is off already.
        var calendar = EstimateOver(2026, new NoticeDay(D(2026, 4, 17), isOffDay: true, "清明节"), new NoticeDay(D(2026, 4, 18), isOffDay: false, "清明节"));
        var estimate = calendar.RegionalEstimates.Single(held => held.Year == 2026);

        Assert.Equal(Dates("2026-04-19 2026-04-20"), estimate.DaysOff.Select(day => day.Date));
        Assert.Empty(estimate.LeftToNotice);
        Assert.Equal("清明节", calendar.Describe(D(2026, 4, 17)).NoticeName);
    }

    [Fact]
    public void D46_a_weekend_festival_day_joined_to_a_national_day_off_after_it_is_in_the_break()
    {
        // A made-up 2016 notice with Monday 11 April off: the 3rd and 4th (Saturday 9, Sunday 10) join it, so nothing is added.
        var estimate = EstimateOver(2016, new NoticeDay(D(2016, 4, 11), isOffDay: true, "清明节")).RegionalEstimates.Single(held => held.Year == 2016);

        Assert.Empty(estimate.DaysOff);
        Assert.Empty(estimate.LeftToNotice);
    }

    [Fact]
    public void D46_the_estimate_reads_the_national_days_of_a_calendar_of_one_year()
    {
        var only2019 = ChinaWorkingDayCalendar.FromNotices(ChinaWorkingDayCalendar.Official.Notices.Where(notice => notice.Year == 2019));

        var estimate = Assert.Single(only2019.WithRegionalEstimates(Sanyuesan).RegionalEstimates);

        Assert.Equal(Dates("2019-04-08"), estimate.DaysOff.Select(day => day.Date));
        Assert.Equal("450000 壮族三月三 2019 (estimated): off 2019-04-08", estimate.ToString());
    }

    /// <summary>The official notices through <paramref name="year"/>, that year's with <paramref name="extra"/> days, and the estimate over them.</summary>
    private static ChinaWorkingDayCalendar EstimateOver(int year, params NoticeDay[] extra)
    {
        var notices = ChinaWorkingDayCalendar.Official.Notices.Where(notice => notice.Year <= year).ToArray();
        var changed = new HolidayNotice(year, [.. notices[^1].Days, .. extra]);
        return ChinaWorkingDayCalendar.FromNotices([.. notices[..^1], changed]).WithRegionalEstimates(Sanyuesan);
    }

    [Fact]
    public void D46_the_years_announced_otherwise_differ_from_the_estimate()
    {
        // 2015 gave the 2nd and 3rd days (20–21 April); 2017 also rested on the national make-up Saturday 1 April.
        Assert.Equal(Dates("2015-04-21 2015-04-22"), Estimated.RegionalEstimates.Single(held => held.Year == 2015).DaysOff.Select(day => day.Date));
        Assert.Equal(Dates("2017-03-30 2017-03-31"), Estimated.RegionalEstimates.Single(held => held.Year == 2017).DaysOff.Select(day => day.Date));
        Assert.True(Estimated.IsWorkingDay(D(2017, 4, 1)));
    }

    [Fact]
    public void D46_the_estimates_are_listed_in_year_order_one_per_year_from_2014_and_none_without_the_opt_in()
    {
        Assert.Equal(Enumerable.Range(2014, 17), Estimated.RegionalEstimates.Select(estimate => estimate.Year));
        Assert.Empty(ChinaWorkingDayCalendar.Official.RegionalEstimates);
        Assert.DoesNotContain(2023, ChinaWorkingDayCalendar.Official.WithRegionalNotice(RegionalCalendarTests.Guangxi2023)
            .WithRegionalEstimates(Sanyuesan).RegionalEstimates.Select(estimate => estimate.Year));
    }
}
