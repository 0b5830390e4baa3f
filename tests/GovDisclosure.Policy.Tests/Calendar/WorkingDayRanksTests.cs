namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>The integer calendar arithmetic the tables are built with, against NodaTime's.</summary>
public sealed class WorkingDayRanksTests
{
    [Fact]
    public void The_day_of_the_week_of_new_year_agrees_with_NodaTime_for_every_ISO_year()
    {
        var disagreeing = Enumerable.Range(1, 9999).Where(year => WorkingDayRanks.IsoDayOfWeekOfNewYear(year) != (int)new LocalDate(year, 1, 1).DayOfWeek);

        Assert.Empty(disagreeing);
    }

    [Fact]
    public void Days_in_month_agree_with_NodaTime_for_every_month_of_every_ISO_year()
    {
        // Every year, so that 1900 and 2100 (not leap) and 2000 (leap) are among them.
        var disagreeing = Enumerable.Range(1, 9999).SelectMany(year => Enumerable.Range(1, 12).Select(month => (year, month)))
            .Where(m => WorkingDayRanks.DaysInMonth(m.year, m.month) != CalendarSystem.Iso.GetDaysInMonth(m.year, m.month));

        Assert.Empty(disagreeing);
    }

    [Fact]
    public void D1_ranks_count_the_working_days_between_two_days_as_the_calendar_does()
    {
        var ranks = ChinaWorkingDayCalendar.Official.Ranks;

        // Friday 9 February 2024 (a Spring Festival holiday) to Monday 19 February: the 18th (adjusted) and the 19th.
        Assert.Equal(2, ranks.WorkingDaysBetween(new LocalDate(2024, 2, 9), new LocalDate(2024, 2, 19)));
        Assert.Equal(-2, ranks.WorkingDaysBetween(new LocalDate(2024, 2, 19), new LocalDate(2024, 2, 9)));
        Assert.Equal(0, ranks.WorkingDaysBetween(new LocalDate(2024, 2, 19), new LocalDate(2024, 2, 19)));
    }

    [Fact]
    public void D1_the_working_day_of_each_rank_runs_from_the_first_to_the_last_working_day_covered()
    {
        var ranks = ChinaWorkingDayCalendar.Official.Ranks;

        // 2007 began on a Monday, a public holiday; 31 December 2026 is a Thursday.
        Assert.Equal(new LocalDate(2007, 1, 4), ranks.WorkingDayAt(1));
        Assert.Equal(new LocalDate(2026, 12, 31), ranks.WorkingDayAt(ranks.WorkingDayCount));
        Assert.Equal("rank", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => ranks.WorkingDayAt(0)).ParamName);
        Assert.Equal("rank", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => ranks.WorkingDayAt(ranks.WorkingDayCount + 1)).ParamName);
    }

    [Fact]
    public void A_calendar_that_starts_in_any_year_puts_weekends_on_Saturdays_and_Sundays()
    {
        foreach (var year in new[] { 2030, 2031, 2032, 2033, 2034, 2035, 2036 })
        {
            var holidays = StatutoryHolidays.ForYear(year).Select(day => day.Date).ToHashSet();
            var calendar = ChinaWorkingDayCalendar.FromNotices([SampleNotices.Whole(year)]);
            Assert.All(calendar.Coverage, day =>
                Assert.Equal(day.DayOfWeek < IsoDayOfWeek.Saturday && !holidays.Contains(day), calendar.IsWorkingDay(day)));
        }
    }
}
