namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// Notices as parallel arrays of primitives — what the working-day tables are built from. The official
/// calendar reads this form straight from the embedded data, so its first use builds no object per day;
/// <see cref="ToNotices"/> makes the <see cref="HolidayNotice"/> objects when they are asked for.
/// Days are in date order within each notice; notices are in year order.
/// </summary>
internal sealed class NoticeData
{
    // Fields rather than properties: each getter would be one more method to compile on first use.

    /// <summary>The notice years, ascending.</summary>
    internal readonly int[] Years;

    /// <summary>Each notice's papers (URLs).</summary>
    internal readonly string[][] Papers;

    /// <summary>Where each notice's days start in the day arrays; one more entry than <see cref="Years"/>, ending at the day count.</summary>
    internal readonly int[] DayStart;

    /// <summary>Each listed day's year, month and day of month.</summary>
    internal readonly int[] DayYear;

    /// <inheritdoc cref="DayYear"/>
    internal readonly byte[] DayMonth;

    /// <inheritdoc cref="DayYear"/>
    internal readonly byte[] DayOfMonth;

    /// <summary>Whether each listed day is a day off.</summary>
    internal readonly bool[] DayIsOff;

    /// <summary>Each listed day's index into <see cref="Names"/>.</summary>
    internal readonly int[] DayName;

    /// <summary>The holiday names, as the notices spell them.</summary>
    internal readonly string[] Names;

    internal NoticeData(int[] years, string[][] papers, int[] dayStart, int[] dayYear, byte[] dayMonth, byte[] dayOfMonth, bool[] dayIsOff,
        int[] dayName, string[] names)
    {
        Years = years;
        Papers = papers;
        DayStart = dayStart;
        DayYear = dayYear;
        DayMonth = dayMonth;
        DayOfMonth = dayOfMonth;
        DayIsOff = dayIsOff;
        DayName = dayName;
        Names = names;
    }

    /// <summary>The index of the notice that lists day <paramref name="dayIndex"/>.</summary>
    internal int NoticeOf(int dayIndex)
    {
        // Starts strictly increase, since every notice lists at least one day: an exact hit is the notice itself.
        var notice = Array.BinarySearch(DayStart, dayIndex);
        return notice >= 0 ? notice : ~notice - 1;
    }

    internal static NoticeData FromNotices(IReadOnlyList<HolidayNotice> sortedNotices)
    {
        var names = new List<string>();
        var dayCount = 0;
        foreach (var notice in sortedNotices)
        {
            dayCount += notice.Days.Count;
        }

        var years = new int[sortedNotices.Count];
        var papers = new string[sortedNotices.Count][];
        var dayStart = new int[sortedNotices.Count + 1];
        var dayYear = new int[dayCount];
        var dayMonth = new byte[dayCount];
        var dayOfMonth = new byte[dayCount];
        var isOff = new bool[dayCount];
        var dayName = new int[dayCount];
        var next = 0;
        for (var n = 0; n < sortedNotices.Count; n++)
        {
            var notice = sortedNotices[n];
            years[n] = notice.Year;
            papers[n] = [.. notice.Papers];
            dayStart[n] = next;
            foreach (var day in notice.Days)
            {
                var nameIndex = names.IndexOf(day.Name);
                if (nameIndex < 0)
                {
                    nameIndex = names.Count;
                    names.Add(day.Name);
                }

                dayYear[next] = day.Date.Year;
                dayMonth[next] = (byte)day.Date.Month;
                dayOfMonth[next] = (byte)day.Date.Day;
                isOff[next] = day.IsOffDay;
                dayName[next++] = nameIndex;
            }
        }

        dayStart[^1] = next;
        return new NoticeData(years, papers, dayStart, dayYear, dayMonth, dayOfMonth, isOff, dayName, [.. names]);
    }

    /// <summary>The notices as objects; each one's constructor checks its days again.</summary>
    internal HolidayNotice[] ToNotices()
    {
        var notices = new HolidayNotice[Years.Length];
        for (var n = 0; n < notices.Length; n++)
        {
            var days = new NoticeDay[DayStart[n + 1] - DayStart[n]];
            for (var i = 0; i < days.Length; i++)
            {
                var k = DayStart[n] + i;
                days[i] = new NoticeDay(DateOf(k), DayIsOff[k], Names[DayName[k]]);
            }

            notices[n] = new HolidayNotice(Years[n], days, Papers[n]);
        }

        return notices;
    }

    /// <summary>The date of listed day <paramref name="k"/>.</summary>
    internal LocalDate DateOf(int k) => new(DayYear[k], DayMonth[k], DayOfMonth[k]);
}
