namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// Why a day is, or is not, a working day in mainland China (D1), and which kind of day off it is (D47): a statutory holiday day
/// (法定节假日, paid at least 300 % when worked, Labour Law Art. 44) or a rest day — a weekend day, or a weekday a notice makes a day off
/// (paid at least 200 % when worked and no time off is given in lieu).
/// </summary>
/// <remarks>0.14 split 0.13's <c>PublicHoliday</c> (value 3, retired) into <see cref="StatutoryHoliday"/> and <see cref="HolidayRestDay"/>, and
/// a weekend day inside a holiday period into <see cref="Weekend"/>; the other values are unchanged.</remarks>
public sealed class DayKind : BilingualPolicyEnum<DayKind>
{
    /// <summary>A Monday to Friday that is a working day: no notice lists it, or a notice lists it as a working day.</summary>
    public static readonly DayKind Weekday = new(nameof(Weekday), 1, "工作日", "weekday", isWorkingDay: true);

    /// <summary>A Saturday or Sunday off that is not a statutory holiday day; inside a holiday period it keeps the holiday's name (D47).</summary>
    public static readonly DayKind Weekend = new(nameof(Weekend), 2, "周末", "weekend", isWorkingDay: false);

    /// <summary>
    /// A statutory holiday day (法定节假日, D47): a day of the holiday rules in force in its year (<see cref="StatutoryHolidays"/>) — or, for a
    /// region's calendar, of the region's own holiday (<see cref="RegionalHolidayRule"/>) — whatever the day of the week.
    /// </summary>
    public static readonly DayKind StatutoryHoliday = new(nameof(StatutoryHoliday), 5, "法定节假日", "statutory holiday", isWorkingDay: false);

    /// <summary>
    /// A weekday a notice makes a day off that no holiday rule does (D47): swapped for an adjusted working day (调休), given in lieu of a
    /// statutory day that fell on a weekend (补休), or granted outright (3 September 2015).
    /// </summary>
    public static readonly DayKind HolidayRestDay = new(nameof(HolidayRestDay), 6, "调休放假", "holiday rest day", isWorkingDay: false);

    /// <summary>An adjusted working day (调休上班): a Saturday or Sunday a notice makes a working day.</summary>
    public static readonly DayKind AdjustedWorkingDay = new(nameof(AdjustedWorkingDay), 4, "调休上班", "adjusted working day", isWorkingDay: true);

    private DayKind(string name, int value, string nameZh, string nameEn, bool isWorkingDay)
        : base(name, value, nameZh, nameEn)
    {
        IsWorkingDay = isWorkingDay;
    }

    /// <summary>Whether days of this kind are working days.</summary>
    public bool IsWorkingDay { get; }

    /// <summary>
    /// The kind of a day off on <paramref name="date"/> (D47): <see cref="StatutoryHoliday"/> when the national holiday rules in force that
    /// year make it a statutory day, or — given a region — the region's own holiday does (<see cref="RegionalHolidayRule.DaysOf(int)"/>);
    /// otherwise <see cref="Weekend"/> on a Saturday or Sunday and <see cref="HolidayRestDay"/> on a weekday. A calendar of your own returns
    /// this for each day off it describes, as the library's calendars do.
    /// </summary>
    /// <param name="date">A day off, an ISO date. Outside the years the rules are known for (<see cref="StatutoryHolidays.FirstYear"/> to
    /// <see cref="StatutoryHolidays.LastYear"/>) no day is statutory.</param>
    /// <param name="region">The region whose calendar the day is of, or null for the national calendar.</param>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date.</exception>
    public static DayKind OfDayOff(LocalDate date, RegionCode? region)
    {
        Preconditions.CheckIso(date, nameof(date));
        return OfDayOff(date, StatutoryHolidays.IsStatutoryDay(date, region));
    }

    /// <summary>The kind of a day off on <paramref name="date"/>, once it is known whether the day is statutory.</summary>
    internal static DayKind OfDayOff(LocalDate date, bool isStatutory) =>
        isStatutory ? StatutoryHoliday : date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? Weekend : HolidayRestDay;
}
