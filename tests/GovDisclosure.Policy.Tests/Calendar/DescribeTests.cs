namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>Why a day is or is not a working day, in English and Chinese.</summary>
public sealed class DescribeTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    [Fact]
    public void An_adjusted_working_day_names_the_holiday_it_makes_up_for_and_its_notice()
    {
        var info = Official.Describe(new LocalDate(2024, 2, 4));

        Assert.True(info.IsWorkingDay);
        Assert.Equal(DayKind.AdjustedWorkingDay, info.Kind);
        Assert.Equal(Holiday.SpringFestival, info.Holiday);
        Assert.Equal("2024-02-04 Sunday: adjusted working day making up for Spring Festival (2024 notice)", info.ExplanationEn);
        Assert.Equal("2024-02-04 星期日：调休上班（春节，2024年通知）", info.ExplanationZh);
    }

    [Fact]
    public void D47_a_statutory_holiday_on_a_weekday_is_a_day_off_named_after_its_holiday()
    {
        var info = Official.Describe(new LocalDate(2024, 10, 1));

        Assert.False(info.IsWorkingDay);
        Assert.Equal(DayKind.StatutoryHoliday, info.Kind);
        Assert.Equal("2024-10-01 Tuesday: statutory holiday of National Day (2024 notice)", info.ExplanationEn);
    }

    [Fact]
    public void Ordinary_days_name_no_holiday_and_no_notice()
    {
        Assert.Equal("2024-03-13 Wednesday: weekday", Official.Describe(new LocalDate(2024, 3, 13)).ExplanationEn);
        Assert.Equal("2024-03-16 星期六：周末", Official.Describe(new LocalDate(2024, 3, 16)).ExplanationZh);
    }

    [Fact]
    public void A_day_of_the_previous_December_is_explained_by_the_notice_that_lists_it()
    {
        var info = Official.Describe(new LocalDate(2018, 12, 29));

        Assert.Equal(DayKind.AdjustedWorkingDay, info.Kind);
        Assert.Equal(2019, info.NoticeYear);
    }

    [Fact]
    public void A_weekday_a_notice_lists_as_working_stays_an_ordinary_weekday()
    {
        var info = Official.Describe(new LocalDate(2020, 2, 3));

        Assert.Equal(DayKind.Weekday, info.Kind);
        Assert.Null(info.Holiday);
        Assert.Equal("春节", info.NoticeName);
    }

    [Theory]
    [InlineData(2015, 9, 3, "VictoryDay70thAnniversary")]
    [InlineData(2023, 9, 29, "MidAutumnAndNationalDay")]
    [InlineData(2007, 5, 1, "LabourDay")]
    [InlineData(2007, 10, 1, "NationalDay")]
    public void Every_spelling_of_a_holiday_in_the_notices_maps_to_one_holiday(int year, int month, int day, string holiday)
    {
        Assert.Equal(Holiday.Parse(holiday), Official.Describe(new LocalDate(year, month, day)).Holiday);
    }

    [Fact]
    public void An_unknown_holiday_name_is_kept_as_the_notice_spelled_it()
    {
        var calendar = ChinaWorkingDayCalendar.FromNotices([SampleNotices.Whole(2030, new NoticeDay(new LocalDate(2030, 3, 4), true, "新设纪念日"))]);

        var info = calendar.Describe(new LocalDate(2030, 3, 4));

        Assert.Equal(Holiday.Other, info.Holiday);
        Assert.Equal("2030-03-04 Monday: holiday rest day of 新设纪念日 (2030 notice)", info.ExplanationEn);
    }

    [Fact]
    public void A_range_is_described_day_by_day_in_order()
    {
        var days = Official.Describe(new LocalDate(2024, 9, 28), new LocalDate(2024, 10, 8));

        Assert.Equal(11, days.Count);
        Assert.Equal(
            [DayKind.Weekend, DayKind.AdjustedWorkingDay, DayKind.Weekday, DayKind.StatutoryHoliday, DayKind.StatutoryHoliday, DayKind.StatutoryHoliday,
             DayKind.HolidayRestDay, DayKind.Weekend, DayKind.Weekend, DayKind.HolidayRestDay, DayKind.Weekday],
            days.Select(day => day.Kind));
        ArgumentAssert.Throws<ArgumentException>(() => Official.Describe(new LocalDate(2024, 10, 8), new LocalDate(2024, 9, 28)));
    }
}
