namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// The State Council General Office's yearly notice on public holidays (国务院办公厅关于…部分节假日安排的通知):
/// the days off and the adjusted working days (调休上班) it lists. A notice for year Y lists days of Y and
/// may list days at the end of December of Y − 1 (the 2019 notice lists 2018-12-29 to 2018-12-31).
/// Immutable.
/// </summary>
public sealed class HolidayNotice
{
    /// <summary>Creates a notice.</summary>
    /// <param name="year">The year the notice is for.</param>
    /// <param name="days">The days it lists: at least one, no date twice, each in <paramref name="year"/> or in December of the year before.</param>
    /// <param name="papers">Where the notice is published (URLs); may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="CalendarDataException">The days break a rule above; every broken rule is listed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1950 and 9998.</exception>
    public HolidayNotice(int year, IEnumerable<NoticeDay> days, IEnumerable<string>? papers = null)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1950, 9998);
        Preconditions.CheckNotNull(days);
        Year = year;
        var sorted = ReadOnly.ArrayWithoutNulls(days, nameof(days));
        Array.Sort(sorted, (a, b) => a.Date.CompareTo(b.Date));
        Papers = ReadOnly.CopyWithoutNulls(papers ?? [], nameof(papers));
        var problems = Check(year, sorted);
        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }

        Days = ReadOnly.Wrap(sorted);
    }

    /// <summary>The year the notice is for.</summary>
    public int Year { get; }

    /// <summary>The listed days, in date order.</summary>
    public IReadOnlyList<NoticeDay> Days { get; }

    /// <summary>Where the notice is published, as given.</summary>
    public IReadOnlyList<string> Papers { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Year} notice ({Days.Count} days)";

    /// <summary>Whether <paramref name="other"/> lists exactly the same days (papers are not compared).</summary>
    internal bool ListsSameDays(HolidayNotice other) => Year == other.Year && Days.SequenceEqual(other.Days);

    /// <summary>What is wrong with the days of a notice for <paramref name="year"/>, each in a sentence; empty when nothing is.</summary>
    internal static List<string> Problems(int year, IEnumerable<NoticeDay> days)
    {
        var sorted = days.ToArray();
        Array.Sort(sorted, (a, b) => a.Date.CompareTo(b.Date));
        return Check(year, sorted);
    }

    private static List<string> Check(int year, NoticeDay[] sortedDays)
    {
        var problems = new List<string>();
        if (sortedDays.Length == 0)
        {
            problems.Add($"the {year} notice lists no days; a notice that has not been published cannot be added.");
        }

        var first = new LocalDate(year - 1, 12, 1);
        var last = new LocalDate(year, 12, 31);
        for (var i = 0; i < sortedDays.Length; i++)
        {
            var day = sortedDays[i];
            if (day.Date < first || day.Date > last)
            {
                problems.Add($"{day.Date.ToIso()}: the {year} notice can list days from {first.ToIso()} to {last.ToIso()} only.");
            }

            if (i > 0 && sortedDays[i - 1].Date == day.Date)
            {
                problems.Add(sortedDays[i - 1].IsOffDay == day.IsOffDay
                    ? $"{day.Date.ToIso()}: listed twice in the {year} notice."
                    : $"{day.Date.ToIso()}: listed both as a day off and as a working day in the {year} notice.");
            }
        }

        return problems;
    }
}
