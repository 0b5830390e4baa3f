using System.Globalization;

namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// The public holidays of the national holiday rules (全国年节及纪念日放假办法), computed for a year under the version in force
/// that year (D1):
/// <list type="bullet">
/// <item>2000–2007 (the 1999 rules): New Year's Day 1 day; Spring Festival 3 days, the 1st to the 3rd day of the first lunar month;
/// Labour Day 3 (1–3 May); National Day 3 (1–3 October).</item>
/// <item>2008–2013 (as amended in December 2007): New Year's Day 1; Spring Festival 3, New Year's Eve to the 2nd day of the first lunar
/// month; Qingming 1; Labour Day 1 (1 May); Dragon Boat 1 (5th of the 5th lunar month); Mid-Autumn 1 (15th of the 8th lunar month);
/// National Day 3.</item>
/// <item>2014–2024 (as amended in December 2013): the same, but the Spring Festival is the 1st to the 3rd day of the first lunar month.</item>
/// <item>From 2025 (as amended in November 2024): the Spring Festival 4 days, New Year's Eve to the 3rd day; Labour Day 2 (1–2 May).</item>
/// </list>
/// </summary>
/// <remarks>
/// These are the statutory days only. The yearly notice also moves days off next to weekends and adds adjusted working days; no rule
/// predicts those, so a provisional year built from these days has none. Every notice must list every statutory day as a day off
/// (<see cref="HolidayNotice"/> checks it). Lunar dates come from <see cref="ChineseLunisolarCalendar"/>, whose leap months are numbered
/// in sequence (a leap second month is month 3, so the ordinary third month is month 4); the Qingming solar term comes from the
/// 21st-century term formula, which agrees with the official data for every year it holds.
/// </remarks>
public static class StatutoryHolidays
{
    /// <summary>The first year the library knows the rules of (the 1999 rules were in force for the whole year).</summary>
    public const int FirstYear = 2000;

    /// <summary>The last year the rules can be computed for (the Qingming formula holds for 2000–2099).</summary>
    public const int LastYear = 2099;

    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>
    /// The statutory days off of <paramref name="year"/>, in date order, each named as a notice would name it.
    /// A day that belongs to two holidays (Mid-Autumn on 1–3 October) appears once, as
    /// <see cref="Holiday.MidAutumnAndNationalDay"/>.
    /// </summary>
    /// <param name="year">A year from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside that range.</exception>
    public static IReadOnlyList<NoticeDay> ForYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, FirstYear, LastYear);
        return ByHoliday(year)
            .SelectMany(holiday => holiday.Dates.Select(date => (Date: date, holiday.Holiday)))
            .GroupBy(day => day.Date)
            .Select(group => new NoticeDay(group.Key, isOffDay: true,
                (group.Count() > 1 ? Holiday.MidAutumnAndNationalDay : group.First().Holiday).Label.Zh))
            .OrderBy(day => day.Date)
            .ToArray();
    }

    /// <summary>
    /// Whether <paramref name="date"/> is a statutory holiday day (D47): a day of the national holiday rules in force in its year, or —
    /// given a region — of a regional holiday kept in that region (<see cref="RegionalHolidayRule.DaysOf(int)"/>: Guangxi's 三月三 for a
    /// calendar of Guangxi or of a prefecture or county in it). False for a date outside <see cref="FirstYear"/> to <see cref="LastYear"/>.
    /// </summary>
    /// <param name="date">An ISO date.</param>
    /// <param name="region">The region whose holidays count too, or null for the national ones only.</param>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date.</exception>
    public static bool IsStatutoryDay(LocalDate date, RegionCode? region)
    {
        Preconditions.CheckIso(date, nameof(date));
        var year = date.Year;
        if (year < FirstYear || year > LastYear)
        {
            return false;
        }

        return DatesOf(year, region).Contains(date);
    }

    /// <summary>The statutory days of <paramref name="year"/> (D47): the national rules' and, given a region, those of every regional holiday
    /// kept in it; the caller checks the year.</summary>
    internal static IEnumerable<LocalDate> DatesOf(int year, RegionCode? region)
    {
        var national = ByHoliday(year).SelectMany(holiday => holiday.Dates);
        return region is { } local
            ? national.Concat(RegionalHolidayRule.InOrder.Where(rule => rule.Region.Contains(local)).SelectMany(rule => rule.DaysOf(year)).Select(day => day.Date))
            : national;
    }

    /// <summary>Each statutory holiday of <paramref name="year"/> with its days, in the order of the rules; the caller checks the year.</summary>
    internal static (Holiday Holiday, LocalDate[] Dates)[] ByHoliday(int year)
    {
        var firstDay = LunarDate(year, 1, 1);
        // New Year's Eve is a statutory day under the 2007 and the 2024 amendments, not under the 1999 rules or the 2013 amendment.
        var startsOnEve = year is >= 2008 and <= 2013 || year >= 2025;
        var springFestival = startsOnEve ? firstDay.PlusDays(-1) : firstDay;
        var springDays = year >= 2025 ? 4 : 3;
        var labourDays = year < 2008 ? 3 : year < 2025 ? 1 : 2;
        var holidays = new List<(Holiday, LocalDate[])>
        {
            (Holiday.NewYearsDay, [new LocalDate(year, 1, 1)]),
            (Holiday.SpringFestival, Run(springFestival, springDays)),
        };
        if (year >= 2008)
        {
            holidays.Add((Holiday.QingmingFestival, [Qingming(year)]));
        }

        holidays.Add((Holiday.LabourDay, Run(new LocalDate(year, 5, 1), labourDays)));
        if (year >= 2008)
        {
            holidays.Add((Holiday.DragonBoatFestival, [LunarDate(year, 5, 5)]));
            holidays.Add((Holiday.MidAutumnFestival, [LunarDate(year, 8, 15)]));
        }

        holidays.Add((Holiday.NationalDay, Run(new LocalDate(year, 10, 1), 3)));
        return [.. holidays];
    }

    /// <summary>The Gregorian date of a day of the Chinese lunisolar year that starts in <paramref name="year"/>; never a day of a leap month.</summary>
    internal static LocalDate LunarDate(int year, int lunarMonth, int lunarDay)
    {
        // In a leap year the calendar numbers months 1–13; the leap month sits at GetLeapMonth's index,
        // so ordinary months from there on move up by one.
        var leapMonth = Lunar.GetLeapMonth(year);
        var month = leapMonth != 0 && lunarMonth >= leapMonth ? lunarMonth + 1 : lunarMonth;
        return LocalDate.FromDateTime(Lunar.ToDateTime(year, month, lunarDay, 0, 0, 0, 0));
    }

    /// <summary>The day of the Qingming solar term (solar longitude 15°), by the 21st-century term formula.</summary>
    internal static LocalDate Qingming(int year)
    {
        var y = year % 100;
        var day = (int)Math.Floor((y * 0.2422) + 4.81) - (y / 4);
        return new LocalDate(year, 4, day);
    }

    private static LocalDate[] Run(LocalDate first, int days)
    {
        var run = new LocalDate[days];
        for (var i = 0; i < days; i++)
        {
            run[i] = first.PlusDays(i);
        }

        return run;
    }
}
