namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>The worked examples of SPEC §7 and the notices they rest on.</summary>
public sealed class WorkedExampleTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    [Fact]
    public void Sec7_Spring_Festival_2024_is_off_from_Saturday_10_to_Saturday_17_February_with_Sundays_4_and_18_worked()
    {
        var festival = new DateInterval(new LocalDate(2024, 2, 10), new LocalDate(2024, 2, 17));

        // D47: the 1st to 3rd days of the first lunar month are statutory, the weekdays after them rest days, the last Saturday a weekend day.
        Assert.Equal([.. Enumerable.Repeat(DayKind.StatutoryHoliday, 3), .. Enumerable.Repeat(DayKind.HolidayRestDay, 4), DayKind.Weekend],
            festival.Select(day => Official.Describe(day).Kind));
        Assert.All(festival, day => Assert.Equal(Holiday.SpringFestival, Official.Describe(day).Holiday));
        Assert.Equal(DayKind.AdjustedWorkingDay, Official.Describe(new LocalDate(2024, 2, 4)).Kind);
        Assert.Equal(DayKind.AdjustedWorkingDay, Official.Describe(new LocalDate(2024, 2, 18)).Kind);
    }

    [Fact]
    public void Sec7_D2_a_G01_document_formed_on_Thursday_8_February_2024_is_due_on_Wednesday_13_March_2024()
    {
        Assert.Equal(new LocalDate(2024, 3, 13), Official.AddWorkingDays(new LocalDate(2024, 2, 8), 20));
    }

    [Fact]
    public void Sec7_D2_the_September_2024_report_closing_Monday_30_September_is_due_Friday_1_November_2024()
    {
        Assert.True(Official.IsWorkingDay(new LocalDate(2024, 9, 29)));
        Assert.True(Official.IsWorkingDay(new LocalDate(2024, 10, 12)));
        Assert.All(new DateInterval(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 7)),
            day => Assert.False(Official.IsWorkingDay(day)));
        Assert.Equal(new LocalDate(2024, 11, 1), Official.AddWorkingDays(new LocalDate(2024, 9, 30), 20));
    }
}
