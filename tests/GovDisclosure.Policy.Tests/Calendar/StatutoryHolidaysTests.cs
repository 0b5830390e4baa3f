namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>The statutory holidays of the rules in force each year (D1), checked against the official notices.</summary>
public sealed class StatutoryHolidaysTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    public static TheoryData<int> NoticeYears => [.. Enumerable.Range(2007, 20)];

    [Theory]
    [MemberData(nameof(NoticeYears))]
    public void D1_every_statutory_holiday_of_a_year_with_a_notice_is_an_official_day_off(int year)
    {
        var days = StatutoryHolidays.ForYear(year);

        Assert.All(days, day =>
        {
            var official = Official.Describe(day.Date);
            Assert.Equal(DayKind.StatutoryHoliday, official.Kind);
            Assert.True(day.IsOffDay);
        });
    }

    [Theory]
    [MemberData(nameof(NoticeYears))]
    public void D1_each_statutory_holiday_falls_in_the_official_period_of_the_same_holiday(int year)
    {
        foreach (var day in StatutoryHolidays.ForYear(year))
        {
            var officialHoliday = Official.Describe(day.Date).Holiday;
            Assert.True(officialHoliday == day.Holiday
                        || officialHoliday == Holiday.MidAutumnAndNationalDay
                        || day.Holiday == Holiday.MidAutumnAndNationalDay,
                $"{day} is {officialHoliday} in the official data");
        }
    }

    [Theory]
    [InlineData(2007, 10, 2007, 2, 18)]   // the 1999 rules: the 1st to the 3rd lunar day, three days of Labour Day, no Qingming
    [InlineData(2008, 11, 2008, 2, 6)]    // the 2007 amendment: New Year's Eve to the 2nd lunar day; Qingming, Dragon Boat, Mid-Autumn
    [InlineData(2013, 11, 2013, 2, 9)]
    [InlineData(2014, 11, 2014, 1, 31)]   // the 2013 amendment: the 1st to the 3rd lunar day again
    [InlineData(2024, 11, 2024, 2, 10)]
    [InlineData(2025, 13, 2025, 1, 28)]   // the 2024 amendment: New Year's Eve to the 3rd lunar day, 1–2 May
    public void D1_the_statutory_days_follow_the_rules_in_force_that_year(int year, int count, int springYear, int springMonth, int springDay)
    {
        var days = StatutoryHolidays.ForYear(year);

        Assert.Equal(count, days.Count);
        Assert.Equal(new LocalDate(springYear, springMonth, springDay), days.First(day => day.Holiday == Holiday.SpringFestival).Date);
        Assert.Equal(year < 2008 ? 3 : year < 2025 ? 1 : 2, days.Count(day => day.Holiday == Holiday.LabourDay));
    }

    [Fact]
    public void The_Qingming_formula_gives_a_Qingming_day_off_in_every_notice_since_2008()
    {
        foreach (var year in Enumerable.Range(2008, 19))
        {
            Assert.Equal(Holiday.QingmingFestival, Official.Describe(StatutoryHolidays.Qingming(year)).Holiday);
        }
    }

    [Fact]
    public void Lunar_new_year_dragon_boat_and_mid_autumn_fall_in_their_official_holidays_through_leap_months()
    {
        // 2009, 2012, 2014, 2017, 2020, 2023 and 2025 have leap months before the 5th or 8th lunar month.
        foreach (var year in Enumerable.Range(2008, 19))
        {
            Assert.Equal(Holiday.SpringFestival, Official.Describe(StatutoryHolidays.LunarDate(year, 1, 1)).Holiday);
            Assert.Equal(Holiday.DragonBoatFestival, Official.Describe(StatutoryHolidays.LunarDate(year, 5, 5)).Holiday);
            Assert.Contains(Official.Describe(StatutoryHolidays.LunarDate(year, 8, 15)).Holiday,
                new[] { Holiday.MidAutumnFestival, Holiday.MidAutumnAndNationalDay });
        }
    }

    [Fact]
    public void A_Mid_Autumn_Festival_on_1_to_3_October_is_listed_once_as_both_holidays()
    {
        // 2028: the 15th of the 8th lunar month is 3 October.
        var days = StatutoryHolidays.ForYear(2028);

        Assert.Equal(12, days.Count);
        Assert.Equal(Holiday.MidAutumnAndNationalDay, days.Single(day => day.Date == new LocalDate(2028, 10, 3)).Holiday);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2100)]
    public void Years_outside_the_rules_in_force_are_rejected(int year)
    {
        var exception = ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.ForYear(year));

        Assert.Equal("year", exception.ParamName);
    }
}
