namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// Thrown when an answer needs a day the working-day calendar does not hold (D1): a date before or after
/// its <see cref="Coverage"/>, or a count of working days that runs past either end. The calendar never
/// guesses. It is about the calendar, not a wrong argument: a date outside the coverage may come from deep inside an
/// evaluation. <see cref="Exception.Message"/> says which day was needed and how to extend the calendar; <see cref="ParamName"/>
/// names the argument whose answer needed it (for a batch, the element).
/// </summary>
public sealed class CalendarCoverageException : GovDisclosureException
{
    /// <summary>The first year of the State Council notices the library reads (the holiday-cn data starts there).</summary>
    private const int FirstNoticeYear = 2007;

    private readonly string what;

    /// <summary>Creates the exception.</summary>
    /// <param name="paramName">The argument whose answer needed the day.</param>
    /// <param name="date">The first day that was needed and is not covered.</param>
    /// <param name="coverage">The days the calendar holds.</param>
    /// <param name="what">What needed the day, for example <c>The date 2027-01-04</c> or <c>Counting 20 working day(s) after 2026-12-20</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="coverage"/> or <paramref name="what"/> is null.</exception>
    public CalendarCoverageException(string? paramName, LocalDate date, DateInterval coverage, string what)
        : this(paramName, date, Preconditions.CheckNotNull(coverage), Preconditions.CheckNotNull(what), ReadOnly.Wrap(YearsToAdd(date, coverage)))
    {
    }

    private CalendarCoverageException(string? paramName, LocalDate date, DateInterval coverage, string what, IReadOnlyList<int> missingYears)
        : base(Describe(date, coverage, what, missingYears))
    {
        ParamName = paramName;
        Date = date;
        Coverage = coverage;
        this.what = what;
        MissingYears = missingYears;
    }

    /// <summary>The argument whose answer needed the day (for a batch, the element, such as <c>dates[3]</c>); null when none did.</summary>
    public string? ParamName { get; }

    /// <summary>The first day that was needed and is not covered.</summary>
    public LocalDate Date { get; }

    /// <summary>The days the calendar holds, both ends inclusive.</summary>
    public DateInterval Coverage { get; }

    /// <summary>
    /// The years whose notices the calendar lacks to hold <see cref="Date"/>, in the order to add them (notices must adjoin the
    /// covered years): after the coverage, from the year after it up to the date's year; before it, from the year before it down
    /// to the date's year, but not before 2007, the first year of the notices the library reads. Empty when no notice can help.
    /// </summary>
    public IReadOnlyList<int> MissingYears { get; }


    /// <summary>The same exception about another argument, such as one element of a batch.</summary>
    internal CalendarCoverageException ForParameter(string paramName) => new(paramName, Date, Coverage, what);

    private static int[] YearsToAdd(LocalDate date, DateInterval coverage)
    {
        if (date > coverage.End)
        {
            return [.. Enumerable.Range(coverage.End.Year + 1, date.Year - coverage.End.Year)];
        }

        // Back from the year before the coverage, to the date's year but not before the first notice the library reads. A date
        // whose year is not before the coverage's (inside it, as a caller's own calendar might say) needs no notice.
        var earliest = Math.Max(date.Year, FirstNoticeYear);
        return [.. Enumerable.Range(earliest, Math.Max(0, coverage.Start.Year - earliest)).Reverse()];
    }

    private static string Describe(LocalDate date, DateInterval coverage, string what, IReadOnlyList<int> years)
    {
        var howToExtend = years.Count == 0 && date.Year >= FirstNoticeYear
            ? $"A calendar of your own must hold {date.ToIso()} to answer this."   // a coverage that ends inside a year: no notice year is missing
            : date > coverage.End
            ? $"{Add(years)} when {(years.Count == 1 ? "it is" : "they are")} published, or opt into statutory-rule estimates with WithProvisionalYearsThrough({date.Year})."
            : date.Year >= FirstNoticeYear ? Add(years) + "."
            : $"The library reads the State Council's notices from {FirstNoticeYear} on, so no day before {FirstNoticeYear}-01-01 can be counted." +
              (years.Count == 0 ? "" : $" {Add(years)} to reach {FirstNoticeYear}.");
        return $"{what} needs {date.ToIso()}, which is outside the working-day calendar's coverage " +
               $"{coverage.Start.ToIso()} to {coverage.End.ToIso()}. {howToExtend}";
    }

    private static string Add(IReadOnlyList<int> years) => years.Count == 1
        ? $"Add the State Council notice for {years[0]} with ChinaWorkingDayCalendar.WithNotice(...)"
        : $"Add the State Council notices for {string.Join(", ", years.Take(years.Count - 1))} and {years[^1]}, in that order, with ChinaWorkingDayCalendar.WithNotice(...)";
}
