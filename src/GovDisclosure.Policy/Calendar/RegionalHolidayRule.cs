namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// A regional holiday regular enough to estimate before its notice (§11), opted into with
/// <see cref="ChinaWorkingDayCalendar.WithRegionalEstimates"/>. The estimate lists the rule's days off only; the region's notice may
/// move days next to them and add make-up days, so every year estimated is provisional, like a provisional national year (D1).
/// </summary>
/// <remarks>A closed set; it converts implicitly to <see cref="int"/>, so <c>Console.WriteLine(rule)</c> prints a number — print its <see cref="BilingualPolicyEnum{TEnum}.Label"/>.</remarks>
public sealed class RegionalHolidayRule : BilingualPolicyEnum<RegionalHolidayRule>
{
    /// <summary>
    /// 壮族三月三 in the Guangxi Zhuang Autonomous Region (450000): the 3rd and 4th days of the third lunar month off, every year since 2014.
    /// The ordinary third month is meant, never a leap month, and a leap month before it (2023's leap second month) moves it a month on.
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

    /// <summary>The estimated days off of <paramref name="year"/>, named by the holiday; empty before <see cref="FirstYear"/>.</summary>
    /// <param name="year">A year up to <see cref="StatutoryHolidays.LastYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years the library can compute.</exception>
    public IReadOnlyList<NoticeDay> DaysOf(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear);
        return year < FirstYear
            ? []
            : ReadOnly.Wrap(lunarDays.Select(day => new NoticeDay(StatutoryHolidays.LunarDate(year, LunarMonth, day), isOffDay: true, Label.Zh)).ToArray());
    }
}
