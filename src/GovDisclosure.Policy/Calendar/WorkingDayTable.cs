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

    private readonly int firstYear;
    private readonly int yearCount;
    private readonly int[] slots;
    private readonly LocalDate[] workingDays;

    internal WorkingDayTable(int firstYear, int lastYear, Func<LocalDate, bool> isWorkingDay)
    {
        this.firstYear = firstYear;
        yearCount = lastYear - firstYear + 1;
        Coverage = new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
        slots = new int[yearCount * SlotsPerYear];
        var working = new List<LocalDate>(yearCount * 251);
        for (var date = Coverage.Start; date <= Coverage.End; date = date.PlusDays(1))
        {
            var isWorking = isWorkingDay(date);
            if (isWorking)
            {
                working.Add(date);
            }

            slots[SlotOf(date)] = (working.Count << 1) | (isWorking ? 1 : 0);
        }

        workingDays = working.ToArray();
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
        var packed = slots[CheckedSlot(start, paramName)];
        // n > 0: the rank of the start's last working day plus n. n <= 0: from the last working day strictly
        // before the start, so that 0 lands on the start (if working) or the next working day.
        var rank = n > 0 ? (long)(packed >> 1) + n : (long)(packed >> 1) - (packed & 1) + n + 1;
        if ((ulong)(rank - 1) >= (ulong)workingDays.Length)
        {
            ThrowRunsOut(start, n, rank, paramName);
        }

        return workingDays[rank - 1];
    }

    /// <summary>The batch form: one count for every start. Allocates nothing.</summary>
    internal void AddWorkingDays(ReadOnlySpan<LocalDate> starts, int n, Span<LocalDate> results)
    {
        Preconditions.CheckArgument(results.Length >= starts.Length, nameof(results),
            $"results has {results.Length} elements; it needs at least {starts.Length}, one per start.");
        var table = slots;
        var days = workingDays;
        // Fold the n <= 0 correction into the loop's constants: rank = (packed >> 1) + n, minus the
        // start's own working bit and plus one when n <= 0.
        var countBack = n <= 0;
        // Beyond ±(working-day count) every start runs out; clamping keeps the sums below in int.
        var step = Math.Clamp(n, -days.Length - 1, days.Length + 1);

        for (var i = 0; i < starts.Length; i++)
        {
            var start = starts[i];
            var slot = SlotOrMinusOne(start);
            if (slot < 0)
            {
                ThrowOutside(start, $"starts[{i}]");
            }

            var packed = table[slot];
            var rank = (packed >> 1) + step + (countBack ? 1 - (packed & 1) : 0);
            if ((uint)(rank - 1) >= (uint)days.Length)
            {
                ThrowRunsOut(start, n, rank, $"starts[{i}]");
            }

            results[i] = days[rank - 1];
        }
    }

    /// <summary>The batch form with one count per start. Allocates nothing.</summary>
    internal void AddWorkingDays(ReadOnlySpan<LocalDate> starts, ReadOnlySpan<int> counts, Span<LocalDate> results)
    {
        Preconditions.CheckArgument(counts.Length == starts.Length, nameof(counts),
            $"counts has {counts.Length} elements; it needs exactly {starts.Length}, one per start.");
        Preconditions.CheckArgument(results.Length >= starts.Length, nameof(results),
            $"results has {results.Length} elements; it needs at least {starts.Length}, one per start.");
        for (var i = 0; i < starts.Length; i++)
        {
            results[i] = AddWorkingDays(starts[i], counts[i], $"starts[{i}]");
        }
    }

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

        return (year * SlotsPerYear) + ((date.Month - 1) * SlotsPerMonth) + date.Day - 1;
    }

    private int SlotOf(LocalDate date) => ((date.Year - firstYear) * SlotsPerYear) + ((date.Month - 1) * SlotsPerMonth) + date.Day - 1;

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
