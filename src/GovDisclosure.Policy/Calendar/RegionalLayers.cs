namespace GovDisclosure.Policy.Calendar;

/// <summary>One day a calendar lists beyond its national notices: a provisional national day, a regional notice's day or a regional estimate.</summary>
internal sealed class ListedDay(NoticeDay day, RegionalNotice? notice, RegionalHolidayRule? estimate)
{
    internal NoticeDay Day { get; } = day;

    internal RegionalNotice? Notice { get; } = notice;

    internal RegionalHolidayRule? Estimate { get; } = estimate;

    internal void Deconstruct(out NoticeDay listed, out RegionalNotice? regional, out RegionalHolidayRule? estimated) =>
        (listed, regional, estimated) = (Day, Notice, Estimate);
}

/// <summary>What a calendar holds beyond the notices it was built from: years added or amended at run time, provisional years, regional layers.</summary>
internal sealed record Additions(int[] CallerNoticeYears, int ProvisionalThroughYear, int[] AmendedYears, RegionalNotice[] Regional, RegionalHolidayRule[] Estimates)
{
    internal static Additions None { get; } = new([], 0, [], [], []);
}

/// <summary>
/// Regional days laid over the national ones (§11): a province's notices and estimates first, then a prefecture's, then a county's, so the
/// most local notice wins; within a region, its notice for a year replaces its estimate for that year.
/// </summary>
internal static class RegionalLayers
{
    /// <summary>Records every regional day from <paramref name="firstYear"/> to <paramref name="lastYear"/> by slot, each estimate over the days
    /// laid before it (D46), and the estimates in <paramref name="made"/>; returns the years estimated, ascending, each with the most local rule
    /// estimated for it.</summary>
    internal static SortedList<int, RegionalHolidayRule> Apply(RegionalNotice[] notices, RegionalHolidayRule[] estimates, int firstYear, int lastYear,
        int[] listing, sbyte[] listed, List<ListedDay> extra, List<RegionalEstimate> made)
    {
        var estimated = new SortedList<int, RegionalHolidayRule>();
        sbyte Listed(LocalDate date) => date.Year < firstYear || date.Year > lastYear ? WorkingDayRanks.Unlisted : listed[WorkingDayRanks.SlotOf(date, firstYear)];

        // A weekend day next to a holiday's days off (与周末连休, 2019's 清明: 5 April listed, 6–7 April not) is in the holiday period too.
        bool JoinsDayOff(LocalDate date, int step)
        {
            for (var day = date.PlusDays(step); Listed(day) != WorkingDayRanks.ListedWorking; day = day.PlusDays(step))
            {
                if (Listed(day) == WorkingDayRanks.ListedOff)
                {
                    return true;
                }

                if (!IsWeekend(day))
                {
                    return false;
                }
            }

            return false;
        }

        RegionalHolidayRule.Listing Below(LocalDate date) => Listed(date) switch
        {
            WorkingDayRanks.ListedOff => RegionalHolidayRule.Listing.Off,
            WorkingDayRanks.ListedWorking => RegionalHolidayRule.Listing.Working,
            _ => IsWeekend(date) && (JoinsDayOff(date, -1) || JoinsDayOff(date, 1)) ? RegionalHolidayRule.Listing.Off : RegionalHolidayRule.Listing.None,
        };

        foreach (var level in new Func<RegionCode, bool>[] { r => r.IsProvince, r => r.IsPrefecture, r => r.IsCounty })
        {
            foreach (var rule in estimates.Where(rule => level(rule.Region)))
            {
                for (var year = Math.Max(rule.FirstYear, firstYear); year <= lastYear; year++)
                {
                    if (!notices.Any(notice => notice.Region == rule.Region && notice.Year == year))
                    {
                        estimated[year] = rule;
                        var estimate = rule.Estimate(year, Below);
                        made.Add(estimate);
                        Lay(estimate.DaysOff, null, rule, firstYear, lastYear, listing, listed, extra);
                    }
                }
            }

            foreach (var notice in notices.Where(notice => level(notice.Region)))
            {
                Lay(notice.Days, notice, null, firstYear, lastYear, listing, listed, extra);
            }
        }

        return estimated;
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>Whether an estimated year lies between the years of two dates, in either order.</summary>
    internal static bool AnyEstimated(SortedList<int, RegionalHolidayRule> estimatedYears, int year, int otherYear)
    {
        for (var y = Math.Min(year, otherYear); y <= Math.Max(year, otherYear); y++)
        {
            if (estimatedYears.ContainsKey(y))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most local region of the layers, which lie on one line of regions; the caller gives at least one layer.</summary>
    internal static RegionCode MostLocal(RegionalNotice[] notices, RegionalHolidayRule[] estimates) =>
        notices.Select(notice => notice.Region).Concat(estimates.Select(rule => rule.Region)).MaxBy(region => region.IsCounty ? 2 : region.IsPrefecture ? 1 : 0);

    /// <summary>Why a layer for <paramref name="region"/> cannot join the others, or null when it can: a calendar is for one chain of regions.</summary>
    internal static string? Conflict(RegionalNotice[] notices, RegionalHolidayRule[] estimates, RegionCode region, string regionName)
    {
        var held = notices.Select(notice => (notice.Region, notice.RegionName)).Concat(estimates.Select(rule => (rule.Region, rule.RegionName)))
            .FirstOrDefault(layer => !layer.Region.Contains(region) && !region.Contains(layer.Region));
        return held.RegionName is null ? null
            : $"the calendar holds days of {held.Region} {held.RegionName}; {region} {regionName} is not within it nor it within {region}, so its days belong " +
              "to a calendar of its own (lay them over the national calendar).";
    }

    /// <summary>The layers in a line for <see cref="ChinaWorkingDayCalendar.DataVersion"/>, for example <c>region 450000 广西壮族自治区: notices 2017, 2023</c>.</summary>
    internal static string Describe(RegionalNotice[] notices, RegionalHolidayRule[] estimates, SortedList<int, RegionalHolidayRule> estimatedYears)
    {
        var parts = notices.GroupBy(notice => (notice.Region, notice.RegionName)).OrderBy(group => group.Key.Region)
            .Select(group => $"{group.Key.Region} {group.Key.RegionName}: notices {string.Join(", ", group.Select(notice => notice.Year).Order())}")
            .Concat(estimates.Select(rule => $"{rule.Region} {rule.Label.Zh} estimated" +
                                             (estimatedYears.Count == 0 ? " in no covered year" : $" {estimatedYears.Keys[0]}–{estimatedYears.Keys[^1]} (provisional)")));
        return "region " + string.Join("; ", parts);
    }

    private static void Lay(IReadOnlyList<NoticeDay> days, RegionalNotice? notice, RegionalHolidayRule? estimate, int firstYear, int lastYear, int[] listing,
        sbyte[] listed, List<ListedDay> extra)
    {
        foreach (var day in days)
        {
            if (day.Date.Year < firstYear || day.Date.Year > lastYear)
            {
                continue;
            }

            extra.Add(new ListedDay(day, notice, estimate));
            var slot = WorkingDayRanks.SlotOf(day.Date, firstYear);
            listing[slot] = -extra.Count;
            listed[slot] = day.IsOffDay ? WorkingDayRanks.ListedOff : WorkingDayRanks.ListedWorking;
        }
    }
}
