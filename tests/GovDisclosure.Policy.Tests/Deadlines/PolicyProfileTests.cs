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
        Assert.Equal(Seed.RuleFor(ScheduleEntry.QU1), county.RuleFor(ScheduleEntry.QU1));
    }

    [Fact]
    public void An_entry_override_wins_over_its_cadence_override_whatever_the_order_given()
    {
        var profile = new PolicyProfile("县").Override(ScheduleEntry.IM2, 1, DeadlineUnit.WorkingDays).Override(Cadence.Immediate, 5, DeadlineUnit.WorkingDays);

        var county = Seed.WithProfile(profile);

        Assert.Equal(1, county.RuleFor(ScheduleEntry.IM2).Offset);
        Assert.Equal(5, county.RuleFor(ScheduleEntry.IM1).Offset);
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
    public void The_statutory_cadence_can_be_overridden_too()
    {
        var county = Seed.WithProfile(new PolicyProfile("县").Override(Cadence.Statutory, 15, DeadlineUnit.WorkingDays));

        Assert.Equal(15, county.StatutoryRule.Offset);
        Assert.Equal(Seed.RuleFor(ScheduleEntry.IM1), county.RuleFor(ScheduleEntry.IM1));
    }

    [Fact]
    public void An_entry_a_profile_removes_is_no_longer_in_the_policy()
    {
        var county = Seed.WithProfile(new PolicyProfile("县").Without(ScheduleEntry.BA3));

        var exception = Assert.Throws<ArgumentException>(() => county.DueDate(ScheduleEntry.BA3, new LocalDate(2024, 5, 6)));

        Assert.Equal("entry", exception.ParamName);
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
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PolicyProfile("某县").Override(ScheduleEntry.MO1, offset, DeadlineUnit.FromName(unit)));

        Assert.Equal("offset", exception.ParamName);
        Assert.Contains($"Profile \"某县\" gives MO1 a deadline of {offset}", exception.Message);
    }

    [Fact]
    public void A_profile_cannot_count_backwards_or_go_without_a_name()
    {
        Assert.Throws<ArgumentException>(() => new PolicyProfile("县").Override(Cadence.Monthly, 3, DeadlineUnit.CalendarDaysBefore));
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new PolicyProfile(" ")).ParamName);
    }
}
