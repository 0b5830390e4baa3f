using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// The State Council General Office's yearly notice on public holidays (国务院办公厅关于…部分节假日安排的通知):
/// the days off and the adjusted working days (调休上班) it lists, and the later notices that amended it. A notice for year Y lists days
/// of Y and may list days at the end of December of Y − 1 (the 2019 notice lists 2018-12-29 to 2018-12-31). A notice is whole: it lists
/// every statutory day of its year (<see cref="StatutoryHolidays"/>) as a day off, so a notice that leaves a holiday out is refused rather
/// than read as making its days working days. Immutable.
/// </summary>
public sealed class HolidayNotice
{
    /// <summary>Creates, with no papers, a notice.</summary>
    /// <param name="year">The year the notice is for, from <see cref="StatutoryHolidays.FirstYear"/> to <see cref="StatutoryHolidays.LastYear"/>.</param>
    /// <param name="days">The days it lists: no date twice, each in <paramref name="year"/> or in December of the year before, and among
    /// them every statutory day of <paramref name="year"/> as a day off.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="CalendarDataException">The days break a rule above; every broken rule is listed, each left-out holiday by name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years whose holiday rules the library knows.</exception>
    public HolidayNotice(int year, IEnumerable<NoticeDay> days)
        : this(year, days, [])
    {
    }

    /// <summary>Creates a notice.</summary>
    /// <param name="year">The year the notice is for, from <see cref="StatutoryHolidays.FirstYear"/> to <see cref="StatutoryHolidays.LastYear"/>.</param>
    /// <param name="days">The days it lists: no date twice, each in <paramref name="year"/> or in December of the year before, and among
    /// them every statutory day of <paramref name="year"/> as a day off.</param>
    /// <param name="papers">Where the notice is published (URLs); may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="CalendarDataException">The days break a rule above; every broken rule is listed, each left-out holiday by name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years whose holiday rules the library knows.</exception>
    public HolidayNotice(int year, IEnumerable<NoticeDay> days, IEnumerable<string>? papers)
        : this(year, SortedDays(days, nameof(days)), ReadOnly.CopyWithoutNulls(papers ?? [], nameof(papers)), [])
    {
    }

