using System.Globalization;

namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// The public holidays of the national holiday rules in force from 2025 (全国年节及纪念日放假办法, as amended
/// by the State Council in November 2024), computed for a year: New Year's Day 1 day; Spring Festival 4 days,
/// New Year's Eve to the 3rd day of the first lunar month; Qingming 1; Labour Day 2 (1–2 May); Dragon Boat 1
/// (5th of the 5th lunar month); Mid-Autumn 1 (15th of the 8th lunar month); National Day 3 (1–3 October).
/// </summary>
/// <remarks>
/// These are the statutory days only. The yearly notice also moves days off next to weekends and adds
/// adjusted working days; no rule predicts those, so a provisional year built from these days has none.
/// Lunar dates come from <see cref="ChineseLunisolarCalendar"/>; the Qingming solar term from the
/// 21st-century term formula, which agrees with the official data for every year it holds.
/// </remarks>
public static class StatutoryHolidays
{
    /// <summary>The first year the rules in force apply to.</summary>
    public const int FirstYear = 2025;

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
        var springFestival = LunarDate(year, 1, 1);
        var days = new List<(LocalDate Date, Holiday Holiday)>
        {
            (new LocalDate(year, 1, 1), Holiday.NewYearsDay),
            (springFestival.PlusDays(-1), Holiday.SpringFestival),
            (springFestival, Holiday.SpringFestival),
            (springFestival.PlusDays(1), Holiday.SpringFestival),
            (springFestival.PlusDays(2), Holiday.SpringFestival),
            (Qingming(year), Holiday.QingmingFestival),
            (new LocalDate(year, 5, 1), Holiday.LabourDay),
            (new LocalDate(year, 5, 2), Holiday.LabourDay),
            (LunarDate(year, 5, 5), Holiday.DragonBoatFestival),
            (LunarDate(year, 8, 15), Holiday.MidAutumnFestival),
            (new LocalDate(year, 10, 1), Holiday.NationalDay),
            (new LocalDate(year, 10, 2), Holiday.NationalDay),
            (new LocalDate(year, 10, 3), Holiday.NationalDay),
        };
        return days
            .GroupBy(day => day.Date)
            .Select(group => new NoticeDay(group.Key, isOffDay: true,
                (group.Count() > 1 ? Holiday.MidAutumnAndNationalDay : group.First().Holiday).NameZh))
            .OrderBy(day => day.Date)
            .ToArray();
    }

    /// <summary>The Gregorian date of a day of the Chinese lunisolar year that starts in <paramref name="year"/>.</summary>
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
}
