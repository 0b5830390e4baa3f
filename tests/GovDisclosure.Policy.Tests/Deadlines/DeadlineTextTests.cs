namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>D1: a deadline in one line says whether it rests on provisional days, as its explanation does.</summary>
public sealed class DeadlineTextTests
{
    private static readonly DisclosurePolicy Provisional =
        DisclosurePolicy.Default.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027));

    [Fact]
    public void D1_the_last_deadline_counted_on_official_days_only_is_not_marked_and_the_next_one_is()
    {
        // IM1 counts 20 working days: formed on the day before, its last day is 31 December 2026; a day later, 4 January 2027.
        var formed = ChinaWorkingDayCalendar.Official.AddWorkingDays(new LocalDate(2026, 12, 31), -20);
        var official = Provisional.DueDate(ScheduleEntry.IM1, formed);
        var provisional = Provisional.DueDate(ScheduleEntry.IM1, ChinaWorkingDayCalendar.Official.NextWorkingDay(formed));

        Assert.Equal("IM1 due 2026-12-31 (D4)", official.ToString());
        Assert.Equal("IM1 due 2027-01-04 (D4, provisional: no notice yet for a day it counts)", provisional.ToString());
        Assert.Equal((false, true), (official.IsProvisional, provisional.IsProvisional));
    }

    [Fact]
    public void D1_a_deadline_of_an_official_year_reads_as_before()
    {
        Assert.Equal("IM1 due 2024-03-13 (D4)", DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8)).ToString());
    }
}