    // found: receives what is wrong with the days (for TryCreate), or null to throw it instead.
    private HolidayNotice(int year, NoticeDay[] days, IReadOnlyList<string> papers, NoticeAmendment[] amendments, List<string>? found = null)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear);
        Year = year;
        Papers = papers;
        var problems = Check(year, days);
        if (found is not null)
        {
            found.AddRange(problems);
        }
        else if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }

        Days = ReadOnly.Wrap(days);
        Amendments = ReadOnly.Wrap(amendments);
    }

    /// <summary>The year the notice is for.</summary>
    public int Year { get; }

    /// <summary>The listed days, in date order, as amended.</summary>
    public IReadOnlyList<NoticeDay> Days { get; }

    /// <summary>Where the notice and its amendments are published, as given.</summary>
    public IReadOnlyList<string> Papers { get; }

    /// <summary>The amending notices laid over the original, in the order applied; empty for a notice as first published.</summary>
    public IReadOnlyList<NoticeAmendment> Amendments { get; }

    /// <summary>
    /// Reads a notice from its Chinese text, as the State Council publishes it: the short style of 2010 on
    /// (<c>二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。</c>) or the long
    /// style of 2007–2009 (<c>其中……为法定节假日……公休日调至……上班。</c>). Each heading names its holiday; a line starting with
    /// <c>http://</c> or <c>https://</c> is the notice's address and goes to <see cref="Papers"/>; lines that name no date are prose.
    /// </summary>
    /// <remarks>
    /// Ranges (<c>至</c>, <c>—</c>, <c>－</c>) give every day off, weekends included; <c>补休</c> days are days off; days before <c>上班</c> are
    /// working days; <c>与周末连休</c> lists the named day only. In the long style, a weekend day whose rest is moved (<c>公休日调至</c>)
    /// becomes a working day unless it is a day off of the holiday itself. A year written with a date is used; a December date without
    /// one is in the year before (<c>12月30日至1月1日</c>); a day without a month takes the month before it. Every weekday written
    /// (<c>（星期六）</c>, <c>（周日）</c>, <c>（星期天）</c>) is checked against its date, and every count (<c>共7天</c>, <c>共三天</c>,
    /// <c>放假1天</c>) against the days off of its sentence.
    /// Limits: digits are ASCII or full width (<c>１月１日</c>); a line has at most 1,000 characters; every date lies in
    /// <paramref name="year"/> or the December before; a count has at most three digits or is a Chinese numeral from 一 to
    /// 九千九百九十九. Reading takes time linear in the text, and a byte-order mark or the line endings change nothing.
    /// </remarks>
    /// <param name="year">The year the notice is for.</param>
    /// <param name="text">The notice's text (its arrangements; the heading and preamble may be included).</param>
    /// <returns>The notice, with <see cref="Papers"/> from its address lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years whose holiday rules the library knows.</exception>
    /// <exception cref="CalendarDataException">A sentence cannot be read, a weekday or a count does not match its dates, the text
    /// extends a holiday (an amending notice: read it with <see cref="NoticeAmendment.ParseText"/>), or the days are not a whole notice.
    /// Every problem is listed, quoting its line.</exception>
    public static HolidayNotice ParseText(int year, string text)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear);
        Preconditions.CheckNotNull(text);
        var read = NoticeText.Read(year, text, amended: null, holidayName: null);
        return new HolidayNotice(year, read.Days, read.Papers);
    }

    /// <summary>This notice with an amending notice laid over it: the amendment's days replace this notice's days on the same dates, and
    /// the days it does not list stay as they were.</summary>
    /// <param name="amendment">An amendment of this notice's year.</param>
    /// <returns>The amended notice; <see cref="Amendments"/> ends with <paramref name="amendment"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amendment"/> is null.</exception>
    /// <exception cref="CalendarDataException">The amendment is for another year, or the amended days are not a whole notice.</exception>
    public HolidayNotice WithAmendment(NoticeAmendment amendment)
    {
        Preconditions.CheckNotNull(amendment);
        if (amendment.Year != Year)
        {
            throw new CalendarDataException([$"a {amendment.Year} amendment cannot amend the {Year} notice."]);
        }

        var changed = amendment.Days.Select(day => day.Date).ToHashSet();
        return new HolidayNotice(Year, SortedDays([.. Days.Where(day => !changed.Contains(day.Date)), .. amendment.Days], nameof(amendment)), ReadOnly.Wrap<string>([.. Papers, .. amendment.Papers]), [.. Amendments, amendment]);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Year} notice ({IsoText.Count(Days.Count, "day")}" + (Amendments.Count == 0 ? ")" : $", amended {IsoText.Count(Amendments.Count, "time")})");

    /// <summary>Whether <paramref name="other"/> lists exactly the same days (papers are not compared).</summary>
    internal bool ListsSameDays(HolidayNotice other) => Year == other.Year && Days.SequenceEqual(other.Days);

    /// <summary>
    /// Creates a notice as the constructor does, but gives what is wrong with the days instead of throwing it: for readers of stored notices,
    /// which report each problem where it stands.
    /// </summary>
    /// <param name="year">The year the notice is for, from <see cref="StatutoryHolidays.FirstYear"/> to <see cref="StatutoryHolidays.LastYear"/>.</param>
    /// <param name="days">The days it lists, as the constructor takes them.</param>
    /// <param name="papers">Where the notice is published (URLs); may be empty or null.</param>
    /// <param name="notice">The notice, or null when the days break a rule.</param>
    /// <param name="problems">Every broken rule, each in a sentence (each left-out holiday by name); empty when <paramref name="notice"/> was made.</param>
    /// <returns>Whether the notice was made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or an element is null, or an element of <paramref name="papers"/> is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years whose holiday rules the library knows.</exception>
    public static bool TryCreate(int year, IEnumerable<NoticeDay> days, IEnumerable<string>? papers, [MaybeNullWhen(false)] out HolidayNotice notice,
        out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var made = new HolidayNotice(year, SortedDays(days, nameof(days)), ReadOnly.CopyWithoutNulls(papers ?? [], nameof(papers)), [], found);
        problems = ReadOnly.Wrap(found.ToArray());
        notice = found.Count == 0 ? made : null;
        return notice is not null;
    }

    /// <summary>The days of a notice, an amendment or a regional notice, copied into date order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or an element is null.</exception>
    internal static NoticeDay[] SortedDays(IEnumerable<NoticeDay> days, string paramName)
    {
        var sorted = ReadOnly.ArrayWithoutNulls(Preconditions.CheckNotNull(days, paramName), paramName);
        Array.Sort(sorted, (a, b) => a.Date.CompareTo(b.Date));
        return sorted;
    }

    /// <summary>What is wrong with a list of days for a notice or an amendment of <paramref name="year"/>: dates out of range, dates listed twice.</summary>
    internal static List<string> CheckListed(int year, NoticeDay[] sortedDays, string what)
    {
        var problems = new List<string>();
        var first = new LocalDate(year - 1, 12, 1);
        var last = new LocalDate(year, 12, 31);
        for (var i = 0; i < sortedDays.Length; i++)
        {
            var day = sortedDays[i];
            if (day.Date < first || day.Date > last)
            {
                problems.Add($"{day.Date.ToIso()}: the {year} {what} can list days from {first.ToIso()} to {last.ToIso()} only.");
            }

            if (i > 0 && sortedDays[i - 1].Date == day.Date)
            {
                problems.Add(sortedDays[i - 1].IsOffDay == day.IsOffDay
                    ? $"{day.Date.ToIso()}: listed twice in the {year} {what}."
                    : $"{day.Date.ToIso()}: listed both as a day off and as a working day in the {year} {what}.");
            }
        }

        return problems;
    }

    private static List<string> Check(int year, NoticeDay[] sortedDays)
    {
        var problems = CheckListed(year, sortedDays, "notice");
        if (sortedDays.Length == 0)
        {
            problems.Add($"the {year} notice lists no days; a notice that has not been published cannot be added.");
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var off = sortedDays.Where(day => day.IsOffDay).Select(day => day.Date).ToHashSet();
        foreach (var (holiday, dates) in StatutoryHolidays.ByHoliday(year))
        {
            var missing = dates.Where(date => !off.Contains(date)).ToArray();
            if (missing.Length > 0)
            {
                problems.Add($"the {year} notice leaves out {holiday.Label.Zh} ({holiday.Label.En}): its statutory " +
                             $"day{(missing.Length == 1 ? " " : "s ")}{string.Join(", ", missing.Select(date => date.ToIso()))} " +
                             $"{(missing.Length == 1 ? "is" : "are")} not listed as {(missing.Length == 1 ? "a day" : "days")} off " +
                             "(全国年节及纪念日放假办法, as in force that year); a notice must list every holiday of its year.");
            }
        }

        return problems;
    }
}
