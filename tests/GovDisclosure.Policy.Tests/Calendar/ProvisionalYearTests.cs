namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>Provisional years: opt-in estimates from the statutory rules, flagged wherever they are used.</summary>
public sealed class ProvisionalYearTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;
    private static readonly ChinaWorkingDayCalendar Through2028 = Official.WithProvisionalYearsThrough(2028);

    [Fact]
    public void Provisional_years_extend_the_coverage_and_say_so()
    {
        Assert.Equal(new LocalDate(2028, 12, 31), Through2028.Coverage.End);
        Assert.Equal(Official.Coverage, Through2028.OfficialCoverage);
        Assert.Equal(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2028, 12, 31)), Through2028.ProvisionalCoverage);
        Assert.EndsWith("; provisional 2027–2028", Through2028.DataVersion);
        Through2028.Validate();
    }

    [Fact]
    public void A_count_that_crosses_into_a_provisional_year_is_answered_and_flagged()
    {
        var start = new LocalDate(2026, 12, 20);
        var due = Through2028.AddWorkingDays(start, 20);

        Assert.True(due.Year == 2027);
        Assert.True(Through2028.IsProvisional(start, due));
        Assert.False(Through2028.IsProvisional(start, new LocalDate(2026, 12, 31)));
    }

    [Fact]
    public void Provisional_days_follow_the_statutory_holidays_with_no_adjusted_working_days()
    {
        var provisional = Through2028.ProvisionalCoverage!;
        var holidays = StatutoryHolidays.ForYear(2027).Concat(StatutoryHolidays.ForYear(2028)).ToDictionary(day => day.Date);

        foreach (var day in provisional)
        {
            var info = Through2028.Describe(day);
            var weekend = day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            Assert.True(info.IsProvisional);
            Assert.Equal(!weekend && !holidays.ContainsKey(day), info.IsWorkingDay);
            Assert.NotEqual(DayKind.AdjustedWorkingDay, info.Kind);
        }
    }

    [Fact]
    public void The_2027_Spring_Festival_is_estimated_from_the_lunar_calendar()
    {
        // The first day of the first lunar month of 2027 is Saturday 6 February; New Year's Eve is the 5th.
        var eve = Through2028.Describe(new LocalDate(2027, 2, 5));

        Assert.Equal(DayKind.StatutoryHoliday, eve.Kind);
        Assert.Equal(Holiday.SpringFestival, eve.Holiday);
        Assert.Contains("provisional", eve.ExplanationEn);
        Assert.Contains("暂按法定节假日规则推定", eve.ExplanationZh);
    }

    [Fact]
    public void Official_days_stay_official_in_a_calendar_with_provisional_years()
    {
        Assert.All(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            day => Assert.Equal(Official.Describe(day), Through2028.Describe(day)));
    }

    [Fact]
    public void A_published_notice_replaces_its_provisional_year_and_the_later_ones_stay_provisional()
    {
        var updated = Through2028.WithNotice(SampleNotices.Hypothetical2027);

        Assert.Equal(new LocalDate(2027, 12, 31), updated.OfficialCoverage.End);
        Assert.Equal(new DateInterval(new LocalDate(2028, 1, 1), new LocalDate(2028, 12, 31)), updated.ProvisionalCoverage);
        Assert.Equal(DayKind.AdjustedWorkingDay, updated.Describe(new LocalDate(2027, 2, 20)).Kind);
        Assert.False(updated.Describe(new LocalDate(2027, 2, 20)).IsProvisional);
    }

    [Fact]
    public void Asking_for_years_already_covered_changes_nothing()
    {
        Assert.Same(Official, Official.WithProvisionalYearsThrough(2020));
        Assert.Same(Through2028, Through2028.WithProvisionalYearsThrough(2027));
        Assert.Same(Through2028, Through2028.WithProvisionalYearsThrough(2028));
        Assert.Same(Official, Official.WithProvisionalYearsThrough(2026));
        Assert.Equal("lastYear", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => Official.WithProvisionalYearsThrough(2100)).ParamName);
    }

    [Fact]
    public void D1_a_range_is_provisional_once_it_reaches_1_January_of_the_first_provisional_year()
    {
        Assert.False(Through2028.IsProvisional(new LocalDate(2026, 12, 30), new LocalDate(2026, 12, 31)));
        Assert.True(Through2028.IsProvisional(new LocalDate(2026, 12, 30), new LocalDate(2027, 1, 1)));
        Assert.True(Through2028.IsProvisional(new LocalDate(2027, 1, 1), new LocalDate(2026, 12, 30)));   // in either order
    }
}
