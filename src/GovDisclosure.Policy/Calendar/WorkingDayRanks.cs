using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// A working-day calendar precomputed as ranks, the form fast arithmetic runs on: the k-th working day of the
/// coverage and, for every covered date, how many working days there are from the start of the coverage up to
/// and including it. Counting working days is then two array reads. Any calendar can be turned into ranks with
/// <see cref="FromCalendar(IWorkingDayCalendar)"/>; a calendar that offers them through
/// <see cref="IRankedWorkingDayCalendar"/> gets the library's batch and evaluation speed. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Each date has a slot found from its year, month and day without division (31 slots a month, 372 a year,
/// over the whole years the coverage touches). Slots grow with dates, so one range check of the slot is the coverage
/// check. A slot holds the running count shifted left once with the date's own working-day bit below it.
/// </remarks>
public sealed class WorkingDayRanks
{
    private const int SlotsPerMonth = 31;
    private const int SlotsPerYear = 12 * SlotsPerMonth;
    /// <summary>A day no notice lists: Monday to Friday work.</summary>
    internal const sbyte Unlisted = 0;

    /// <summary>A day a notice lists as a day off.</summary>
    internal const sbyte ListedOff = 1;

    /// <summary>A day a notice lists as a working day.</summary>
    internal const sbyte ListedWorking = 2;

    private readonly int firstYear;
    private readonly int firstSlot;   // the coverage's first and last day
    private readonly int slotSpan;    // last slot − first slot
    private readonly int[] slots;
    private readonly LocalDate[] workingDays;

    /// <summary>Builds the ranks of the whole years <paramref name="firstYear"/> to <paramref name="lastYear"/> from notice listings.
    /// The official calendar comes through here on its first use, so this is plain integer calendar arithmetic.</summary>
    /// <param name="firstYear">The first year covered.</param>
    /// <param name="lastYear">The last year covered.</param>
    /// <param name="listed">By slot: <see cref="Unlisted"/>, <see cref="ListedOff"/> or <see cref="ListedWorking"/>.</param>
    internal WorkingDayRanks(int firstYear, int lastYear, sbyte[] listed)
    {
        this.firstYear = firstYear;
        slots = new int[SlotCount(lastYear - firstYear + 1)];
        Coverage = new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
        slotSpan = SlotOf(lastYear, 12, 31, firstYear);   // whole years: the first slot is 0
        var working = new LocalDate[slots.Length];
        var count = 0;
        var dayOfWeek = IsoDayOfWeekOfNewYear(firstYear);
        for (var year = firstYear; year <= lastYear; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var days = DaysInMonth(year, month);
                for (var day = 1; day <= days; day++)
                {
                    var slot = SlotOf(year, month, day, firstYear);
                    var isWorking = listed[slot] switch
                    {
                        ListedOff => false,
                        ListedWorking => true,
                        _ => dayOfWeek <= 5,
                    };
                    if (isWorking)
                    {
                        working[count++] = new LocalDate(year, month, day);
                    }

                    slots[slot] = (count << 1) | (isWorking ? 1 : 0);
                    dayOfWeek = dayOfWeek == 7 ? 1 : dayOfWeek + 1;
                }
            }
        }

