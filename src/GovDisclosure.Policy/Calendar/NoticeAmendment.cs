namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// A later notice that changes a year's holiday notice (D1): the 70th-anniversary day off of 3 September 2015, Labour Day 2019 made
/// 1–4 May, the Spring Festival of 2020 extended to 2 February. Its days replace the notice's days on the same dates
/// (<see cref="HolidayNotice.WithAmendment"/>, <see cref="ChinaWorkingDayCalendar.WithAmendment"/>). Unlike a notice, an amendment
/// need not list every holiday. Immutable.
/// </summary>
public sealed class NoticeAmendment
{
    /// <summary>Creates, with no papers, an amendment.</summary>
    /// <param name="year">The year of the notice it amends.</param>
    /// <param name="days">The days it lists: at least one, no date twice, each in <paramref name="year"/> or in December of the year before.</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years whose holiday rules the library knows.</exception>
    /// <exception cref="CalendarDataException">The days break a rule above; every broken rule is listed.</exception>
    public NoticeAmendment(int year, IEnumerable<NoticeDay> days)
        : this(year, days, [])
    {
    }

    /// <summary>Creates an amendment.</summary>
    /// <param name="year">The year of the notice it amends.</param>
    /// <param name="days">The days it lists: at least one, no date twice, each in <paramref name="year"/> or in December of the year before.</param>
    /// <param name="papers">Where it is published (URLs); may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years whose holiday rules the library knows.</exception>
    /// <exception cref="CalendarDataException">The days break a rule above; every broken rule is listed.</exception>
    public NoticeAmendment(int year, IEnumerable<NoticeDay> days, IEnumerable<string>? papers)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear);
        var sorted = HolidayNotice.SortedDays(days, nameof(days));
        var problems = HolidayNotice.CheckListed(year, sorted, "amendment");
        if (sorted.Length == 0)
        {
            problems.Add($"the {year} amendment lists no days.");
        }

        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }

        Year = year;
        Days = ReadOnly.Wrap(sorted);
        Papers = ReadOnly.CopyWithoutNulls(papers ?? [], nameof(papers));
    }

    /// <summary>The year of the notice it amends.</summary>
    public int Year { get; }

    /// <summary>The days it lists, in date order.</summary>
    public IReadOnlyList<NoticeDay> Days { get; }

    /// <summary>Where it is published, as given.</summary>
    public IReadOnlyList<string> Papers { get; }

    /// <summary>
    /// Reads an amending notice from its text, as <see cref="HolidayNotice.ParseText"/> reads a notice. It also reads
    /// <c>延长2020年春节假期至2月2日……</c>: the holiday's days off in <paramref name="amended"/> run on to that day. The holiday's name comes
    /// from a heading, from a preamble (<c>调整2019年劳动节放假安排</c>, <c>延长……春节假期</c>) or from <paramref name="holidayName"/>;
    /// failing all three the days are named <c>其他</c>.
    /// </summary>
    /// <param name="amended">The notice it amends (its year is the amendment's).</param>
    /// <param name="text">The amendment's text.</param>
    /// <param name="holidayName">The holiday's name where the text gives none (the 2015 amendment says only "9月3日至5日调休放假"); may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="amended"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="CalendarDataException">A sentence cannot be read, a weekday or a count does not match, an extended holiday is not in
    /// <paramref name="amended"/>, or the text lists no day. Every problem is listed, quoting its line.</exception>
    public static NoticeAmendment ParseText(HolidayNotice amended, string text, string? holidayName = null)
    {
        Preconditions.CheckNotNull(amended);
        Preconditions.CheckNotNull(text);
        var read = NoticeText.Read(amended.Year, text, amended, holidayName);
        return new NoticeAmendment(amended.Year, read.Days, read.Papers);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Year} amendment ({IsoText.Count(Days.Count, "day")})";
}
