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

    [Fact]
    public void D27_on_a_host_s_calendar_ending_on_a_day_off_nothing_falls_on_or_after_its_last_day()
    {
        var calendar = new Narrowed(SixDays, new DateInterval(new LocalDate(2020, 1, 5), new LocalDate(2030, 12, 29)));   // a Sunday to a Sunday

        Assert.False(calendar.TryAddWorkingDays(null, calendar.Coverage.End, 0, out var beyond));
        Assert.False(calendar.TryAddWorkingDays(null, calendar.Coverage.End.PlusDays(-1), 1, out var past));
        Assert.True(calendar.TryAddWorkingDays(null, calendar.Coverage.End.PlusDays(-2), 1, out var saturday));
        Assert.False(calendar.TryAddWorkingDays(null, calendar.Coverage.Start.PlusDays(1), -1, out var before));
        Assert.True(calendar.TryAddWorkingDays(null, new LocalDate(2020, 1, 12), -6, out var monday));   // a Sunday: six working days back

        Assert.Equal((calendar.Coverage.End.PlusDays(1), calendar.Coverage.End.PlusDays(1), new LocalDate(2030, 12, 28), calendar.Coverage.Start.PlusDays(-1), new LocalDate(2020, 1, 6)),
            (beyond, past, saturday, before, monday));
    }

    [Fact]
    public void D27_ranks_of_a_calendar_that_starts_within_a_year_refuse_the_days_before_it()
    {
        var ranks = WorkingDayRanks.FromCalendar(new Narrowed(SixDays, new DateInterval(new LocalDate(2020, 3, 9), new LocalDate(2020, 9, 30))));

        Assert.False(ranks.TryAddWorkingDays(new LocalDate(2020, 3, 8), 0, out var start));
        Assert.False(ranks.TryAddWorkingDays(2020, 3, 8, 1, out var fromDay));
        Assert.False(ranks.TryIsWorkingDay(new LocalDate(2020, 3, 8), out _));
        Assert.True(ranks.TryAddWorkingDays(2020, 3, 9, 1, out var tuesday));
        Assert.Equal((new LocalDate(2020, 3, 8), new LocalDate(2020, 3, 8), new LocalDate(2020, 3, 10)), (start, fromDay, tuesday));
        Assert.Throws<CalendarCoverageException>(() => ranks.IsWorkingDay(new LocalDate(2020, 3, 8)));
    }

    [Fact]
    public void D9_a_rule_counted_back_to_before_the_calendar_is_outside_it()
    {
        var rule = new DeadlineRule(DeadlineTrigger.EventDate, 10, DeadlineUnit.CalendarDaysBefore, "D9");
        var early = Official.Coverage.Start.PlusDays(3);

        Assert.False(rule.TryDueFrom(early, Official, Official.Ranks, out var due));
        Assert.False(rule.TryDueFrom(early, SixDays, null, out _));
        Assert.Equal(early.PlusDays(-10), due);
    }

    /// <summary>A host's calendar cut to <paramref name="coverage"/>: every member refuses a day outside it, as a calendar must.</summary>
    private sealed class Narrowed(IWorkingDayCalendar inner, DateInterval coverage) : IWorkingDayCalendar
    {
        public DateInterval Coverage => coverage;

        public bool IsWorkingDay(LocalDate date) => inner.IsWorkingDay(Covered(date));

        public LocalDate AddWorkingDays(LocalDate start, int n) => Covered(inner.AddWorkingDays(Covered(start), n));

        public int WorkingDaysBetween(LocalDate start, LocalDate end) => inner.WorkingDaysBetween(Covered(start), Covered(end));

        public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

        public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

        public DayInfo Describe(LocalDate date) => inner.Describe(Covered(date));

        public bool IsProvisional(LocalDate start, LocalDate end) => false;

        private LocalDate Covered(LocalDate date) =>
            coverage.Contains(date) ? date : throw new CalendarCoverageException(nameof(date), date, coverage, $"The date {date}");
    }
}
