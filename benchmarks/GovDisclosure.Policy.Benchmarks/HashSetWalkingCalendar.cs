using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// The straightforward way to count working days, kept as the baseline: a HashSet of the days off and one of
/// the adjusted working days, from the same notices, and a walk of one day at a time.
/// </summary>
public sealed class HashSetWalkingCalendar
{
    private readonly HashSet<LocalDate> daysOff = [];
    private readonly HashSet<LocalDate> adjustedWorkingDays = [];

    public HashSetWalkingCalendar(IEnumerable<HolidayNotice> notices)
    {
        foreach (var day in notices.SelectMany(notice => notice.Days))
        {
            (day.IsOffDay ? daysOff : adjustedWorkingDays).Add(day.Date);
        }
    }

    public bool IsWorkingDay(LocalDate date) =>
        adjustedWorkingDays.Contains(date) ||
        (!daysOff.Contains(date) && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));

    public LocalDate AddWorkingDays(LocalDate start, int n)
    {
        var date = start;
        for (var counted = 0; counted < n;)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }
}
