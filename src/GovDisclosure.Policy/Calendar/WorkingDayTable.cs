using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    private readonly int firstYear;
    private readonly int yearCount;
    private readonly int[] slots;
    private readonly LocalDate[] workingDays;

    /// <summary>Builds the table of the whole years <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    /// <param name="firstYear">The first year covered.</param>
    /// <param name="lastYear">The last year covered.</param>
    /// <param name="isWorkingDay">Whether a date is a working day; given the date and its slot.</param>
    internal WorkingDayTable(int firstYear, int lastYear, Func<LocalDate, int, bool> isWorkingDay)
    {
        this.firstYear = firstYear;
        yearCount = lastYear - firstYear + 1;
        Coverage = new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
        slots = new int[SlotCount(yearCount)];
        var working = new LocalDate[slots.Length];
        var count = 0;
        for (var date = Coverage.Start; date <= Coverage.End; date = date.PlusDays(1))
        {
            var slot = SlotOf(date, firstYear);
            var isWorking = isWorkingDay(date, slot);
            if (isWorking)
            {
                working[count++] = date;
            }

            slots[slot] = (count << 1) | (isWorking ? 1 : 0);
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

    /// <summary>The batch form: one count for every start. Allocates nothing.</summary>
    internal void AddWorkingDays(ReadOnlySpan<LocalDate> starts, int n, Span<LocalDate> results)
    {
        Preconditions.CheckBatch(starts.Length, null, results.Length);
        // Beyond ±(working-day count) every start runs out; clamping keeps the sums below in int.
        var step = Math.Clamp(n, -workingDays.Length - 1, workingDays.Length + 1);
        // n <= 0 counts from the last working day strictly before the start: one more, less the start's own bit.
        var countBack = n <= 0 ? 1 : 0;
        var workingBit = n <= 0 ? 1 : 0;
        ref var table = ref MemoryMarshal.GetArrayDataReference(slots);
        ref var days = ref MemoryMarshal.GetArrayDataReference(workingDays);
        ref var result = ref MemoryMarshal.GetReference(results);
        var dayCount = (uint)workingDays.Length;
        for (var i = 0; i < starts.Length; i++)
        {
            var start = starts[i];
            var slot = SlotOrMinusOne(start);
            if (slot < 0)
            {
                ThrowOutside(start, $"starts[{i}]");
            }

            // Safe: a valid slot is inside the table (the year was range-checked, month and day come from a LocalDate).
            var packed = Unsafe.Add(ref table, slot);
            var rank = (packed >> 1) + step + countBack - (packed & workingBit);
            if ((uint)(rank - 1) >= dayCount)
            {
                ThrowRunsOut(start, n, rank, $"starts[{i}]");
            }

            Unsafe.Add(ref result, i) = Unsafe.Add(ref days, rank - 1);
        }
    }

    /// <summary>The batch form with one count per start. Allocates nothing.</summary>
    internal void AddWorkingDays(ReadOnlySpan<LocalDate> starts, ReadOnlySpan<int> counts, Span<LocalDate> results)
    {
        Preconditions.CheckBatch(starts.Length, counts.Length, results.Length);
        for (var i = 0; i < starts.Length; i++)
        {
            var start = starts[i];
            var slot = SlotOrMinusOne(start);
            if (slot < 0)
            {
                ThrowOutside(start, $"starts[{i}]");
            }

            var rank = Rank(slots[slot], counts[i]);
            if ((ulong)(rank - 1) >= (ulong)workingDays.Length)
            {
                ThrowRunsOut(start, counts[i], rank, $"starts[{i}]");
            }

            results[i] = workingDays[rank - 1];
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

    /// <summary>How many slots whole years need; slots of impossible dates (30 February) stay unused.</summary>
    internal static int SlotCount(int years) => years * SlotsPerYear;

    /// <summary>The slot of an ISO date in a table whose first year is <paramref name="firstYear"/>; the caller checks the range.</summary>
    internal static int SlotOf(LocalDate date, int firstYear) =>
        ((date.Year - firstYear) * SlotsPerYear) + ((date.Month - 1) * SlotsPerMonth) + date.Day - 1;

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
