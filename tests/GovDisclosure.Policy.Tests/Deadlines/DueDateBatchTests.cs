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

        var exception = Assert.Throws<CalendarCoverageException>(() => Policy.DueDates(entries, triggers, results));

        Assert.Equal("triggers[1]", exception.ParamName);
        Assert.Equal(Policy.DueDate(ScheduleEntry.IM1, new LocalDate(2026, 3, 2)).Due, results[0]);
    }

    [Fact]
    public void A_null_entry_an_entry_not_in_the_policy_and_mismatched_spans_are_errors()
    {
        var county = Policy.WithProfile(new PolicyProfile("县").Without(ScheduleEntry.ST7));
        LocalDate[] triggers = [new(2024, 1, 2), new(2024, 1, 3)];

        Assert.Equal("entries[1]", Assert.Throws<ArgumentException>(() => Policy.DueDates([ScheduleEntry.IM1, null!], triggers, new LocalDate[2])).ParamName);
        Assert.Equal("entries[0]", Assert.Throws<ArgumentException>(() => county.DueDates([ScheduleEntry.ST7, ScheduleEntry.IM1], triggers, new LocalDate[2])).ParamName);
        Assert.Equal("triggers", Assert.Throws<ArgumentException>(() => Policy.DueDates([ScheduleEntry.IM1], triggers, new LocalDate[2])).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => Policy.DueDates([ScheduleEntry.IM1, ScheduleEntry.IM2], triggers, new LocalDate[1])).ParamName);
    }
}
