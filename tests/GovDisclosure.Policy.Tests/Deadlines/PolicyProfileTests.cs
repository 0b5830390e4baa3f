using GovDisclosure.Policy.Tests.Calendar;

namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>Other counties' profiles over the defaults of SPEC §6.</summary>
public sealed class PolicyProfileTests
{
    private static readonly DisclosurePolicy Seed = DisclosurePolicy.Default;

    [Fact]
    public void A_cadence_override_changes_that_cadence_and_names_the_profile_as_its_source()
    {
        var county = Seed.WithProfile(new PolicyProfile("莲都区").Override(Cadence.Monthly, 10, DeadlineUnit.WorkingDays));

        var deadline = county.DueDate(ScheduleEntry.MO1, new LocalDate(2024, 9, 12));

        Assert.Equal("莲都区", county.Name);
        Assert.Equal(WalkingCalendar.AddWorkingDays(new LocalDate(2024, 9, 30), 10), deadline.Due);
        Assert.Equal("profile \"莲都区\"", deadline.Rule.SourceId);
        Assert.Equal(DeadlineTrigger.PeriodEnd, deadline.Rule.Trigger);
        Assert.Equal(Seed.GetRule(ScheduleEntry.QU1), county.GetRule(ScheduleEntry.QU1));
    }

    [Fact]
    public void An_entry_override_wins_over_its_cadence_override_whatever_the_order_given()
    {
        var profile = new PolicyProfile("县").Override(ScheduleEntry.IM2, 1, DeadlineUnit.WorkingDays).Override(Cadence.Immediate, 5, DeadlineUnit.WorkingDays);

        var county = Seed.WithProfile(profile);

        Assert.Equal(1, county.GetRule(ScheduleEntry.IM2).Offset);
        Assert.Equal(5, county.GetRule(ScheduleEntry.IM1).Offset);
    }

