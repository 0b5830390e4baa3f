namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>Strict coverage (D1): a day the calendar does not hold is an error, never a guess.</summary>
public sealed class CoverageTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    public static TheoryData<string, Action> CallsOutsideCoverage => new()
    {
        { "IsWorkingDay before 2007", () => Official.IsWorkingDay(new LocalDate(2006, 12, 31)) },
        { "IsWorkingDay after 2026", () => Official.IsWorkingDay(new LocalDate(2027, 1, 1)) },
        { "Describe after 2026", () => Official.Describe(new LocalDate(2030, 6, 1)) },
        { "AddWorkingDays from before 2007", () => Official.AddWorkingDays(new LocalDate(1999, 5, 1), 3) },
        { "WorkingDaysBetween to after 2026", () => Official.WorkingDaysBetween(new LocalDate(2026, 1, 5), new LocalDate(2027, 1, 5)) },
        { "NextWorkingDay of the last day", () => Official.NextWorkingDay(new LocalDate(2026, 12, 31)) },
        { "PreviousWorkingDay of the first day", () => Official.PreviousWorkingDay(new LocalDate(2007, 1, 1)) },
        { "IsProvisional after 2026", () => Official.IsProvisional(new LocalDate(2026, 1, 1), new LocalDate(2027, 1, 1)) },
    };

    [Theory]
    [MemberData(nameof(CallsOutsideCoverage))]
    public void D1_a_call_that_needs_a_day_outside_2007_to_2026_throws_the_coverage_exception(string call, Action action)
    {
        var exception = Assert.Throws<CalendarCoverageException>(action);

        Assert.True(exception.Date < Official.Coverage.Start || exception.Date > Official.Coverage.End, call);
        Assert.Equal(Official.Coverage, exception.Coverage);
        Assert.Contains("2007-01-01 to 2026-12-31", exception.Message);
        Assert.Contains(exception.Date.Year < 2007 ? "from 2007 on" : "WithNotice", exception.Message);
    }

    [Fact]
    public void D1_twenty_working_days_from_20_December_2026_run_past_the_end_and_name_1_January_2027()
    {
        var exception = Assert.Throws<CalendarCoverageException>(() => Official.AddWorkingDays(new LocalDate(2026, 12, 20), 20));

        Assert.Equal(new LocalDate(2027, 1, 1), exception.Date);
        Assert.Equal("start", exception.ParamName);
        Assert.Contains("Counting 20 working days after 2026-12-20", exception.Message);
        Assert.Contains("WithProvisionalYearsThrough(2027)", exception.Message);
    }

    [Fact]
    public void Counting_back_past_the_start_names_the_last_day_of_2006()
    {
        var exception = Assert.Throws<CalendarCoverageException>(() => Official.AddWorkingDays(new LocalDate(2007, 1, 10), -10));

        Assert.Equal(new LocalDate(2006, 12, 31), exception.Date);
        Assert.Contains("before 2007-01-10", exception.Message);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Extreme_counts_run_out_of_coverage_without_overflowing(int n)
    {
        Assert.Throws<CalendarCoverageException>(() => Official.AddWorkingDays(new LocalDate(2015, 6, 1), n));
        Assert.Throws<CalendarCoverageException>(() => Official.AddWorkingDays([new LocalDate(2015, 6, 1)], n, new LocalDate[1]));
    }

    [Fact]
    public void The_last_covered_answers_are_given_right_up_to_the_edges()
    {
        Assert.Equal(new LocalDate(2026, 12, 31), Official.AddWorkingDays(new LocalDate(2026, 12, 30), 1));
        Assert.Equal(new LocalDate(2007, 1, 4), Official.AddWorkingDays(new LocalDate(2007, 1, 1), 1));
        Assert.Equal(new LocalDate(2007, 1, 4), Official.PreviousWorkingDay(new LocalDate(2007, 1, 5)));
    }

    [Fact]
    public void A_batch_names_the_index_of_the_start_that_left_the_coverage_and_keeps_the_answers_before_it()
    {
        LocalDate[] starts = [new(2026, 12, 1), new(2026, 12, 2), new(2026, 12, 28)];
        var results = new LocalDate[3];

        var exception = Assert.Throws<CalendarCoverageException>(() => Official.AddWorkingDays(starts, 5, results));

        Assert.Equal("starts[2]", exception.ParamName);
        Assert.Equal(Official.AddWorkingDays(starts[0], 5), results[0]);
        Assert.Equal(Official.AddWorkingDays(starts[1], 5), results[1]);
    }

    [Fact]
    public void A_batch_rejects_spans_of_the_wrong_length()
    {
        LocalDate[] starts = [new(2020, 1, 1), new(2020, 1, 2)];

        Assert.Equal("results", ArgumentAssert.Throws<ArgumentException>(() => Official.AddWorkingDays(starts, 1, new LocalDate[1])).ParamName);
        Assert.Equal("counts", ArgumentAssert.Throws<ArgumentException>(() => Official.AddWorkingDays(starts, [1], new LocalDate[2])).ParamName);
    }

    [Fact]
    public void A_date_in_another_calendar_system_is_rejected_rather_than_misread()
    {
        var julian = new LocalDate(2020, 1, 1, CalendarSystem.Julian);

        var exception = ArgumentAssert.Throws<ArgumentException>(() => Official.IsWorkingDay(julian));

        Assert.Equal("date", exception.ParamName);
        Assert.Contains("Julian", exception.Message);
    }

    [Fact]
    public void D1_a_range_is_checked_at_both_ends_before_it_is_described_or_judged_provisional()
    {
        var before = new LocalDate(2006, 12, 31);
        var first = new LocalDate(2007, 1, 1);

        Assert.Equal("start", Assert.Throws<CalendarCoverageException>(() => Official.IsProvisional(before, first)).ParamName);
        Assert.Equal("end", Assert.Throws<CalendarCoverageException>(() => Official.IsProvisional(first, before)).ParamName);
        Assert.Equal("start", Assert.Throws<CalendarCoverageException>(() => Official.Describe(before, first)).ParamName);
        Assert.Equal("end", Assert.Throws<CalendarCoverageException>(() => Official.Describe(first, new LocalDate(2027, 1, 1))).ParamName);
    }

    [Fact]
    public void D1_a_description_of_one_day_is_allowed_and_an_end_before_its_start_is_not()
    {
        var day = new LocalDate(2024, 2, 10);

        Assert.Equal([day], Official.Describe(day, day).Select(info => info.Date));
        var error = ArgumentAssert.Throws<ArgumentException>(() => Official.Describe(day, day.PlusDays(-1)));
        Assert.Equal("end", error.ParamName);
        Assert.StartsWith("The end 2024-02-09 is before the start 2024-02-10.", error.Message);
    }

    [Fact]
    public void D1_one_working_day_past_either_end_is_a_coverage_error_that_says_which_way_it_counted()
    {
        var after = Assert.Throws<CalendarCoverageException>(() => Official.AddWorkingDays(new LocalDate(2026, 12, 31), 1));
        var before = Assert.Throws<CalendarCoverageException>(() => Official.AddWorkingDays(new LocalDate(2007, 1, 4), -1));

        Assert.StartsWith("Counting 1 working day after 2026-12-31 needs 2027-01-01", after.Message);
        Assert.StartsWith("Counting 1 working day before 2007-01-04 needs 2006-12-31", before.Message);
        Assert.StartsWith("The date 2027-01-01 needs 2027-01-01", Assert.Throws<CalendarCoverageException>(() => Official.IsWorkingDay(new LocalDate(2027, 1, 1))).Message);
    }

    [Fact]
    public void D16_zero_working_days_from_a_last_day_that_is_not_a_working_day_runs_out_counting_after()
    {
        // 2033 ends on a Saturday: the next working day is in 2034, which this calendar does not hold.
        var calendar = ChinaWorkingDayCalendar.FromNotices([SampleNotices.Whole(2033)]);

        var error = Assert.Throws<CalendarCoverageException>(() => calendar.AddWorkingDays(new LocalDate(2033, 12, 31), 0));

        Assert.StartsWith("Counting 0 working days after 2033-12-31 needs 2034-01-01", error.Message);
    }

    [Fact]
    public void D1_ranks_need_a_calendar_with_an_ISO_coverage()
    {
        Assert.Equal("calendar", ArgumentAssert.Throws<ArgumentNullException>(() => WorkingDayRanks.FromCalendar(null!)).ParamName);
        Assert.Equal("calendar.Coverage", ArgumentAssert.Throws<ArgumentNullException>(() => WorkingDayRanks.FromCalendar(new CoverageOf(null!))).ParamName);
        var julian = new DateInterval(new LocalDate(2024, 1, 1, CalendarSystem.Julian), new LocalDate(2024, 2, 1, CalendarSystem.Julian));
        Assert.Equal("calendar.Coverage", ArgumentAssert.Throws<ArgumentException>(() => WorkingDayRanks.FromCalendar(new CoverageOf(julian))).ParamName);
    }

    /// <summary>A calendar that only has a coverage: enough for the ranks to refuse it.</summary>
    private sealed class CoverageOf(DateInterval coverage) : GovDisclosure.Policy.Tests.Architecture.SixDayWeekCalendar, IWorkingDayCalendar
    {
        DateInterval IWorkingDayCalendar.Coverage => coverage;
    }
}
