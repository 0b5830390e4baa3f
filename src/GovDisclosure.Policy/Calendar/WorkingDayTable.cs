using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Policy;

/// <summary>
/// The precomputed form of a working-day calendar that the arithmetic runs on. Each covered date has a
/// slot, found from its year, month and day without division; the slot holds the number of working days
/// from the start of coverage up to and including the date, shifted left once, with the date's own
/// working-day bit below. <c>workingDays</c> lists the working days in order, so the k-th working day of
/// the coverage is one array read away. Counting is then two reads and an addition.
/// </summary>
internal sealed class WorkingDayTable
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
    private readonly int yearCount;
    private readonly int[] slots;
    private readonly LocalDate[] workingDays;

    /// <summary>Builds the table of the whole years <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    /// <param name="firstYear">The first year covered.</param>
    /// <param name="lastYear">The last year covered.</param>
    /// <param name="listed">By slot: <see cref="Unlisted"/>, <see cref="ListedOff"/> or <see cref="ListedWorking"/>.</param>
    internal WorkingDayTable(int firstYear, int lastYear, sbyte[] listed)
    {
        this.firstYear = firstYear;
        yearCount = lastYear - firstYear + 1;
        Coverage = new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
        slots = new int[SlotCount(yearCount)];
        var working = new LocalDate[slots.Length];
        var count = 0;
        // Plain integer calendar arithmetic: this runs on the official calendar's first use.
        var dayOfWeek = IsoDayOfWeekOfNewYear(firstYear);
        for (var year = firstYear; year <= lastYear; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var days = CompactHolidayData.DaysInMonth(year, month);
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

    internal DateInterval Coverage { get; }

    internal int WorkingDayCount => workingDays.Length;

    /// <summary>The k-th working day of the coverage, counting from 1.</summary>
    internal LocalDate WorkingDayByRank(int rank) => workingDays[rank - 1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsWorkingDay(LocalDate date, string paramName) => (slots[CheckedSlot(date, paramName)] & 1) != 0;

    /// <summary>Working days from the start of coverage up to and including <paramref name="date"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int RankThrough(LocalDate date, string paramName) => slots[CheckedSlot(date, paramName)] >> 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal LocalDate AddWorkingDays(LocalDate start, int n, string paramName)
    {
        var rank = Rank(slots[CheckedSlot(start, paramName)], n);
        if ((ulong)(rank - 1) >= (ulong)workingDays.Length)
        {
            ThrowRunsOut(start, n, rank, paramName);
        }

        return workingDays[rank - 1];
    }

    /// <summary>
    /// <see cref="AddWorkingDays(LocalDate, int, string)"/> from a start given as a valid ISO year, month and
    /// day, so that a caller who computed them (the end of a reporting period) need not build a date.
    /// </summary>
    internal LocalDate AddWorkingDays(int year, int month, int day, int n, string paramName)
    {
        if ((uint)(year - firstYear) >= (uint)yearCount)
        {
            ThrowOutside(new LocalDate(year, month, day), paramName);
        }

        var rank = Rank(slots[SlotOf(year, month, day, firstYear)], n);
        if ((ulong)(rank - 1) >= (ulong)workingDays.Length)
        {
            ThrowRunsOut(new LocalDate(year, month, day), n, rank, paramName);
        }

        return workingDays[rank - 1];
    }

    /// <summary>The batch form: one count for every start. Allocates nothing.</summary>
    internal void AddWorkingDays(ReadOnlySpan<LocalDate> starts, int n, Span<LocalDate> results)
    {
        Preconditions.CheckBatch(starts.Length, null, results.Length);
        var i = 0;
        try
        {
            for (; i < starts.Length; i++)
            {
                results[i] = AddWorkingDays(starts[i], n, nameof(starts));
            }
        }
        catch (CalendarCoverageException e)
        {
            throw e.ForParameter($"starts[{i}]");
        }
    }

    /// <summary>The batch form with one count per start. Allocates nothing.</summary>
    internal void AddWorkingDays(ReadOnlySpan<LocalDate> starts, ReadOnlySpan<int> counts, Span<LocalDate> results)
    {
        Preconditions.CheckBatch(starts.Length, counts.Length, results.Length);
        var i = 0;
        try
        {
            for (; i < starts.Length; i++)
            {
                results[i] = AddWorkingDays(starts[i], counts[i], nameof(starts));
            }
        }
        catch (CalendarCoverageException e)
        {
            throw e.ForParameter($"starts[{i}]");
        }
    }

    /// <summary>
    /// The rank (from 1) of the working day <paramref name="n"/> counts from a start whose slot holds
    /// <paramref name="packed"/>. n &gt; 0: the start's running count plus n. n &lt;= 0: from the last working
    /// day strictly before the start, so that 0 lands on the start (if working) or the next working day.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Rank(int packed, int n) =>
        n > 0 ? (long)(packed >> 1) + n : (long)(packed >> 1) - (packed & 1) + n + 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CheckedSlot(LocalDate date, string paramName)
    {
        var slot = SlotOrMinusOne(date);
        if (slot < 0)
        {
            ThrowOutside(date, paramName);
        }

        return slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOrMinusOne(LocalDate date)
    {
        var year = date.Year - firstYear;
        if ((uint)year >= (uint)yearCount || date.Calendar != CalendarSystem.Iso)
        {
            return -1;
        }

        return SlotOf(date, firstYear);
    }

    /// <summary>The ISO day of the week (Monday 1 … Sunday 7) of 1 January of <paramref name="year"/>, by Gauss's rule.</summary>
    internal static int IsoDayOfWeekOfNewYear(int year)
    {
        var y = year - 1;
        var sundayBased = (1 + (5 * (y % 4)) + (4 * (y % 100)) + (6 * (y % 400))) % 7;   // 0 Sunday … 6 Saturday
        return sundayBased == 0 ? 7 : sundayBased;
    }

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
            $"Counting {Math.Abs((long)n)} working day(s) {direction} {start.ToIso()}");
    }
}
