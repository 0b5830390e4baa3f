using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Tests.Architecture;

namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>
/// D27: the hot paths' counts without exceptions agree with the throwing counts — the same day when the count fits the calendar, and
/// false with the very day the exception names when it does not — on the official calendar's ranks and on a calendar of a host's own.
/// </summary>
public sealed class TryCountingProperties
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;
    private static readonly IWorkingDayCalendar SixDays = new SixDayWeekCalendar();

    private static Gen<LocalDate> Near(IWorkingDayCalendar calendar) =>
        Gen.Elements(calendar.Coverage.Start, calendar.Coverage.End).Zip(Gen.Choose(-40, 40)).Select(pair => pair.Item1.PlusDays(pair.Item2));

    private static Gen<DeadlineRule> Rules =>
        Gen.Elements(DeadlineUnit.WorkingDays, DeadlineUnit.CalendarDays, DeadlineUnit.CalendarDaysBefore, DeadlineUnit.CalendarMonths, DeadlineUnit.FixedCalendarMonths)
            .Zip(Gen.Choose(0, 12)).Select(pair => new DeadlineRule(DeadlineTrigger.EventDate, pair.Item2, pair.Item1, "D27"));

    /// <summary>The throwing count's day, or the day its coverage exception names.</summary>
    private static (bool Fits, LocalDate Day) Thrown(Func<LocalDate> count)
    {
        try
        {
            return (true, count());
        }
        catch (CalendarCoverageException e)
        {
            return (false, e.Date);
        }
    }

    [Property(MaxTest = 500)]
    public Property D27_counting_on_ranks_without_an_exception_agrees_with_the_throwing_count() =>
        Prop.ForAll(Near(Official).ToArbitrary(), Gen.Choose(-30, 30).ToArbitrary(), (start, n) =>
        {
            var fits = Official.Ranks.TryAddWorkingDays(start, n, out var day);
            return (fits, day) == Thrown(() => Official.AddWorkingDays(start, n));
        });

    [Property(MaxTest = 500)]
    public Property D27_counting_on_a_host_s_calendar_without_an_exception_agrees_with_its_own_count() =>
        Prop.ForAll(Near(SixDays).ToArbitrary(), Gen.Choose(-30, 30).ToArbitrary(), (start, n) =>
        {
            var fits = SixDays.TryAddWorkingDays(null, start, n, out var day);
            var thrown = Thrown(() => SixDays.AddWorkingDays(start, n));
            // The host's calendar names the day it stopped at; the library names the first day outside, as its own calendar does.
            return fits == thrown.Fits && (!fits ? !SixDays.Coverage.Contains(day) : day == thrown.Day);
        });

    [Property(MaxTest = 500)]
    public Property D27_every_rule_counts_without_an_exception_as_it_counts_with_one() =>
        Prop.ForAll(Rules.ToArbitrary(), Near(Official).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (rule, trigger, onRanks) =>
        {
            IWorkingDayCalendar calendar = onRanks ? Official : SixDays;
            var from = onRanks ? trigger : trigger.PlusYears(SixDays.Coverage.End.Year - Official.Coverage.End.Year);
            var fits = rule.TryDueFrom(from, calendar, onRanks ? Official.Ranks : null, out var due);
            var thrown = Thrown(() => rule.DueFrom(from, calendar));
            // On ranks the day is the one the exception names; a host's calendar names its own, so there the day is only known to lie outside.
            return fits == thrown.Fits && (fits || onRanks ? due == thrown.Day : !calendar.Coverage.Contains(due));
        });

    [Fact]
    public void D27_a_count_past_the_end_names_the_day_after_it_and_one_before_the_start_the_day_before()
    {
        var (start, end) = (Official.Coverage.Start, Official.Coverage.End);

        Assert.False(Official.Ranks.TryAddWorkingDays(end, 1, out var after));
        Assert.False(Official.Ranks.TryAddWorkingDays(start.PlusDays(3), -5, out var before));
        Assert.False(Official.Ranks.TryAddWorkingDays(end.PlusDays(1), 0, out var outside));
        Assert.False(Official.Ranks.TryAddWorkingDays(new LocalDate(2024, 1, 10, CalendarSystem.Julian), 0, out _));
        Assert.False(Official.Ranks.TryIsWorkingDay(end.PlusDays(1), out var working));
        Assert.True(Official.Ranks.TryIsWorkingDay(new LocalDate(2024, 1, 2), out var tuesday));

        Assert.Equal((end.PlusDays(1), start.PlusDays(-1), end.PlusDays(1), false, true), (after, before, outside, working, tuesday));
    }

    [Fact]
    public void D27_on_a_host_s_calendar_a_count_to_the_last_working_day_fits_and_one_more_does_not()
    {
        var end = SixDays.Coverage.End;   // 2030-12-31, a Tuesday
        var fromMonday = end.PlusDays(-1);

        Assert.True(SixDays.TryAddWorkingDays(null, fromMonday, 1, out var last));
        Assert.False(SixDays.TryAddWorkingDays(null, fromMonday, 2, out var beyond));
        Assert.True(SixDays.TryAddWorkingDays(null, end, 0, out var itself));
        Assert.False(SixDays.TryAddWorkingDays(null, SixDays.Coverage.Start.PlusDays(1), -2, out var early));
        Assert.True(SixDays.TryAddWorkingDays(null, SixDays.Coverage.Start.PlusDays(1), -1, out var first));

        Assert.Equal((end, end.PlusDays(1), end, SixDays.Coverage.Start.PlusDays(-1), SixDays.Coverage.Start), (last, beyond, itself, early, first));
    }
}
