namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>A body's disclosure calendar for a year (§3.3, §2.2, D4–D8).</summary>
public sealed class BodyDisclosureCalendarTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    [Fact]
    public void A_bureau_has_12_monthly_4_quarterly_and_the_yearly_obligations_of_every_periodic_entry_in_date_order()
    {
        var calendar = Policy.CalendarFor(BodyType.AdministrativeOrgan, 2025);

        Assert.Equal((2 * 12) + (5 * 4) + 5, calendar.Scheduled.Count);
        Assert.Equal(calendar.Scheduled.Select(o => o.Deadline.Due).Order(), calendar.Scheduled.Select(o => o.Deadline.Due));
        Assert.Equal(12, calendar.Scheduled.Count(o => o.Entry() == ScheduleEntry.MO1));
        Assert.Equal(4, calendar.Scheduled.Count(o => o.Entry() == ScheduleEntry.QU3));
        Assert.Equal(ScheduleEntry.YR1, calendar.Scheduled[0].Entry());
        Assert.All(calendar.Scheduled, o => Assert.Equal(Policy.DueDate(o.Entry()!, o.Deadline.EventDate).Due, o.Deadline.Due));
        Assert.False(calendar.IsProvisional);
    }

    [Fact]
    public void A_school_has_only_the_periodic_service_entries()
    {
        var calendar = Policy.CalendarFor(BodyType.School, 2025);

        Assert.Equal(["QU2", "QU2", "QU2", "QU2", "YR2"], calendar.Scheduled.Select(o => o.Entry()!.Code));
    }

    [Fact]
    public void Events_add_their_obligations_with_their_descriptions()
    {
        var calendar = Policy.CalendarFor(BodyType.AdministrativeOrgan, 2025,
            [new DisclosureEvent(new LocalDate(2025, 1, 24), ScheduleEntry.IM1, "县民政局关于调整城乡低保标准的通知")]);

        var notice = Assert.Single(calendar.Scheduled, o => o.Entry() == ScheduleEntry.IM1);
        Assert.Equal("县民政局关于调整城乡低保标准的通知", notice.Description);
        Assert.Equal(Policy.DueDate(ScheduleEntry.IM1, new LocalDate(2025, 1, 24)).Due, notice.Deadline.Due);
    }

    [Fact]
    public void A_body_outside_the_policy_has_an_empty_calendar()
    {
        var calendar = Policy.CalendarFor(BodyType.Village, 2025);

        Assert.Empty(calendar.Scheduled);
        Assert.Equal(GoverningRegime.VillageAffairs, calendar.Obligations.Regime);
    }

    [Fact]
    public void An_event_of_a_periodic_entry_or_of_an_entry_the_body_does_not_have_is_an_error()
    {
        var periodic = ArgumentAssert.Throws<ArgumentException>(() =>
            Policy.CalendarFor(BodyType.AdministrativeOrgan, 2025, [new DisclosureEvent(new LocalDate(2025, 3, 1), ScheduleEntry.MO1, "x")]));
        var notApplicable = ArgumentAssert.Throws<ArgumentException>(() =>
            Policy.CalendarFor(BodyType.School, 2025, [new DisclosureEvent(new LocalDate(2025, 3, 1), ScheduleEntry.IM1, "x")]));

        Assert.Contains("MO1 is monthly", periodic.Message);
        Assert.Contains("IM1 does not apply to a school", notApplicable.Message);
        Assert.Contains("IM1 does not apply to an enterprise", ArgumentAssert.Throws<ArgumentException>(() =>
            Policy.CalendarFor(BodyType.Enterprise, 2025, [new DisclosureEvent(new LocalDate(2025, 3, 1), ScheduleEntry.IM1, "x")])).Message);
    }

    [Fact]
    public void D41_the_2026_calendar_lists_what_needs_2027_and_dates_it_once_provisional_years_are_chosen()
    {
        var official = Policy.CalendarFor(BodyType.AdministrativeOrgan, 2026);
        var provisional = Policy.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027))
            .CalendarFor(BodyType.AdministrativeOrgan, 2026);

        Assert.NotEmpty(official.DueBeyondCalendar);
        Assert.All(official.DueBeyondCalendar, o => Assert.Equal([2027], o.MissingYears));
        Assert.Equal(official.Scheduled.Count + official.DueBeyondCalendar.Count, provisional.Scheduled.Count);
        Assert.Empty(provisional.DueBeyondCalendar);
        Assert.True(provisional.IsProvisional);
        Assert.False(official.IsProvisional);
        Assert.All(provisional.Scheduled.Where(o => o.Deadline.Due.Year == 2027), o => Assert.True(o.Deadline.IsProvisional));
        Assert.All(provisional.Scheduled.Where(o => o.Deadline.Due < new LocalDate(2026, 12, 1)), o => Assert.False(o.Deadline.IsProvisional));
    }

    [Fact]
    public void Sec3_obligations_due_the_same_day_follow_the_catalog_order_then_their_trigger()
    {
        // An IM1 document formed on Monday 30 September 2024 and the September MO1 report count from the same day: both
        // are due Friday 1 November, IM1 first. Two IM1 documents formed on a weekend are due the same day too, Saturday's first.
        var year = Policy.CalendarFor(BodyType.AdministrativeOrgan, 2024,
        [
            new DisclosureEvent(new LocalDate(2024, 3, 10), ScheduleEntry.IM1, "周日"),
            new DisclosureEvent(new LocalDate(2024, 9, 30), ScheduleEntry.IM1, "九月底"),
            new DisclosureEvent(new LocalDate(2024, 3, 9), ScheduleEntry.IM1, "周六"),
        ]);

        var november1 = year.Scheduled.Where(o => o.Deadline.Due == new LocalDate(2024, 11, 1)).Select(o => o.Entry()!.Code).ToArray();
        var weekend = year.Scheduled.Where(o => o.Entry() == ScheduleEntry.IM1 && o.Deadline.Trigger.Month == 3).Select(o => o.Description).ToArray();

        Assert.Equal("IM1", november1[0]);
        Assert.Contains("MO1", november1);
        Assert.Equal(["周六", "周日"], weekend);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void A_year_outside_1_to_9998_is_out_of_range(int year)
    {
        Assert.Equal("year", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => Policy.CalendarFor(BodyType.AdministrativeOrgan, year)).ParamName);
    }

    [Fact]
    public void A_null_event_is_an_argument_error_about_the_events()
    {
        Assert.Equal("events", ArgumentAssert.Throws<ArgumentNullException>(() => Policy.CalendarFor(BodyType.AdministrativeOrgan, 2024, [null!])).ParamName);
    }
}
