namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// A regional holiday regular enough to estimate before its notice (§11), opted into with
/// <see cref="ChinaWorkingDayCalendar.WithRegionalEstimates"/>. Its days (<see cref="DaysOf(int)"/>) are statutory days of its region (D47);
/// the estimate (D46) gives them off unless the national calendar already does, and replaces a day on a weekend by the weekday next to the
/// festival. The region's notice may still set the year otherwise, so every year estimated is provisional, like a provisional national year (D1).
/// </summary>
/// <remarks>A closed set; it converts implicitly to <see cref="int"/>, so <c>Console.WriteLine(rule)</c> prints a number — print its <see cref="BilingualPolicyEnum{TEnum}.Label"/>.</remarks>
public sealed class RegionalHolidayRule : BilingualPolicyEnum<RegionalHolidayRule>
{
    /// <summary>
    /// 壮族三月三 in the Guangxi Zhuang Autonomous Region (450000): the 3rd and 4th days of the third lunar month, every year since 2014. The
    /// ordinary third month is meant, never a leap month, and a leap month before it (2023's leap second month) moves it a month on. On a
    /// weekend the 3rd day is replaced by the Friday before and the 4th by the Monday after (D46: 2016, 2026).
    /// </summary>
    public static readonly RegionalHolidayRule GuangxiSanyuesan = new(nameof(GuangxiSanyuesan), 1, "壮族三月三", "Zhuang Sanyuesan festival",
        new RegionCode(450000), "广西壮族自治区", 2014, lunarMonth: 3, lunarDays: [3, 4]);

    private readonly int[] lunarDays;

    private RegionalHolidayRule(string name, int value, string nameZh, string nameEn, RegionCode region, string regionName, int firstYear, int lunarMonth,
        int[] lunarDays)
        : base(name, value, nameZh, nameEn)
    {
        Region = region;
        RegionName = regionName;
        FirstYear = firstYear;
        LunarMonth = lunarMonth;
        this.lunarDays = lunarDays;
    }

    /// <summary>The region whose holiday it is.</summary>
    public RegionCode Region { get; }

    /// <summary>The region's name.</summary>
    public string RegionName { get; }

    /// <summary>The first year the holiday was kept.</summary>
    public int FirstYear { get; }

    /// <summary>The lunar month of its days (an ordinary month, never a leap month).</summary>
    public int LunarMonth { get; }

    /// <summary>The festival's own days in <paramref name="year"/> (D46 step 1), named by the holiday — the region's statutory days (D47);
    /// empty before <see cref="FirstYear"/>. The days an estimate gives off also depend on the national calendar: see
    /// <see cref="ChinaWorkingDayCalendar.RegionalEstimates"/>.</summary>
    /// <param name="year">A year up to <see cref="StatutoryHolidays.LastYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years the library can compute.</exception>
    public IReadOnlyList<NoticeDay> DaysOf(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear);
        return year < FirstYear
            ? []
            : ReadOnly.Wrap(lunarDays.Select(day => new NoticeDay(StatutoryHolidays.LunarDate(year, LunarMonth, day), isOffDay: true, Label.Zh)).ToArray());
    }

    /// <summary>
    /// The estimate for <paramref name="year"/> over the calendar below (D46): a festival day that calendar gives off adds nothing and is not
    /// moved; a festival day on a weekday is off; one on a weekend is off too (a statutory day of the region) and is replaced — the first
    /// by the Friday before, the last by the Monday after. A replacement the calendar below gives off adds nothing. A day the estimate
    /// would make off that the calendar below lists as a working day stays one, left to the region's notice.
    /// </summary>
    /// <param name="year">A year from <see cref="FirstYear"/>, computable (the caller checks).</param>
    /// <param name="listing">What the calendar below lists for a date.</param>
    internal RegionalEstimate Estimate(int year, Func<LocalDate, Listing> listing)
    {
        var off = new SortedDictionary<LocalDate, NoticeDay>();
        var left = new SortedSet<LocalDate>();
        var festival = DaysOf(year);
        for (var i = 0; i < festival.Count; i++)
        {
            var date = festival[i].Date;
            if (listing(date) == Listing.Off)
            {
                continue;
            }

            Give(date);
            if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                var replacement = i == 0 ? date.Previous(IsoDayOfWeek.Friday) : date.Next(IsoDayOfWeek.Monday);
                if (listing(replacement) != Listing.Off)
                {
                    Give(replacement);
                }
            }
        }

        return new RegionalEstimate(this, year, [.. off.Values], [.. left]);

        void Give(LocalDate date)
        {
            if (listing(date) == Listing.Working)
            {
                left.Add(date);
            }
            else
            {
                off[date] = new NoticeDay(date, isOffDay: true, Label.Zh);
            }
        }
    }

    /// <summary>What the calendar below an estimate lists for a date: nothing, a day off, or a working day.</summary>
    internal enum Listing
    {
        None,
        Off,
        Working,
    }
}
