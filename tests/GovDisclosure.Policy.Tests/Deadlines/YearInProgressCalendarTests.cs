using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>A body's yearly calendar for the year in progress (D41): what the calendar can count, and what it lists as due beyond it.</summary>
public sealed class YearInProgressCalendarTests
{
    private static readonly Body Bureau = Registers.Bureau("mzj") with { Role = BodyRole.Department };

    private static readonly string[] DecemberPeriods = ["MO1", "MO2", "QU1", "QU2", "QU3", "QU4", "QU5", "YR2", "YR3", "YR4", "YR5"];

    private static string Code(ObligationBeyondCalendar obligation) => obligation.Entry()!.Code;

    [Fact]
    public void D41_the_calendar_of_the_year_in_progress_keeps_its_39_computable_deadlines_and_lists_the_11_due_beyond_it()
    {
        var calendar = DisclosurePolicy.Default.CalendarFor(Bureau, 2026);

        Assert.Equal(39, calendar.Scheduled.Count);
        Assert.Equal(DecemberPeriods, calendar.DueBeyondCalendar.Select(Code));
        Assert.All(calendar.DueBeyondCalendar, obligation =>
        {
            Assert.Equal(new LocalDate(2026, 12, 31), obligation.Trigger);
            Assert.Equal([2027], obligation.MissingYears);
            Assert.True(obligation.Obligation.IsBuiltIn);
            Assert.Equal(obligation.Entry()!.DescriptionZh, obligation.Description);
        });
        Assert.Equal(new LocalDate(2027, 1, 31), calendar.Scheduled[^1].Deadline.Due);
        Assert.Equal(2026, ((AnnualReportBasis)calendar.Scheduled[^1].Deadline.Basis).Year);
    }

    [Fact]
    public void D41_a_year_the_calendar_holds_whole_lists_nothing_beyond_it_and_provisional_years_turn_the_list_into_dates()
    {
        var policy = DisclosurePolicy.Default;
        var provisional = policy.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027)).CalendarFor(Bureau, 2026);

        Assert.Empty(policy.CalendarFor(Bureau, 2025).DueBeyondCalendar);
        Assert.Equal(50, policy.CalendarFor(Bureau, 2025).Scheduled.Count);
        Assert.Empty(provisional.DueBeyondCalendar);
        Assert.Equal(50, provisional.Scheduled.Count);
        Assert.True(provisional.IsProvisional);
    }

    [Theory]
    [InlineData(2, "2026-12-30")]   // 20 working days end Wed 30 Dec
    [InlineData(3, "2026-12-31")]   // ... Thu 31 Dec, the calendar's last day
    [InlineData(4, null)]           // ... Mon 4 Jan 2027: beyond the calendar
    public void D41_an_event_whose_period_runs_past_the_calendar_is_listed_beyond_it_the_day_before_and_of_the_last_due_date_are_not(int day, string? due)
    {
        var happened = new DisclosureEvent(new LocalDate(2026, 12, day), ScheduleEntry.IM1, "县级民政部门出台政策");

        var calendar = DisclosurePolicy.Default.CalendarFor(Bureau, 2026, [happened]);

        var scheduled = calendar.Scheduled.Where(o => o.Entry() == ScheduleEntry.IM1).Select(o => o.Deadline.Due.ToString("uuuu-MM-dd", null)).SingleOrDefault();
        Assert.Equal(due, scheduled);
        var beyond = calendar.DueBeyondCalendar.Where(o => o.Entry() == ScheduleEntry.IM1).ToArray();
        Assert.Equal(due is null ? 1 : 0, beyond.Length);
        Assert.All(beyond, o => Assert.Equal(("县级民政部门出台政策", new LocalDate(2026, 12, day)), (o.Description, o.Trigger)));
    }

    [Fact]
    public void D41_an_event_outside_the_calendar_is_still_an_error_not_a_listing()
    {
        var happened = new DisclosureEvent(new LocalDate(2027, 1, 5), ScheduleEntry.IM1, "outside");

        Assert.Throws<CalendarCoverageException>(() => DisclosurePolicy.Default.CalendarFor(Bureau, 2026, [happened]));
    }

    [Fact]
    public void D41_an_obligation_beyond_the_calendar_says_what_it_is_and_equals_its_twin()
    {
        var first = DisclosurePolicy.Default.CalendarFor(Bureau, 2026).DueBeyondCalendar[0];
        var twin = DisclosurePolicy.Default.CalendarFor(Bureau, 2026).DueBeyondCalendar[0];

        Assert.Equal("MO1 from 2026-12-31: due beyond the calendar, which needs 2027", first.ToString());
        Assert.Equal(first, twin);
        Assert.Equal(first.GetHashCode(), twin.GetHashCode());
        Assert.NotEqual(first, DisclosurePolicy.Default.CalendarFor(Bureau, 2026).DueBeyondCalendar[1]);
    }
}
