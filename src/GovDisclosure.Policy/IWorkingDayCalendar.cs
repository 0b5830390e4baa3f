using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy;

/// <summary>
/// A calendar of working days over a fixed range of dates, <see cref="Coverage"/>. Counting follows D2:
/// a count of working days starts the day after its start and never counts the start itself. Every member
/// throws <see cref="CalendarCoverageException"/> when the answer needs a day outside the coverage — the
/// calendar never guesses (D1). Implementations are immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// The contract is open: a calendar of your own describes its days with <see cref="DayInfo(LocalDate, DayKind, Holiday?, string?, int?, bool)"/>,
/// throws <see cref="CalendarCoverageException"/> outside its coverage, and works with every engine of the library
/// that takes a calendar (<c>DisclosurePolicy.WithCalendar</c>). Implementing <see cref="IRankedWorkingDayCalendar"/>
/// as well gives the batch and evaluation engines their fast path. The batch forms over spans are extension methods
/// (<see cref="WorkingDayCalendarExtensions"/>), so an implementation writes only the members below.
/// </remarks>
public interface IWorkingDayCalendar
{
    /// <summary>The days the calendar holds, both ends inclusive.</summary>
    DateInterval Coverage { get; }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">A covered ISO date.</param>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    bool IsWorkingDay(LocalDate date);

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="start"/>, never counting
    /// <paramref name="start"/> itself (D2). A negative <paramref name="n"/> counts back the same way (−1 is the
    /// last working day before <paramref name="start"/>). Zero returns <paramref name="start"/> when it is a
    /// working day and the next working day otherwise.
    /// </summary>
    /// <param name="start">A covered ISO date.</param>
    /// <param name="n">How many working days to count; any value.</param>
    /// <exception cref="CalendarCoverageException"><paramref name="start"/> is outside <see cref="Coverage"/>, or the count runs past either end.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not in the ISO calendar.</exception>
    LocalDate AddWorkingDays(LocalDate start, int n);

    /// <summary>
    /// The number of working days in (<paramref name="start"/>, <paramref name="end"/>]: after the start, up to
    /// and including the end; negative (the count in (<paramref name="end"/>, <paramref name="start"/>]) when
    /// <paramref name="end"/> is before <paramref name="start"/>. For any working day <c>d</c> after
    /// <paramref name="start"/>, <c>AddWorkingDays(start, WorkingDaysBetween(start, d)) == d</c>.
    /// </summary>
    /// <param name="start">A covered ISO date.</param>
    /// <param name="end">A covered ISO date.</param>
    /// <exception cref="CalendarCoverageException">Either date is outside <see cref="Coverage"/>.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    int WorkingDaysBetween(LocalDate start, LocalDate end);

    /// <summary>The first working day strictly after <paramref name="date"/>; the same as <c>AddWorkingDays(date, 1)</c>.</summary>
    /// <param name="date">A covered ISO date.</param>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/> or no working day follows it there.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    LocalDate NextWorkingDay(LocalDate date);

    /// <summary>The last working day strictly before <paramref name="date"/>; the same as <c>AddWorkingDays(date, -1)</c>.</summary>
    /// <param name="date">A covered ISO date.</param>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/> or no working day precedes it there.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    LocalDate PreviousWorkingDay(LocalDate date);

    /// <summary>Whether <paramref name="date"/> is a working day and why.</summary>
    /// <param name="date">A covered ISO date.</param>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    DayInfo Describe(LocalDate date);

    /// <summary>
    /// Whether any day from <paramref name="start"/> to <paramref name="end"/> (both inclusive, in either order)
    /// is provisional — its status estimated from statutory rules rather than read in a published notice.
    /// An answer computed over those days should be flagged as provisional.
    /// </summary>
    /// <param name="start">A covered ISO date.</param>
    /// <param name="end">A covered ISO date.</param>
    /// <exception cref="CalendarCoverageException">Either date is outside <see cref="Coverage"/>.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    bool IsProvisional(LocalDate start, LocalDate end);
}