        workingDays = new LocalDate[count];
        Array.Copy(working, workingDays, count);
    }

    private WorkingDayRanks(IWorkingDayCalendar calendar, DateInterval coverage)
    {
        firstYear = coverage.Start.Year;
        slots = new int[SlotCount(coverage.End.Year - firstYear + 1)];
        Coverage = coverage;
        firstSlot = SlotOf(coverage.Start, firstYear);
        slotSpan = SlotOf(coverage.End, firstYear) - firstSlot;
        var working = new List<LocalDate>(coverage.Length);
        for (var date = coverage.Start; date <= coverage.End; date = date.PlusDays(1))
        {
            var isWorking = calendar.IsWorkingDay(date);
            if (isWorking)
            {
                working.Add(date);
            }

            slots[SlotOf(date, firstYear)] = (working.Count << 1) | (isWorking ? 1 : 0);
        }

        workingDays = [.. working];
    }

    /// <summary>
    /// The ranks of any calendar, asking it <see cref="IWorkingDayCalendar.IsWorkingDay(LocalDate)"/> once for every
    /// day of its <see cref="IWorkingDayCalendar.Coverage"/>. Takes time and memory in proportion to the coverage
    /// (about 1.5 KB a year); build them once and keep them with the calendar, for example behind
    /// <see cref="IRankedWorkingDayCalendar.Ranks"/>.
    /// </summary>
    /// <param name="calendar">The calendar; its coverage must lie in ISO years 1 to 9999.</param>
    /// <returns>Ranks that agree with the calendar on every covered day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or its coverage is null.</exception>
    /// <exception cref="ArgumentException">The coverage is not in the ISO calendar.</exception>
    public static WorkingDayRanks FromCalendar(IWorkingDayCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        var coverage = Preconditions.CheckNotNull(calendar.Coverage, "calendar.Coverage");
        Preconditions.CheckIso(coverage.Start, "calendar.Coverage");
        return new WorkingDayRanks(calendar, coverage);
    }

    /// <summary>The days covered, both ends inclusive.</summary>
    public DateInterval Coverage { get; }

    /// <summary>How many working days the coverage holds.</summary>
    public int WorkingDayCount => workingDays.Length;

    /// <summary>The working day of rank <paramref name="rank"/>: 1 is the first working day of the coverage.</summary>
    /// <param name="rank">From 1 to <see cref="WorkingDayCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is outside that range.</exception>
    public LocalDate WorkingDayAt(int rank)
    {
        Preconditions.CheckArgumentRange(nameof(rank), rank, 1, workingDays.Length);
        return workingDays[rank - 1];
    }

    /// <summary>How many working days there are from the start of the coverage up to and including <paramref name="date"/>.</summary>
    /// <param name="date">A covered ISO date.</param>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public int RankThrough(LocalDate date) => RankThrough(date, nameof(date));

    /// <inheritdoc cref="IWorkingDayCalendar.IsWorkingDay(LocalDate)"/>
    public bool IsWorkingDay(LocalDate date) => IsWorkingDay(date, nameof(date));

    /// <inheritdoc cref="IWorkingDayCalendar.AddWorkingDays(LocalDate, int)"/>
    public LocalDate AddWorkingDays(LocalDate start, int n) => AddWorkingDays(start, n, nameof(start));

    /// <inheritdoc cref="IWorkingDayCalendar.WorkingDaysBetween(LocalDate, LocalDate)"/>
    public int WorkingDaysBetween(LocalDate start, LocalDate end) => RankThrough(end, nameof(end)) - RankThrough(start, nameof(start));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsWorkingDay(LocalDate date, string paramName) => (Packed(date, paramName) & 1) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int RankThrough(LocalDate date, string paramName) => Packed(date, paramName) >> 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal LocalDate AddWorkingDays(LocalDate start, int n, string paramName)
    {
        var rank = Rank(Packed(start, paramName), n);
        if ((ulong)(rank - 1) >= (ulong)workingDays.Length)
        {
            ThrowRunsOut(start, n, rank, paramName);
        }

        return workingDays[rank - 1];
    }

    /// <summary>
    /// <see cref="AddWorkingDays(LocalDate, int, string)"/> without an exception for a count the coverage cannot hold: false, with
    /// <paramref name="result"/> the day outside the coverage the count needed — the start itself, or the day after the coverage's end
    /// (before its start, counting back). A date outside the ISO calendar is false too. The hot paths' form (D27): a due date beyond the
    /// calendar is a value, and the caller decides whether it is an error.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryAddWorkingDays(LocalDate start, int n, out LocalDate result)
    {
        if (!TrySlot(start, out var slot))
        {
            result = start;
            return false;
        }

        return TryRank(Rank(slots[slot], n), out result);
    }

    /// <summary><see cref="TryAddWorkingDays(LocalDate, int, out LocalDate)"/> from a start given as a valid ISO year, month and day, so that a
    /// caller who computed them (the end of a reporting period) need not build a date.</summary>
    internal bool TryAddWorkingDays(int year, int month, int day, int n, out LocalDate result)
    {
        var slot = SlotOf(year, month, day, firstYear);
        if ((uint)(slot - firstSlot) > (uint)slotSpan)
        {
            result = new LocalDate(year, month, day);
            return false;
        }

        return TryRank(Rank(slots[slot], n), out result);
    }

    /// <summary>Whether <paramref name="date"/> is covered, and then whether it is a working day; never throws.</summary>
    internal bool TryIsWorkingDay(LocalDate date, out bool isWorkingDay)
    {
        var covered = TrySlot(date, out var slot);
        isWorkingDay = covered && (slots[slot] & 1) != 0;
        return covered;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryRank(long rank, out LocalDate result)
    {
        if ((ulong)(rank - 1) >= (ulong)workingDays.Length)
        {
            result = rank > workingDays.Length ? Coverage.End.PlusDays(1) : Coverage.Start.PlusDays(-1);
            return false;
        }

        result = workingDays[rank - 1];
        return true;
    }

    /// <summary>The batch form: <c>results[i] = AddWorkingDays(starts[i], counts?[i] ?? n)</c>. Allocates nothing; the first count the
    /// coverage cannot hold is counted again by the throwing form, which names its element.</summary>
    internal void AddWorkingDays(ReadOnlySpan<LocalDate> starts, ReadOnlySpan<int> counts, int n, Span<LocalDate> results)
    {
        for (var i = 0; i < starts.Length; i++)
        {
            var count = counts.IsEmpty ? n : counts[i];
            if (!TryAddWorkingDays(starts[i], count, out results[i]))
            {
                results[i] = AddWorkingDays(starts[i], count, $"starts[{i}]");
            }
        }
    }

    /// <summary>
    /// The rank (from 1) of the working day <paramref name="n"/> counts from a start whose slot holds
    /// <paramref name="packed"/>. n &gt; 0: the start's running count plus n. n &lt;= 0: from the last working
    /// day strictly before the start, so that 0 lands on the start (if working) or the next working day (D16).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Rank(int packed, int n) =>
        n > 0 ? (long)(packed >> 1) + n : (long)(packed >> 1) - (packed & 1) + n + 1;

    /// <summary>The slot of a covered date; throws for a date outside the coverage or not in the ISO calendar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CheckedSlot(LocalDate date, string paramName)
    {
        if (!TrySlot(date, out var slot))
        {
            ThrowOutside(date, paramName);
        }

        return slot;
    }

    /// <summary>The slot of <paramref name="date"/>, and whether it is a covered ISO date: the one coverage check every read makes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TrySlot(LocalDate date, out int slot)
    {
        slot = SlotOf(date, firstYear);
        return (uint)(slot - firstSlot) <= (uint)slotSpan && date.Calendar == CalendarSystem.Iso;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Packed(LocalDate date, string paramName) => slots[CheckedSlot(date, paramName)];

    /// <summary>The ISO day of the week (Monday 1 … Sunday 7) of 1 January of <paramref name="year"/>, by Gauss's rule.</summary>
    internal static int IsoDayOfWeekOfNewYear(int year)
    {
        var y = year - 1;
        var sundayBased = (1 + (5 * (y % 4)) + (4 * (y % 100)) + (6 * (y % 400))) % 7;   // 0 Sunday … 6 Saturday
        return sundayBased == 0 ? 7 : sundayBased;
    }

    /// <summary>The number of days in a month of the ISO calendar.</summary>
    internal static int DaysInMonth(int year, int month) =>
        month == 2 ? ((year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28) : (month is 4 or 6 or 9 or 11 ? 30 : 31);

    /// <summary>How many slots whole years need; slots of impossible dates (30 February) stay unused.</summary>
    internal static int SlotCount(int years) => years * SlotsPerYear;

    /// <summary>The slot of an ISO date in a table whose first year is <paramref name="firstYear"/>; the caller checks the range.</summary>
    internal static int SlotOf(LocalDate date, int firstYear) => SlotOf(date.Year, date.Month, date.Day, firstYear);

    /// <summary>The slot of a year, month and day in a table whose first year is <paramref name="firstYear"/>.</summary>
    internal static int SlotOf(int year, int month, int day, int firstYear) =>
        ((year - firstYear) * SlotsPerYear) + ((month - 1) * SlotsPerMonth) + day - 1;

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutside(LocalDate date, string paramName)
    {
        Preconditions.CheckIso(date, paramName);
        throw new CalendarCoverageException(paramName, date, Coverage, $"The date {date.ToIso()}");
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowRunsOut(LocalDate start, int n, long rank, string paramName)
    {
        var needed = rank > workingDays.Length ? Coverage.End.PlusDays(1) : Coverage.Start.PlusDays(-1);
        var direction = n >= 0 ? "after" : "before";
        throw new CalendarCoverageException(paramName, needed, Coverage,
            $"Counting {IsoText.Count(Math.Abs((long)n), "working day")} {direction} {start.ToIso()}");
    }
}
