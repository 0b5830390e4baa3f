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
}
