namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// How many days of a year a calendar gives each <see cref="DayKind"/> (D47): 2025 has 13 statutory holiday days and 250 working days in
/// the official calendar. Immutable.
/// </summary>
public sealed class DayKindCounts : IEquatable<DayKindCounts>
{
    private readonly Dictionary<DayKind, int> counts;   // every kind, zero included

    private DayKindCounts(int year, Dictionary<DayKind, int> counts)
    {
        Year = year;
        this.counts = counts;
    }

    /// <summary>The year counted.</summary>
    public int Year { get; }

    /// <summary>The days of <see cref="Year"/> of <paramref name="kind"/>.</summary>
    /// <param name="kind">A day kind.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public int this[DayKind kind] => counts[Preconditions.CheckNotNull(kind)];

    /// <summary>The working days: weekdays and adjusted working days.</summary>
    public int WorkingDays => this[DayKind.Weekday] + this[DayKind.AdjustedWorkingDay];

    /// <summary>The days off: statutory holiday days, holiday rest days and weekend days.</summary>
    public int DaysOff => this[DayKind.StatutoryHoliday] + this[DayKind.HolidayRestDay] + this[DayKind.Weekend];

    /// <summary>
    /// Counts every day of <paramref name="year"/> by the kind <paramref name="calendar"/> describes it as
    /// (<see cref="IWorkingDayCalendar.Describe(LocalDate)"/>).
    /// </summary>
    /// <param name="calendar">The calendar, covering the whole year.</param>
    /// <param name="year">The year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not cover every day of <paramref name="year"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside NodaTime's ISO years.</exception>
    public static DayKindCounts Of(IWorkingDayCalendar calendar, int year)
    {
        Preconditions.CheckNotNull(calendar);
        Preconditions.CheckArgumentRange(nameof(year), year, -9998, 9999);
        var counts = DayKind.InOrder.ToDictionary(kind => kind, _ => 0);
        var first = new LocalDate(year, 1, 1);
        for (var i = 0; i < CalendarSystem.Iso.GetDaysInYear(year); i++)
        {
            counts[calendar.Describe(first.PlusDays(i)).Kind]++;
        }

        return new DayKindCounts(year, counts);
    }

    /// <inheritdoc />
    public bool Equals(DayKindCounts? other) => other is not null && Year == other.Year && DayKind.InOrder.All(kind => this[kind] == other[kind]);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DayKindCounts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, WorkingDays, this[DayKind.StatutoryHoliday], this[DayKind.HolidayRestDay]);

    /// <summary>The counts in one line, for example <c>2025: 250 working days (245 weekday, 5 adjusted working day); 115 days off (13 statutory
    /// holiday, 8 holiday rest day, 94 weekend)</c>.</summary>
    /// <returns>The counts.</returns>
    public override string ToString() =>
        $"{Year}: {WorkingDays} working days ({Part(DayKind.Weekday)}, {Part(DayKind.AdjustedWorkingDay)}); " +
        $"{DaysOff} days off ({Part(DayKind.StatutoryHoliday)}, {Part(DayKind.HolidayRestDay)}, {Part(DayKind.Weekend)})";

    private string Part(DayKind kind) => $"{this[kind]} {kind.Label.En}";
}
