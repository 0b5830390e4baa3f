using System.Globalization;
using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy;

// How notices are layered into one table: consecutive years, one status per day, the provisional years' statutory
// holidays, and a notice offered twice. The query surface is in ChinaWorkingDayCalendar.cs.
public sealed partial class ChinaWorkingDayCalendar
{
    /// <summary>Throws when <paramref name="table"/> disagrees with <paramref name="isWorkingDay"/> anywhere in the table's coverage.</summary>
    /// <exception cref="CalendarDataException">Every day that disagrees, and the totals.</exception>
    internal static void CheckTable(WorkingDayRanks table, Func<LocalDate, bool> isWorkingDay)
    {
        var problems = new List<string>();
        var rank = 0;
        for (var date = table.Coverage.Start; date <= table.Coverage.End; date = date.PlusDays(1))
        {
            var expected = isWorkingDay(date);
            if (table.IsWorkingDay(date, nameof(date)) != expected)
            {
                problems.Add($"{date.ToIso()}: the table says {(expected ? "off" : "working")}, the notices say {(expected ? "working" : "off")}.");
            }

            rank += expected ? 1 : 0;
            var tableRank = table.RankThrough(date, nameof(date));
            if (tableRank != rank)
            {
                problems.Add($"{date.ToIso()}: the running count of working days is {tableRank}, expected {rank}.");
            }
        }

        if (rank != table.WorkingDayCount)
        {
            problems.Insert(0, $"the table lists {table.WorkingDayCount} working days; the notices give {rank}.");   // first: it sums up the days below
        }

        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }
    }

    private static void CheckConsecutive(int[] sortedYears, List<string> problems)
    {
        for (var i = 1; i < sortedYears.Length; i++)
        {
            if (sortedYears[i] != sortedYears[i - 1] + 1)
            {
                problems.Add(NotConsecutive(sortedYears[i - 1], sortedYears[i]));
            }
        }

        if (sortedYears.Length == 0)
        {
            problems.Add("a calendar needs at least one notice.");
        }

        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }
    }

    private static string NotConsecutive(int year, int next) => year == next
        ? $"two notices for {year}; a calendar holds one notice per year."
        : $"no notice for {year + 1}–{next - 1}; notices must cover consecutive years.";

    /// <summary>
    /// Records in <paramref name="listing"/> the slot of every listed day from <paramref name="firstYear"/> to
    /// <paramref name="lastYear"/> (days before, such as the 2007 notice's 2006-12-30, stay in their notice
    /// only), reporting a day that two notices list differently.
    /// </summary>
    private static void Merge(NoticeData data, int firstYear, int lastYear, int[] listing, sbyte[] listed, List<string> problems)
    {
        for (var k = 0; k < data.DayYear.Length; k++)
        {
            var year = data.DayYear[k];
            if (year < firstYear || year > lastYear)
            {
                continue;
            }

            var slot = WorkingDayRanks.SlotOf(year, data.DayMonth[k], data.DayOfMonth[k], firstYear);
            if (listing[slot] == 0)
            {
                listing[slot] = k + 1;
                listed[slot] = data.DayIsOff[k] ? WorkingDayRanks.ListedOff : WorkingDayRanks.ListedWorking;
            }
            else if (data.DayIsOff[listing[slot] - 1] != data.DayIsOff[k])
            {
                problems.Add(Conflict(data, listing[slot] - 1, k));
            }
        }
    }

    private static string Conflict(NoticeData data, int earlier, int later)
    {
        static string Status(bool isOff) => isOff ? "a day off" : "a working day";
        return string.Format(CultureInfo.InvariantCulture, "{0}: the {1} notice lists it as {2}, the {3} notice as {4}.",
            data.DateOf(later).ToIso(),
            data.Years[data.NoticeOf(earlier)], Status(data.DayIsOff[earlier]), data.Years[data.NoticeOf(later)], Status(data.DayIsOff[later]));
    }

    /// <summary>Lists the statutory holidays of the provisional years and records them by slot, as <see cref="Merge"/> does for notices.</summary>
    private static List<ListedDay> AddProvisionalDays(int firstYear, int fromYear, int throughYear, int[] listing, sbyte[] listed)
    {
        var days = new List<ListedDay>();
        for (var year = fromYear; year <= throughYear; year++)
        {
            foreach (var day in StatutoryHolidays.ForYear(year))
            {
                days.Add(new ListedDay(day, null, null));
                var slot = WorkingDayRanks.SlotOf(day.Date, firstYear);
                listing[slot] = -days.Count;
                listed[slot] = WorkingDayRanks.ListedOff;
            }
        }

        return days;
    }

    private static string Difference(HolidayNotice held, HolidayNotice offered)
    {
        var onlyHeld = held.Days.Except(offered.Days).Select(day => $"-{day}");
        var onlyOffered = offered.Days.Except(held.Days).Select(day => $"+{day}");
        return string.Join("; ", onlyHeld.Concat(onlyOffered).Take(6));
    }

    /// <summary>Which days are statutory holiday days (D47), by table slot: the national rules of each covered year and, for a region's
    /// calendar, the region's own holidays. Made on first use; racing threads make equal tables.</summary>
    private bool[] StatutoryDays
    {
        get
        {
            if (Volatile.Read(ref statutoryDays) is { } made)
            {
                return made;
            }

            var firstYear = data.Years[0];
            var days = new bool[listing.Length];
            for (var year = Math.Max(firstYear, StatutoryHolidays.FirstYear); year <= Math.Min(Coverage.End.Year, StatutoryHolidays.LastYear); year++)
            {
                foreach (var date in StatutoryHolidays.DatesOf(year, Region))
                {
                    days[WorkingDayRanks.SlotOf(date, firstYear)] = true;
                }
            }

            Interlocked.CompareExchange(ref statutoryDays, days, null);
            return statutoryDays;
        }
    }
}