    [Fact]
    public void A_calendar_day_period_ends_on_the_next_working_day()
    {
        var county = Seed.WithProfile(new PolicyProfile("县").Override(ScheduleEntry.IM1, 15, DeadlineUnit.CalendarDays));

        // 15 days after Thursday 8 February 2024 is Friday 23 February, a working day; after 1 February it is
        // Friday 16 February, in the Spring Festival, so the 18th (an adjusted working Sunday).
        Assert.Equal(new LocalDate(2024, 2, 23), county.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8)).Due);
        Assert.Equal(new LocalDate(2024, 2, 18), county.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 1)).Due);
    }

    [Fact]
    public void D16_a_calendar_day_period_from_a_trigger_before_the_calendar_is_a_coverage_error_though_its_end_is_covered()
    {
        var county = Seed.WithProfile(new PolicyProfile("县").Override(ScheduleEntry.IM1, 15, DeadlineUnit.CalendarDays));

        // 2006-12-31 + 15 days is 2007-01-15, inside the calendar; the trigger itself is not.
        var error = Assert.Throws<CalendarCoverageException>(() => county.DueDate(ScheduleEntry.IM1, new LocalDate(2006, 12, 31)));
        Assert.Equal(new LocalDate(2006, 12, 31), error.Date);
        Assert.Equal(new LocalDate(2007, 1, 16), county.DueDate(ScheduleEntry.IM1, new LocalDate(2007, 1, 1)).Due);
    }

    [Fact]
    public void The_statutory_cadence_can_be_overridden_too()
    {
        var county = Seed.WithProfile(new PolicyProfile("县").Override(Cadence.Statutory, 15, DeadlineUnit.WorkingDays));

        Assert.Equal(15, county.StatutoryRule.Offset);
        Assert.Equal(Seed.GetRule(ScheduleEntry.IM1), county.GetRule(ScheduleEntry.IM1));
    }

    [Fact]
    public void An_entry_a_profile_removes_is_no_longer_in_the_policy()
    {
        var county = Seed.WithProfile(new PolicyProfile("县").Without(ScheduleEntry.BA3));

        var exception = ArgumentAssert.Throws<ArgumentException>(() => county.DueDate(ScheduleEntry.BA3, new LocalDate(2024, 5, 6)));

        Assert.Equal("obligation", exception.ParamName);
        Assert.Contains("BA3 is not an entry of the policy \"县\"", exception.Message);
        Assert.DoesNotContain(ScheduleEntry.BA3, county.Entries);
        Assert.DoesNotContain(ScheduleEntry.BA3, county.ObligationsFor(BodyType.AdministrativeOrgan).Entries);
    }

    [Theory]
    [InlineData(-1, "WorkingDays")]
    [InlineData(251, "WorkingDays")]
    [InlineData(367, "CalendarDays")]
    public void A_negative_or_absurd_offset_is_an_error_naming_the_profile_and_entry(int offset, string unit)
    {
        var exception = ArgumentAssert.Throws<ArgumentOutOfRangeException>(() =>
            new PolicyProfile("某县").Override(ScheduleEntry.MO1, offset, DeadlineUnit.Parse(unit)));

        Assert.Equal("offset", exception.ParamName);
        Assert.Contains($"Profile \"某县\" gives MO1 a deadline of {offset}", exception.Message);
    }

    [Fact]
    public void A_profile_cannot_count_backwards_or_go_without_a_name()
    {
        ArgumentAssert.Throws<ArgumentException>(() => new PolicyProfile("县").Override(Cadence.Monthly, 3, DeadlineUnit.CalendarDaysBefore));
        Assert.Equal("name", ArgumentAssert.Throws<ArgumentException>(() => new PolicyProfile(" ")).ParamName);
    }

    [Theory]
    [InlineData(3, 1, 3, 1)]     // Friday, a working day: that day
    [InlineData(3, 2, 3, 4)]     // Saturday: the next working day
    [InlineData(2, 4, 2, 4)]     // Sunday 4 February 2024, an adjusted working day: that day
    [InlineData(2, 10, 2, 18)]   // the first day of the Spring Festival: Sunday 18 February, the adjusted working day after it
    public void D16_a_period_of_zero_working_or_calendar_days_ends_on_the_trigger_or_the_next_working_day(int month, int day, int dueMonth, int dueDay)
    {
        var zero = Seed.WithProfile(new PolicyProfile("当日").Override(ScheduleEntry.IM1, 0, DeadlineUnit.WorkingDays).Override(ScheduleEntry.IM2, 0, DeadlineUnit.CalendarDays));

        Assert.Equal(new LocalDate(2024, dueMonth, dueDay), zero.DueDate(ScheduleEntry.IM1, new LocalDate(2024, month, day)).Due);
        Assert.Equal(new LocalDate(2024, dueMonth, dueDay), zero.DueDate(ScheduleEntry.IM2, new LocalDate(2024, month, day)).Due);
    }

    [Fact]
    public void D26_within_a_profile_cadence_changes_come_first_then_entries_then_removals()
    {
        var profile = new PolicyProfile("某县").Without(ScheduleEntry.IM2).Override(ScheduleEntry.IM1, 10, DeadlineUnit.WorkingDays)
            .Override(Cadence.Immediate, 5, DeadlineUnit.WorkingDays);

        var policy = Seed.WithProfile(profile);

        Assert.Equal(10, policy.GetRule(ScheduleEntry.IM1).Offset);
        Assert.Equal(5, policy.GetRule(ScheduleEntry.IM3).Offset);
        Assert.False(policy.TryGetRule(ScheduleEntry.IM2, out _));
    }

    [Fact]
    public void D26_profiles_apply_in_order_and_a_later_change_replaces_an_earlier_one()
    {
        var first = new PolicyProfile("市").Override(ScheduleEntry.IM1, 10, DeadlineUnit.WorkingDays);
        var second = new PolicyProfile("县").Override(Cadence.Immediate, 5, DeadlineUnit.WorkingDays);

        Assert.Equal(5, Seed.WithProfile(first).WithProfile(second).GetRule(ScheduleEntry.IM1).Offset);
        Assert.Equal(10, Seed.WithProfile(second).WithProfile(first).GetRule(ScheduleEntry.IM1).Offset);
        Assert.Equal("profile \"县\"", Seed.WithProfile(first).WithProfile(second).GetRule(ScheduleEntry.IM1).SourceId);
    }
}
