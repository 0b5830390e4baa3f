namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>
/// A working-day calendar written here, outside the library: Monday to Saturday work, Sunday rest, no holidays,
/// 2020–2030. Every member walks day by day, so it shares no code with the library's own calendar.
/// </summary>
internal class SixDayWeekCalendar : IWorkingDayCalendar
{
    public DateInterval Coverage { get; } = new(new LocalDate(2020, 1, 1), new LocalDate(2030, 12, 31));

    public bool IsWorkingDay(LocalDate date) => Covered(date, nameof(date)).DayOfWeek != IsoDayOfWeek.Sunday;

    public LocalDate AddWorkingDays(LocalDate start, int n)
    {
        var date = Covered(start, nameof(start));
        if (n == 0)
        {
            while (!IsWorkingDay(date))
            {
                date = Covered(date.PlusDays(1), nameof(start));
            }

            return date;
        }

        var step = Math.Sign(n);
        for (var counted = 0; counted < Math.Abs(n);)
        {
            date = Covered(date.PlusDays(step), nameof(start));
            counted += IsWorkingDay(date) ? 1 : 0;
        }

        return date;
    }

    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        var (from, to, sign) = start <= end ? (start, end, 1) : (end, start, -1);
        var count = 0;
        for (var date = Covered(from, nameof(start)).PlusDays(1); date <= Covered(to, nameof(end)); date = date.PlusDays(1))
        {
            count += IsWorkingDay(date) ? 1 : 0;
        }

        return sign * count;
    }

    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    public DayInfo Describe(LocalDate date) => new(date, IsWorkingDay(date) ? DayKind.Weekday : DayKind.Weekend);

    public bool IsProvisional(LocalDate start, LocalDate end)
    {
        Covered(start, nameof(start));
        Covered(end, nameof(end));
        return false;
    }

    private LocalDate Covered(LocalDate date, string paramName) =>
        Coverage.Contains(date) ? date : throw new CalendarCoverageException(paramName, date, Coverage, $"The date {date:uuuu-MM-dd}");
}

/// <summary>The same calendar, offering the library's fast path: ranks built from it once.</summary>
internal sealed class RankedSixDayWeekCalendar : SixDayWeekCalendar, IRankedWorkingDayCalendar
{
    private readonly Lazy<WorkingDayRanks> ranks;

    public RankedSixDayWeekCalendar() => ranks = new(() => WorkingDayRanks.FromCalendar(this));

    public WorkingDayRanks Ranks => ranks.Value;
}
