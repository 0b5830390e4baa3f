using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>Counts a <see cref="DeadlineRule"/> on a calendar (D2, D9, D34, D39): the one place a rule becomes a due date.</summary>
internal static class DeadlineCounting
{
    /// <summary>The due date <paramref name="rule"/> gives for <paramref name="trigger"/> on <paramref name="calendar"/>.</summary>
    internal static LocalDate DueFrom(this DeadlineRule rule, LocalDate trigger, IWorkingDayCalendar calendar)
    {
        var unit = rule.Unit;
        if (unit == DeadlineUnit.WorkingDays)
        {
            return calendar.AddWorkingDays(trigger, rule.Offset);
        }

        if (unit == DeadlineUnit.FixedCalendarMonths)
        {
            return trigger.PlusMonths(rule.Offset);   // D34: a fixed date, whatever the calendar says of it
        }

        calendar.IsWorkingDay(trigger);   // the trigger must be covered too
        if (unit == DeadlineUnit.CalendarDays || unit == DeadlineUnit.CalendarMonths)
        {
            // NodaTime's PlusMonths keeps the day of the month, or takes the month's last day where it has none (D39).
            return calendar.AddWorkingDays(unit == DeadlineUnit.CalendarDays ? trigger.PlusDays(rule.Offset) : trigger.PlusMonths(rule.Offset), 0);
        }

        var latest = trigger.PlusDays(-rule.Offset);
        return calendar.IsWorkingDay(latest) ? latest : calendar.PreviousWorkingDay(latest);
    }

    /// <summary>
    /// <see cref="DueFrom"/> without a coverage exception: false when the count needs a day outside the calendar, <paramref name="due"/>
    /// then being that day (D27). The evaluation and the batch forms count here, so that "due beyond the calendar" costs no exception;
    /// <paramref name="ranks"/>, when the calendar offers them, are read instead of asking the calendar.
    /// </summary>
    internal static bool TryDueFrom(this DeadlineRule rule, LocalDate trigger, IWorkingDayCalendar calendar, WorkingDayRanks? ranks, out LocalDate due)
    {
        var unit = rule.Unit;
        if (unit == DeadlineUnit.WorkingDays)
        {
            return calendar.TryAddWorkingDays(ranks, trigger, rule.Offset, out due);
        }

        if (unit == DeadlineUnit.FixedCalendarMonths)
        {
            due = trigger.PlusMonths(rule.Offset);
            return true;
        }

        if (!calendar.TryIsWorkingDay(ranks, trigger, out _))
        {
            due = trigger;
            return false;
        }

        if (unit == DeadlineUnit.CalendarDays || unit == DeadlineUnit.CalendarMonths)
        {
            return calendar.TryAddWorkingDays(ranks, unit == DeadlineUnit.CalendarDays ? trigger.PlusDays(rule.Offset) : trigger.PlusMonths(rule.Offset), 0, out due);
        }

        var latest = trigger.PlusDays(-rule.Offset);
        if (!calendar.TryIsWorkingDay(ranks, latest, out var working))
        {
            due = latest;
            return false;
        }

        due = latest;
        return working || calendar.TryAddWorkingDays(ranks, latest, -1, out due);
    }

    /// <summary>
    /// <c>AddWorkingDays(start, n)</c> without a coverage exception: false, with <paramref name="result"/> the day outside the coverage the
    /// count needed (the start, or the day past the end or before the start). On ranks, two array reads; on any other calendar, the
    /// calendar is first asked how many working days lie between the start and the coverage's end, so that its own count cannot fail.
    /// </summary>
    internal static bool TryAddWorkingDays(this IWorkingDayCalendar calendar, WorkingDayRanks? ranks, LocalDate start, int n, out LocalDate result)
    {
        if (ranks is not null)
        {
            return ranks.TryAddWorkingDays(start, n, out result);
        }

        var coverage = calendar.Coverage;
        if (!calendar.TryIsWorkingDay(null, start, out var working))
        {
            result = start;
            return false;
        }

        var fits = n > 0 ? calendar.WorkingDaysBetween(start, coverage.End) >= n
            : n == 0 ? working || calendar.WorkingDaysBetween(start, coverage.End) > 0
            : WorkingDaysBefore(calendar, coverage, start, working) >= -(long)n;
        result = !fits ? n >= 0 ? coverage.End.PlusDays(1) : coverage.Start.PlusDays(-1) : calendar.AddWorkingDays(start, n);
        return fits;
    }

    /// <summary>Whether <paramref name="date"/> is a covered ISO date, and then whether it is a working day; never throws for coverage.</summary>
    internal static bool TryIsWorkingDay(this IWorkingDayCalendar calendar, WorkingDayRanks? ranks, LocalDate date, out bool isWorkingDay)
    {
        if (ranks is not null)
        {
            return ranks.TryIsWorkingDay(date, out isWorkingDay);
        }

        var covered = date.Calendar == CalendarSystem.Iso && calendar.Coverage.Contains(date);
        isWorkingDay = covered && calendar.IsWorkingDay(date);
        return covered;
    }

    /// <summary>The working days of the coverage strictly before <paramref name="date"/>, a covered day.</summary>
    private static long WorkingDaysBefore(IWorkingDayCalendar calendar, DateInterval coverage, LocalDate date, bool dateIsWorking) =>
        calendar.WorkingDaysBetween(coverage.Start, date) + (calendar.IsWorkingDay(coverage.Start) ? 1 : 0) - (dateIsWorking ? 1 : 0);
}
