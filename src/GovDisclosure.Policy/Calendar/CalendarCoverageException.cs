namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// Thrown when an answer needs a day the working-day calendar does not hold (D1): a date before or after
/// its <see cref="Coverage"/>, or a count of working days that runs past either end. The calendar never
/// guesses. <see cref="Message"/> says which day was needed and how to extend the calendar;
/// <see cref="ArgumentException.ParamName"/> names the argument (for a batch, the element).
/// </summary>
public sealed class CalendarCoverageException : ArgumentOutOfRangeException
{
    private readonly string what;
    private readonly string sentence;

    /// <summary>Creates the exception.</summary>
    /// <param name="paramName">The argument whose answer needed the day.</param>
    /// <param name="date">The first day that was needed and is not covered.</param>
    /// <param name="coverage">The days the calendar holds.</param>
    /// <param name="what">What needed the day, for example <c>The date 2027-01-04</c> or <c>Counting 20 working day(s) after 2026-12-20</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="coverage"/> or <paramref name="what"/> is null.</exception>
    public CalendarCoverageException(string? paramName, LocalDate date, DateInterval coverage, string what)
        : base(paramName)
    {
        Date = date;
        Coverage = Preconditions.CheckNotNull(coverage);
        this.what = Preconditions.CheckNotNull(what);
        sentence = Describe(date, coverage, what);
    }

    /// <summary>The first day that was needed and is not covered.</summary>
    public LocalDate Date { get; }

    /// <summary>The days the calendar holds, both ends inclusive.</summary>
    public DateInterval Coverage { get; }

    /// <summary>What was asked, the day it needed, the coverage and how to extend it — without a parameter suffix.</summary>
    public override string Message => sentence;

    /// <summary>The same exception about another argument, such as one element of a batch.</summary>
    internal CalendarCoverageException ForParameter(string paramName) => new(paramName, Date, Coverage, what);

    private static string Describe(LocalDate date, DateInterval coverage, string what)
    {
        var howToExtend = date > coverage.End
            ? $"Add the State Council notice for {date.Year} with ChinaWorkingDayCalendar.WithNotice(...) when it is published, " +
              $"or opt into statutory-rule estimates with WithProvisionalYearsThrough({date.Year})."
            : $"Add the State Council notice for {date.Year} with ChinaWorkingDayCalendar.WithNotice(...).";
        return $"{what} needs {date.ToIso()}, which is outside the working-day calendar's coverage " +
               $"{coverage.Start.ToIso()} to {coverage.End.ToIso()}. {howToExtend}";
    }
}
