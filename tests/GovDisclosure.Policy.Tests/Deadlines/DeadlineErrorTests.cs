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

        Assert.Equal("date", before.ParamName);
        Assert.Equal("date", after.ParamName);
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
        Assert.Equal("entry", ArgumentAssert.Throws<ArgumentNullException>(() => Policy.DueDate((ScheduleEntry)null!, new LocalDate(2024, 1, 1))).ParamName);
    }

    [Fact]
    public void A_trigger_in_another_calendar_system_is_rejected()
    {
        var julian = new LocalDate(2024, 1, 10, CalendarSystem.Julian);

        ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDate(ScheduleEntry.IM1, julian));
        ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDate(ScheduleEntry.MO1, julian));
    }

    [Theory]
    [InlineData(nameof(DeadlineUnit.WorkingDays), 250)]
    [InlineData(nameof(DeadlineUnit.CalendarDays), 366)]
    [InlineData(nameof(DeadlineUnit.CalendarDaysBefore), 366)]
    public void A_rule_may_count_the_largest_offset_of_its_unit_and_not_one_more(string unitName, int largest)
    {
        var unit = DeadlineUnit.Parse(unitName);

        Assert.Equal(largest, new DeadlineRule(DeadlineTrigger.EventDate, largest, unit, "D4").Offset);
        Assert.Equal(0, new DeadlineRule(DeadlineTrigger.EventDate, 0, unit, "D4").Offset);
        var tooFar = ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new DeadlineRule(DeadlineTrigger.EventDate, largest + 1, unit, "D4"));
        Assert.Equal("offset", tooFar.ParamName);
        Assert.StartsWith($"A deadline of {largest + 1} {unit.Label.En} (D4) is not possible; the offset must be from 0 to {largest} {unit.Label.En}.", tooFar.Message);
        Assert.Equal("offset", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new DeadlineRule(DeadlineTrigger.EventDate, -1, unit, "D4")).ParamName);
    }

    [Theory]
    [InlineData(nameof(DeadlineUnit.WorkingDays), 250)]
    [InlineData(nameof(DeadlineUnit.CalendarDays), 366)]
    public void D26_a_profile_may_give_the_largest_offset_of_its_unit_and_not_one_more(string unitName, int largest)
    {
        var unit = DeadlineUnit.Parse(unitName);

        var county = Policy.WithProfile(new PolicyProfile("县").Override(ScheduleEntry.IM1, largest, unit));
        var error = ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new PolicyProfile("县").Override(ScheduleEntry.IM1, largest + 1, unit));

        Assert.Equal(largest, county.GetRule(ScheduleEntry.IM1).Offset);
        Assert.Contains($"from 0 to {largest}", error.Message);
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new PolicyProfile("县").Override(ScheduleEntry.IM1, -1, unit));
    }

    [Fact]
    public void D1_a_calendar_day_period_whose_trigger_is_outside_the_calendar_is_an_error_even_when_its_end_is_inside()
    {
        // 15 calendar days after 25 December 2006 is 9 January 2007, inside the calendar; the trigger is not.
        var county = Policy.WithProfile(new PolicyProfile("县").Override(ScheduleEntry.IM1, 15, DeadlineUnit.CalendarDays));

        var error = Assert.Throws<CalendarCoverageException>(() => county.DueDate(ScheduleEntry.IM1, new LocalDate(2006, 12, 25)));

        Assert.Equal(("date", new LocalDate(2006, 12, 25)), (error.ParamName, error.Date));
    }

    [Fact]
    public void An_override_needs_its_cadence_unit_and_an_entry_of_that_cadence_and_says_which_offset_is_wrong()
    {
        Assert.Equal("cadence", ArgumentAssert.Throws<ArgumentNullException>(() => new ProfileOverride(null!, null, 10, DeadlineUnit.WorkingDays)).ParamName);
        Assert.Equal("unit", ArgumentAssert.Throws<ArgumentNullException>(() => new ProfileOverride(Cadence.Monthly, null, 10, null!)).ParamName);
        Assert.Equal("entry", ArgumentAssert.Throws<ArgumentException>(() => new ProfileOverride(Cadence.Monthly, ScheduleEntry.IM1, 10, DeadlineUnit.WorkingDays)).ParamName);
        Assert.StartsWith("An override gives Monthly a deadline of 300 working days; it must be from 0 to 250 working days.",
            ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new ProfileOverride(Cadence.Monthly, null, 300, DeadlineUnit.WorkingDays)).Message);
        Assert.StartsWith("An override gives IM1 a deadline of -1 working days",
            ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new ProfileOverride(Cadence.Immediate, ScheduleEntry.IM1, -1, DeadlineUnit.WorkingDays)).Message);
        Assert.StartsWith("Profile \"县\" cannot make IM1 due before its trigger; only the decision rule of D9 counts backwards.",
            ArgumentAssert.Throws<ArgumentException>(() => new PolicyProfile("县").Override(ScheduleEntry.IM1, 5, DeadlineUnit.CalendarDaysBefore)).Message);
        Assert.Equal("name", ArgumentAssert.Throws<ArgumentNullException>(() => new DeadlineProfile(null!)).ParamName);
    }

    [Fact]
    public void A_trigger_in_another_calendar_system_is_rejected_in_the_batch_form_too()
    {
        var julian = new LocalDate(2024, 1, 10, CalendarSystem.Julian);

        foreach (var entry in new[] { ScheduleEntry.IM1, ScheduleEntry.MO1, ScheduleEntry.YR1 })
        {
            var error = Assert.ThrowsAny<ArgumentException>(() => Policy.DueDates([entry], [julian], new LocalDate[1]));
            Assert.Contains("trigger", error.ParamName);
        }
    }
}
