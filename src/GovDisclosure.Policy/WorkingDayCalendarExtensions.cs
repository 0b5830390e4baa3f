using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy;

/// <summary>
/// Batch forms of <see cref="IWorkingDayCalendar.AddWorkingDays(LocalDate, int)"/> for any calendar. They are extension
/// methods rather than interface members so that the contract stays the same on every target (netstandard2.0 has no
/// default interface members) and a calendar of your own implements only the single-date members.
/// </summary>
public static class WorkingDayCalendarExtensions
{
    /// <summary>
    /// <see cref="IWorkingDayCalendar.AddWorkingDays(LocalDate, int)"/> for many starts and one count: <c>results[i]</c>
    /// becomes <c>AddWorkingDays(starts[i], n)</c>. Allocates nothing. A calendar that offers its ranks
    /// (<see cref="IRankedWorkingDayCalendar"/>, as <see cref="ChinaWorkingDayCalendar"/> does) is counted on them.
    /// </summary>
    /// <param name="calendar">The calendar to count in.</param>
    /// <param name="starts">Covered ISO dates.</param>
    /// <param name="n">How many working days to count from each start.</param>
    /// <param name="results">Receives the answers; at least as long as <paramref name="starts"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="starts"/>, or a start is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException">A start, or its count, leaves the coverage. Results before it have been written.</exception>
    public static void AddWorkingDays(this IWorkingDayCalendar calendar, ReadOnlySpan<LocalDate> starts, int n, Span<LocalDate> results)
    {
        Preconditions.CheckNotNull(calendar);
        Preconditions.CheckBatch(starts.Length, null, results.Length);
        if (calendar is IRankedWorkingDayCalendar ranked)
        {
            ranked.Ranks.AddWorkingDays(starts, default, n, results);
            return;
        }

        for (var i = 0; i < starts.Length; i++)
        {
            results[i] = calendar.AddWorkingDays(starts[i], n);
        }
    }

    /// <summary>
    /// <see cref="IWorkingDayCalendar.AddWorkingDays(LocalDate, int)"/> for many starts, each with its own count:
    /// <c>results[i]</c> becomes <c>AddWorkingDays(starts[i], counts[i])</c>. Allocates nothing. A calendar that
    /// offers its ranks (<see cref="IRankedWorkingDayCalendar"/>, as <see cref="ChinaWorkingDayCalendar"/> does) is counted on them.
    /// </summary>
    /// <param name="calendar">The calendar to count in.</param>
    /// <param name="starts">Covered ISO dates.</param>
    /// <param name="counts">How many working days to count from each start; as long as <paramref name="starts"/>.</param>
    /// <param name="results">Receives the answers; at least as long as <paramref name="starts"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans' lengths do not match, or a start is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException">A start, or its count, leaves the coverage. Results before it have been written.</exception>
    public static void AddWorkingDays(this IWorkingDayCalendar calendar, ReadOnlySpan<LocalDate> starts, ReadOnlySpan<int> counts, Span<LocalDate> results)
    {
        Preconditions.CheckNotNull(calendar);
        Preconditions.CheckBatch(starts.Length, counts.Length, results.Length);
        if (calendar is IRankedWorkingDayCalendar ranked)
        {
            ranked.Ranks.AddWorkingDays(starts, counts, 0, results);
            return;
        }

        for (var i = 0; i < starts.Length; i++)
        {
            results[i] = calendar.AddWorkingDays(starts[i], counts[i]);
        }
    }
}
