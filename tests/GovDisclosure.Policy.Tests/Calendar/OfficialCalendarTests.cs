namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>The official calendar against the holiday-cn source data, every day of 2007–2026 (D1).</summary>
public sealed class OfficialCalendarTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    [Fact]
    public void D1_every_day_of_2007_to_2026_is_a_working_day_exactly_when_the_source_data_says_so()
    {
        var days = HolidayCnData.CoveredDays().ToArray();
        var wrong = days.Where(day => Official.IsWorkingDay(day) != HolidayCnData.IsWorkingDay(day)).ToArray();

        Assert.Equal(7305, days.Length);
        Assert.Empty(wrong);
    }

    [Fact]
    public void D1_every_day_is_described_with_the_kind_and_holiday_the_source_data_gives_it()
    {
        foreach (var day in HolidayCnData.CoveredDays())
        {
            var info = Official.Describe(day);
            var weekend = day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            Assert.Equal(day, info.Date);
            Assert.Equal(HolidayCnData.IsWorkingDay(day), info.IsWorkingDay);
            Assert.False(info.IsProvisional);
            if (HolidayCnData.ListedDays.TryGetValue(day, out var listed))
            {
                Assert.Equal(listed.Name, info.NoticeName);
                Assert.Equal(listed.NoticeYear, info.NoticeYear);
                var statutory = StatutoryHolidays.ForYear(day.Year).Any(holiday => holiday.Date == day);
                var expectedKind = !listed.IsOffDay ? weekend ? DayKind.AdjustedWorkingDay : DayKind.Weekday
                    : statutory ? DayKind.StatutoryHoliday : weekend ? DayKind.Weekend : DayKind.HolidayRestDay;
                Assert.Equal(expectedKind, info.Kind);
                Assert.Equal(expectedKind == DayKind.Weekday ? null : Holiday.FromNoticeName(listed.Name), info.Holiday);
            }
            else
            {
                Assert.Equal(weekend ? DayKind.Weekend : DayKind.Weekday, info.Kind);
                Assert.Null(info.Holiday);
                Assert.Null(info.NoticeYear);
            }
        }
    }

    [Fact]
    public void Every_holiday_name_in_the_source_data_is_recognised()
    {
        Assert.DoesNotContain(HolidayCnData.ListedDays.Values, listed => Holiday.FromNoticeName(listed.Name) == Holiday.Other);
    }

    [Fact]
    public void D2_counting_agrees_with_a_day_by_day_walk_for_every_start_of_2008_to_2025()
    {
        // A slow oracle over the source data: walk day by day from each start, counting working days.
        foreach (var start in HolidayCnData.CoveredDays().Where(day => day.Year is >= 2008 and <= 2025))
        {
            foreach (var n in new[] { -20, -1, 0, 1, 20 })
            {
                Assert.Equal(WalkingCalendar.AddWorkingDays(start, n), Official.AddWorkingDays(start, n));
            }
        }
    }
}
