namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// A regional government's notice on its own holidays for a year (§11): the days off and working days it sets for the bodies of its region
/// — 壮族三月三 in Guangxi, 藏历新年 in Tibet, 开斋节 in Xinjiang and Ningxia, an autonomous prefecture's own days. Laid over the national
/// calendar with <see cref="ChinaWorkingDayCalendar.WithRegionalNotice"/>, its days win both ways: a national make-up Saturday it lists as a
/// day off is one. It may list no day at all. Immutable.
/// </summary>
public sealed class RegionalNotice
{
    /// <summary>Creates, with no papers, a regional notice.</summary>
    /// <param name="region">The region whose government issued it.</param>
    /// <param name="regionName">The region's name, for example <c>广西壮族自治区</c>.</param>
    /// <param name="year">The year it is for, from <see cref="StatutoryHolidays.FirstYear"/> to <see cref="StatutoryHolidays.LastYear"/>.</param>
    /// <param name="days">The days it lists: no date twice, each in <paramref name="year"/> or in December of the year before; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="regionName"/>, <paramref name="days"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="region"/> is the default value, or <paramref name="regionName"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years whose holiday rules the library knows.</exception>
    /// <exception cref="CalendarDataException">The days break a rule above; every broken rule is listed.</exception>
    public RegionalNotice(RegionCode region, string regionName, int year, IEnumerable<NoticeDay> days)
        : this(region, regionName, year, days, [])
    {
    }

    /// <summary>Creates a regional notice.</summary>
    /// <param name="region">The region whose government issued it.</param>
    /// <param name="regionName">The region's name, for example <c>广西壮族自治区</c>.</param>
    /// <param name="year">The year it is for, from <see cref="StatutoryHolidays.FirstYear"/> to <see cref="StatutoryHolidays.LastYear"/>.</param>
    /// <param name="days">The days it lists: no date twice, each in <paramref name="year"/> or in December of the year before; may be empty.</param>
    /// <param name="papers">Where it is published (URLs); may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="regionName"/>, <paramref name="days"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="region"/> is the default value, or <paramref name="regionName"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years whose holiday rules the library knows.</exception>
    /// <exception cref="CalendarDataException">The days break a rule above; every broken rule is listed.</exception>
    public RegionalNotice(RegionCode region, string regionName, int year, IEnumerable<NoticeDay> days, IEnumerable<string>? papers)
    {
        Preconditions.CheckArgument(region.Value != 0, nameof(region), "A regional notice needs the code of its region, for example 450000; it was the default value.");
        Preconditions.CheckNotNull(regionName);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(regionName), nameof(regionName), "A regional notice needs the name of its region; it was blank.");
        Preconditions.CheckArgumentRange(nameof(year), year, StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear);
        var sorted = HolidayNotice.SortedDays(days, nameof(days));
        var problems = HolidayNotice.CheckListed(year, sorted, $"{region} {regionName.Trim()} notice");
        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }

        Region = region;
        RegionName = regionName.Trim();
        Year = year;
        Days = ReadOnly.Wrap(sorted);
        Papers = ReadOnly.CopyWithoutNulls(papers ?? [], nameof(papers));
    }

    /// <summary>The region whose government issued it.</summary>
    public RegionCode Region { get; }

    /// <summary>The region's name.</summary>
    public string RegionName { get; }

    /// <summary>The year it is for.</summary>
    public int Year { get; }

    /// <summary>The days it lists, in date order.</summary>
    public IReadOnlyList<NoticeDay> Days { get; }

    /// <summary>Where it is published, as given.</summary>
    public IReadOnlyList<string> Papers { get; }

    /// <summary>
    /// Reads a regional notice from its text with the reader of <see cref="HolidayNotice.ParseText"/>: the same styles, the same checks of
    /// weekdays and counts, for example <c>壮族三月三：4月21日（星期五）至23日（星期日）放假，共3天。</c>. It need not list every national holiday.
    /// </summary>
    /// <param name="region">The region whose government issued it.</param>
    /// <param name="regionName">The region's name.</param>
    /// <param name="year">The year it is for.</param>
    /// <param name="text">The notice's text.</param>
    /// <param name="holidayName">The holiday's name where the text gives no heading; may be null (the days are then named <c>其他</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="regionName"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="region"/> is the default value, or <paramref name="regionName"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years whose holiday rules the library knows.</exception>
    /// <exception cref="CalendarDataException">A sentence cannot be read, or a weekday or a count does not match; every problem quotes its line.</exception>
    public static RegionalNotice ParseText(RegionCode region, string regionName, int year, string text, string? holidayName = null)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear);
        Preconditions.CheckNotNull(text);
        var read = NoticeText.Read(year, text, amended: null, holidayName);
        return new RegionalNotice(region, regionName, year, read.Days, read.Papers);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Region} {RegionName} {Year} notice ({IsoText.Count(Days.Count, "day")})";
}
