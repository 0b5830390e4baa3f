namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>Bad input to the deadline engine: clear errors, never a guessed date (D1).</summary>
public sealed class DeadlineErrorTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    [Fact]
    public void D1_a_trigger_outside_the_calendar_is_a_coverage_error_about_the_trigger()
    {
        var before = Assert.Throws<CalendarCoverageException>(() => Policy.DueDate(ScheduleEntry.IM1, new LocalDate(2006, 6, 1)));
        var after = Assert.Throws<CalendarCoverageException>(() => Policy.DueDate(ScheduleEntry.MO1, new LocalDate(2026, 12, 5)));

        Assert.Equal("trigger", before.ParamName);
        Assert.Equal("trigger", after.ParamName);
        Assert.Equal(new LocalDate(2027, 1, 1), after.Date);
    }

    [Fact]
    public void D1_with_provisional_years_the_same_deadline_is_given_and_flagged()
    {
        var provisional = Policy.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027));

        var deadline = provisional.DueDate(ScheduleEntry.MO1, new LocalDate(2026, 12, 5));

        Assert.True(deadline.IsProvisional);
        Assert.Equal(2027, deadline.Due.Year);
        Assert.Contains("provisional", deadline.ExplanationEn);
    }

    [Fact]
    public void A_null_entry_is_an_argument_error()
    {
        Assert.Equal("entry", Assert.Throws<ArgumentNullException>(() => Policy.DueDate(null!, new LocalDate(2024, 1, 1))).ParamName);
    }

    [Fact]
    public void A_trigger_in_another_calendar_system_is_rejected()
    {
        var julian = new LocalDate(2024, 1, 10, CalendarSystem.Julian);

        Assert.Throws<ArgumentException>(() => Policy.DueDate(ScheduleEntry.IM1, julian));
        Assert.Throws<ArgumentException>(() => Policy.DueDate(ScheduleEntry.MO1, julian));
    }
}
