namespace GovDisclosure.Policy;

/// <summary>
/// Thrown when an answer needs a day the working-day calendar does not hold (D1): a date before or after
/// its <see cref="Coverage"/>, or a count of working days that runs past either end. The calendar never
/// guesses; the message says how to extend it.
/// </summary>
public sealed class CalendarCoverageException : ArgumentOutOfRangeException
{
    private readonly string what;

    internal CalendarCoverageException(string paramName, LocalDate date, DateInterval coverage, string what)
        : base(paramName, What(date, coverage, what))
    {
        Date = date;
        Coverage = coverage;
        this.what = what;
    }

    /// <summary>The first day that was needed and is not covered.</summary>
    public LocalDate Date { get; }

    /// <summary>The days the calendar holds, both ends inclusive.</summary>
    public DateInterval Coverage { get; }

    /// <summary>The same exception about another argument, such as one element of a batch.</summary>
    internal CalendarCoverageException ForParameter(string paramName) => new(paramName, Date, Coverage, what);

    private static string What(LocalDate date, DateInterval coverage, string what)
    {
        var howToExtend = date > coverage.End
            ? $"Add the State Council notice for {date.Year} with ChinaWorkingDayCalendar.WithNotice(...) when it is published, " +
              $"or opt into statutory-rule estimates with WithProvisionalYearsThrough({date.Year})."
            : $"Add the State Council notice for {date.Year} with ChinaWorkingDayCalendar.WithNotice(...).";
        return $"{what} needs {date.ToIso()}, which is outside the working-day calendar's coverage " +
               $"{coverage.Start.ToIso()} to {coverage.End.ToIso()}. {howToExtend}";
    }
}
