using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>The integer calendar arithmetic the tables are built with, against NodaTime's.</summary>
public sealed class WorkingDayRanksTests
{
    [Property]
    public Property The_day_of_the_week_of_new_year_agrees_with_NodaTime_for_every_year() =>
        Prop.ForAll(Gen.Choose(1, 9999).ToArbitrary(), year =>
            WorkingDayRanks.IsoDayOfWeekOfNewYear(year) == (int)new LocalDate(year, 1, 1).DayOfWeek);

    [Property]
    public Property Days_in_month_agree_with_NodaTime() =>
        Prop.ForAll(Gen.Choose(1, 9999).ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (year, month) =>
            WorkingDayRanks.DaysInMonth(year, month) == CalendarSystem.Iso.GetDaysInMonth(year, month));

    [Fact]
    public void A_calendar_that_starts_in_any_year_puts_weekends_on_Saturdays_and_Sundays()
    {
        foreach (var year in new[] { 2030, 2031, 2032, 2033, 2034, 2035, 2036 })
        {
            var calendar = ChinaWorkingDayCalendar.FromNotices([new HolidayNotice(year, [new NoticeDay(new LocalDate(year, 5, 1), true, "劳动节")])]);
            Assert.All(calendar.Coverage, day =>
                Assert.Equal(day.DayOfWeek < IsoDayOfWeek.Saturday && day != new LocalDate(year, 5, 1), calendar.IsWorkingDay(day)));
        }
    }
}
