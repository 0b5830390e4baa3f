using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>Statutory holiday days told from rest days (D47), checked against every official notice of 2007–2026.</summary>
public sealed class StatutoryDayKindTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    public static TheoryData<int> NoticeYears => [.. Enumerable.Range(2007, 20)];

    /// <summary>
    /// The holidays of a notice whose weekday rest days are not its statutory days on a weekend plus its adjusted working days, and why:
    /// a notice granted or moved a day, or a make-up day lies before the calendar.
    /// </summary>
    private static readonly Dictionary<(int Year, Holiday Holiday), string> Unbalanced = new()
    {
        [(2007, Holiday.NewYearsDay)] = "its make-up days, 30 and 31 December 2006, lie before the calendar",
        [(2009, Holiday.MidAutumnAndNationalDay)] = "中秋 fell on 3 October, a day of National Day; the notice moved it to 6 October",
        [(2015, Holiday.VictoryDay70thAnniversary)] = "3 September granted outright",
        [(2015, Holiday.MidAutumnFestival)] = "27 September, a Sunday, is made up in the National Day period",
        [(2015, Holiday.NationalDay)] = "holds the day in lieu of the Mid-Autumn Festival's Sunday",
        [(2020, Holiday.SpringFestival)] = "extended to 2 February by the amending notice of 27 January",
        [(2020, Holiday.MidAutumnAndNationalDay)] = "中秋 fell on 1 October, a day of National Day; the notice added 8 October",
    };

    [Theory]
    [MemberData(nameof(NoticeYears))]
    public void D47_every_statutory_day_of_a_notice_year_is_a_statutory_holiday_of_its_own_holiday(int year)
    {
        foreach (var statutory in StatutoryHolidays.ForYear(year))
        {
            var day = Official.Describe(statutory.Date);

            Assert.Equal(DayKind.StatutoryHoliday, day.Kind);
            Assert.True(SameHoliday(statutory.Holiday, day.Holiday!), $"{day}: expected {statutory.Holiday}");
        }
    }

    [Theory]
    [MemberData(nameof(NoticeYears))]
    public void D47_holiday_by_holiday_the_rest_days_are_the_statutory_days_on_a_weekend_plus_the_adjusted_working_days(int year)
    {
        var notice = Official.Notices.Single(held => held.Year == year);
        var unbalanced = new List<Holiday>();
        foreach (var holiday in notice.Days.GroupBy(day => day.Holiday))
        {
            var days = holiday.Where(day => Official.Coverage.Contains(day.Date)).Select(day => Official.Describe(day.Date)).ToArray();
            var statutoryOnWeekend = days.Count(day => day.Kind == DayKind.StatutoryHoliday && IsWeekend(day.Date));
            var adjusted = days.Count(day => day.Kind == DayKind.AdjustedWorkingDay);
            var rest = days.Count(day => day.Kind == DayKind.HolidayRestDay);
            if (rest != statutoryOnWeekend + adjusted)
            {
                unbalanced.Add(holiday.Key);
            }
        }

        Assert.Equal(Unbalanced.Keys.Where(key => key.Year == year).Select(key => key.Holiday).Order(), unbalanced.Order());
    }

    [Fact]
    public void D47_the_2015_Mid_Autumn_Festival_and_National_Day_balance_together()
    {
        var days = Official.Describe(new LocalDate(2015, 9, 26), new LocalDate(2015, 10, 10));

        // Statutory 27 September (Sunday) and 3 October (Saturday); adjusted 10 October; rest days 5–7 October.
        Assert.Equal(2, days.Count(day => day.Kind == DayKind.StatutoryHoliday && IsWeekend(day.Date)));
        Assert.Equal(1, days.Count(day => day.Kind == DayKind.AdjustedWorkingDay));
        Assert.Equal(3, days.Count(day => day.Kind == DayKind.HolidayRestDay));
    }

    [Theory]
    [InlineData(2007, 10)]
    [InlineData(2008, 11)]
    [InlineData(2009, 10)]
    [InlineData(2019, 11)]
    [InlineData(2020, 10)]
    [InlineData(2024, 11)]
    [InlineData(2025, 13)]
    [InlineData(2026, 13)]
    public void D47_a_year_counts_the_statutory_days_of_its_rules_a_shared_day_once(int year, int statutory)
    {
        Assert.Equal(statutory, StatutoryHolidays.ForYear(year).Count);
        Assert.Equal(statutory, DayKindCounts.Of(Official, year)[DayKind.StatutoryHoliday]);
    }

    [Fact]
    public void D47_the_year_counts_of_2024_and_2025_are_the_published_working_days_and_their_days_off()
    {
        var counts2024 = DayKindCounts.Of(Official, 2024);
        var counts2025 = DayKindCounts.Of(Official, 2025);

        Assert.Equal((251, 115, 8, 10, 94), (counts2024.WorkingDays, counts2024.DaysOff, counts2024[DayKind.AdjustedWorkingDay], counts2024[DayKind.HolidayRestDay], counts2024[DayKind.Weekend]));
        Assert.Equal("2025: 248 working days (243 weekday, 5 adjusted working day); 117 days off (13 statutory holiday, 6 holiday rest day, 98 weekend)",
            counts2025.ToString());
        Assert.Equal(counts2025, DayKindCounts.Of(Official, 2025));
        Assert.NotEqual(counts2024, counts2025);
        Assert.Equal(counts2025.GetHashCode(), DayKindCounts.Of(Official, 2025).GetHashCode());
    }

    [Fact]
    public void D47_year_counts_are_equal_only_for_the_same_year_and_the_same_count_of_every_kind()
    {
        var provisional = Official.WithProvisionalYearsThrough(2099);
        var counts = Enumerable.Range(2027, 73).Select(year => DayKindCounts.Of(provisional, year)).ToArray();
        var alike = counts.GroupBy(count => count.ToString()[6..]).First(group => group.Count() > 1).ToArray();
        var counts2025 = DayKindCounts.Of(Official, 2025);

        Assert.NotEqual(alike[0], alike[1]);   // the same count of every kind, in two years
        Assert.True(counts2025.Equals((object)DayKindCounts.Of(Official, 2025)));
        Assert.False(counts2025.Equals((object?)null));
        Assert.False(counts2025.Equals((DayKindCounts?)null));
        Assert.False(counts2025.Equals("2025"));
        Assert.Equal(2025, counts2025.Year);
        // The same year in Guangxi's estimated calendar: two more days off, the same weekend days — not equal.
        Assert.NotEqual(counts2025, DayKindCounts.Of(Official.WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan), 2025));
    }

    [Theory]
    [MemberData(nameof(NoticeYears))]
    public void D47_a_years_working_days_are_the_calendars_count_of_them(int year)
    {
        var counts = DayKindCounts.Of(Official, year);
        var first = new LocalDate(year, 1, 1);

        Assert.Equal(Official.WorkingDaysBetween(first, new LocalDate(year, 12, 31)) + (Official.IsWorkingDay(first) ? 1 : 0), counts.WorkingDays);
        Assert.Equal(CalendarSystem.Iso.GetDaysInYear(year), counts.WorkingDays + counts.DaysOff);
    }

    [Fact]
    public void D47_a_year_outside_the_calendar_is_a_coverage_problem_and_a_missing_calendar_is_named()
    {
        Assert.Equal(new LocalDate(2027, 1, 1), Assert.Throws<CalendarCoverageException>(() => DayKindCounts.Of(Official, 2027)).Date);
        Assert.Equal("calendar", ArgumentAssert.Throws<ArgumentNullException>(() => DayKindCounts.Of(null!, 2025)).ParamName);
        Assert.Equal("kind", ArgumentAssert.Throws<ArgumentNullException>(() => DayKindCounts.Of(Official, 2025)[null!]).ParamName);
        Assert.Equal("year", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => DayKindCounts.Of(Official, 10000)).ParamName);
    }

    [Theory]
    [InlineData(2024, 2, 9, null, "HolidayRestDay")]     // New Year's Eve, a rest day under the 2013 rules
    [InlineData(2024, 2, 10, null, "StatutoryHoliday")]  // the 1st day of the first lunar month, a Saturday
    [InlineData(2024, 2, 17, null, "Weekend")]           // the last Saturday of the 2024 Spring Festival
    [InlineData(2025, 1, 28, null, "StatutoryHoliday")]  // New Year's Eve, statutory under the 2024 rules
    [InlineData(2024, 4, 11, null, "HolidayRestDay")]    // 三月三's 3rd day, nationally
    [InlineData(2024, 4, 11, 450000, "StatutoryHoliday")] // … and in Guangxi
    [InlineData(2024, 4, 11, 450100, "StatutoryHoliday")] // … and in Nanning, within it
    [InlineData(2024, 4, 11, 440000, "HolidayRestDay")]  // … but not in Guangdong
    [InlineData(2024, 4, 10, 450000, "HolidayRestDay")]  // the day before it
    [InlineData(2024, 4, 13, 450000, "Weekend")]         // the Saturday after it
    [InlineData(2000, 1, 3, null, "HolidayRestDay")]     // the first year the rules are known: a Monday after New Year's Day
    [InlineData(2000, 1, 1, null, "StatutoryHoliday")]   // … and New Year's Day itself
    [InlineData(2099, 1, 1, null, "StatutoryHoliday")]   // the last year
    [InlineData(1999, 12, 31, null, "HolidayRestDay")]   // before the rules the library knows: nothing is statutory
    [InlineData(2100, 1, 1, null, "HolidayRestDay")]     // after them
    public void D47_the_kind_of_a_day_off_is_statutory_by_its_years_rules_and_its_regions_holiday(int year, int month, int day, int? region, string kind)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(DayKind.Parse(kind), DayKind.OfDayOff(date, region is { } code ? new RegionCode(code) : null));
        Assert.Equal(kind == nameof(DayKind.StatutoryHoliday), StatutoryHolidays.IsStatutoryDay(date, region is { } local ? new RegionCode(local) : null));
    }

    [Fact]
    public void D47_a_date_outside_the_iso_calendar_is_named()
    {
        var julian = new LocalDate(2024, 1, 1, CalendarSystem.Julian);

        Assert.Equal("date", ArgumentAssert.Throws<ArgumentException>(() => DayKind.OfDayOff(julian, null)).ParamName);
        Assert.Equal("date", ArgumentAssert.Throws<ArgumentException>(() => StatutoryHolidays.IsStatutoryDay(julian, null)).ParamName);
    }

    [Property(MaxTest = 300)]
    public Property D47_every_day_off_of_the_official_calendar_is_of_the_kind_its_date_gives_it()
    {
        var days = Gen.Choose(0, Period.DaysBetween(Official.Coverage.Start, Official.Coverage.End)).Select(offset => Official.Coverage.Start.PlusDays(offset));
        return Prop.ForAll(days.ToArbitrary(), date =>
        {
            var info = Official.Describe(date);
            return info.IsWorkingDay || info.Kind == DayKind.OfDayOff(date, null);
        });
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>A day of a holiday period the notice names after two holidays belongs to both.</summary>
    private static bool SameHoliday(Holiday statutory, Holiday listed) =>
        statutory == listed || (listed == Holiday.MidAutumnAndNationalDay && (statutory == Holiday.MidAutumnFestival || statutory == Holiday.NationalDay));
}
