namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>The batch form's errors name the obligation at fault.</summary>
public sealed class DueDateBatchTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    [Fact]
    public void A_trigger_that_runs_past_the_calendar_names_its_index_and_keeps_the_answers_before_it()
    {
        ScheduleEntry[] entries = [ScheduleEntry.IM1, ScheduleEntry.MO1];
        LocalDate[] triggers = [new(2026, 3, 2), new(2026, 12, 3)];
        var results = new LocalDate[2];

        var exception = Assert.Throws<CalendarCoverageException>(() => Policy.DueDates(entries.Select(e => e.Key).ToArray(), triggers, results));

        Assert.Equal("dates[1]", exception.ParamName);
        Assert.Equal(Policy.DueDate(ScheduleEntry.IM1, new LocalDate(2026, 3, 2)).Due, results[0]);
    }

    [Fact]
    public void D6_D2_a_year_report_counted_in_calendar_days_counts_from_the_first_day_of_its_year_in_the_batch_form_too()
    {
        // YR1 counts from the start of its year (D6); a profile may count it in calendar days, moved to a working day (D2).
        var county = Policy.WithProfile(new PolicyProfile("县").Override(ScheduleEntry.YR1, 10, DeadlineUnit.CalendarDays));
        var results = new LocalDate[1];

        county.DueDates([ScheduleEntry.YR1], [new LocalDate(2024, 5, 10)], results);

        Assert.Equal(Calendar.WalkingCalendar.AddWorkingDays(new LocalDate(2024, 1, 11), 0), results[0]);
        Assert.Equal(county.DueDate(ScheduleEntry.YR1, new LocalDate(2024, 5, 10)).Due, results[0]);
    }

    [Fact]
    public void A_null_entry_an_entry_not_in_the_policy_and_mismatched_spans_are_errors()
    {
        var county = Policy.WithProfile(new PolicyProfile("县").Without(ScheduleEntry.ST7));
        LocalDate[] triggers = [new(2024, 1, 2), new(2024, 1, 3)];

        var nullEntry = ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDates([ScheduleEntry.IM1, null!], triggers, new LocalDate[2]));
        var removed = ArgumentAssert.Throws<ArgumentException>(() => county.DueDates([ScheduleEntry.ST7, ScheduleEntry.IM1], triggers, new LocalDate[2]));
        var fewerEntries = ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDates([ScheduleEntry.IM1], triggers, new LocalDate[2]));
        var fewerResults = ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDates([ScheduleEntry.IM1, ScheduleEntry.IM2], triggers, new LocalDate[1]));

        Assert.Equal("obligations[1]", nullEntry.ParamName);
        Assert.StartsWith("obligations[1] is null", nullEntry.Message);
        Assert.Equal("obligations[0]", removed.ParamName);
        Assert.StartsWith("ST7 is not an entry of the policy \"县\"; its profile removed it. Entries: IM1, IM2, IM3,", removed.Message);
        Assert.Equal("dates", fewerEntries.ParamName);
        Assert.StartsWith("dates has 2 elements; it needs exactly 1", fewerEntries.Message);
        Assert.Equal("results", fewerResults.ParamName);
        Assert.StartsWith("results has 1 elements; it needs at least 2", fewerResults.Message);
    }

    private static DisclosurePolicy MonthlyIn(int workingDays) =>
        Policy.WithProfile(new PolicyProfile("县").Override(Cadence.Monthly, workingDays, DeadlineUnit.WorkingDays));

    private static LocalDate DueInBatch(DisclosurePolicy policy, ScheduleEntry entry, LocalDate trigger)
    {
        var results = new LocalDate[1];
        policy.DueDates([entry], [trigger], results);
        return results[0];
    }

    [Fact]
    public void D1_a_period_ending_on_the_last_covered_day_is_counted_from_it()
    {
        // December 2026 ends on Thursday 31 December, the calendar's last day and a working day.
        Assert.Equal(new LocalDate(2026, 12, 31), DueInBatch(MonthlyIn(0), ScheduleEntry.MO1, new LocalDate(2026, 12, 10)));
    }

    [Fact]
    public void D1_a_period_due_one_working_day_past_the_calendar_is_a_coverage_error_naming_the_first_uncovered_day()
    {
        var exception = Assert.Throws<CalendarCoverageException>(() => DueInBatch(MonthlyIn(1), ScheduleEntry.MO1, new LocalDate(2026, 12, 10)));

        Assert.Equal(("dates[0]", new LocalDate(2027, 1, 1)), (exception.ParamName, exception.Date));
    }

    [Theory]
    [InlineData(2027, 1, 1)]   // the first uncovered day
    [InlineData(2027, 6, 15)]
    [InlineData(2006, 12, 31)]   // the last day before the coverage
    public void D1_a_trigger_outside_the_calendar_is_a_coverage_error_in_the_batch_form_too(int year, int month, int day)
    {
        foreach (var entry in new[] { ScheduleEntry.IM1, ScheduleEntry.MO1, ScheduleEntry.QU1, ScheduleEntry.YR1, ScheduleEntry.YR2 })
        {
            Assert.Equal("dates[0]", Assert.Throws<CalendarCoverageException>(() => DueInBatch(Policy, entry, new LocalDate(year, month, day))).ParamName);
        }
    }
}
