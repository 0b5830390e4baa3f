namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>
/// D1: <see cref="ChinaWorkingDayCalendar.Validate"/> compares the rank tables with the notices day by day.
/// The official tables agree, so these tests hand the comparison a table that is wrong on purpose.
/// </summary>
public sealed class CalendarValidationTests
{
    // 2026 with no notice: Monday to Friday only, 261 working days.
    private static readonly WorkingDayRanks WeekdaysOf2026 =
        new(2026, 2026, new sbyte[WorkingDayRanks.SlotCount(1)]);

    [Fact]
    public void D1_a_table_that_agrees_with_the_notices_passes()
    {
        Assert.Null(Record.Exception(() => ChinaWorkingDayCalendar.CheckTable(WeekdaysOf2026, WeekdaysOf2026.IsWorkingDay)));
    }

    [Fact]
    public void D1_a_weekday_the_notices_give_off_is_reported_with_the_running_count_from_that_day_on()
    {
        var problems = ProblemsOf(date => date != new LocalDate(2026, 12, 30) && IsWeekday(date));

        Assert.Equal(
            [
                "the table lists 261 working days; the notices give 260.",
                "2026-12-30: the table says working, the notices say off.",
                "2026-12-30: the running count of working days is 260, expected 259.",
                "2026-12-31: the running count of working days is 261, expected 260.",
            ],
            problems);
    }

    [Fact]
    public void D1_a_saturday_the_notices_give_as_working_is_reported_the_other_way_round()
    {
        var problems = ProblemsOf(date => date == new LocalDate(2026, 12, 26) || IsWeekday(date));

        Assert.Equal("the table lists 261 working days; the notices give 262.", problems[0]);
        Assert.Equal("2026-12-26: the table says off, the notices say working.", problems[1]);
        Assert.Equal("2026-12-26: the running count of working days is 257, expected 258.", problems[2]);
        Assert.Equal(1 + 6 + 1, problems.Count);   // the day; the running count on it and the 5 days after it; the total
    }

    [Fact]
    public void D1_the_weekday_table_against_the_official_notices_of_2026_starts_at_new_year_and_ends_with_248_working_days()
    {
        var exception = Assert.Throws<CalendarDataException>(() => ChinaWorkingDayCalendar.CheckTable(WeekdaysOf2026, ChinaWorkingDayCalendar.Official.IsWorkingDay));
        var problems = exception.Problems;

        Assert.Equal("the table lists 261 working days; the notices give 248.", problems[0]);
        Assert.Equal(
            [
                "2026-01-01: the table says working, the notices say off.",
                "2026-01-01: the running count of working days is 1, expected 0.",
                "2026-01-02: the table says working, the notices say off.",
                "2026-01-02: the running count of working days is 2, expected 0.",
                "2026-01-03: the running count of working days is 2, expected 0.",
                "2026-01-04: the table says off, the notices say working.",
                "2026-01-04: the running count of working days is 2, expected 1.",
            ],
            problems.Skip(1).Take(7));
        Assert.Equal(CalendarDataException.MaxProblems, problems.Count);
        Assert.True(exception.ProblemCount > 300, $"{exception.ProblemCount} problems counted");
    }

    private static IReadOnlyList<string> ProblemsOf(Func<LocalDate, bool> isWorkingDay) =>
        Assert.Throws<CalendarDataException>(() => ChinaWorkingDayCalendar.CheckTable(WeekdaysOf2026, isWorkingDay)).Problems;

    private static bool IsWeekday(LocalDate date) => date.DayOfWeek < IsoDayOfWeek.Saturday;
}
