namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// A regional holiday estimated for one year (D46), before the region's notice: the days it makes off, and the days it would have made off
/// that the calendar below lists as working days — left to the region's notice, which may rest on them (Guangxi 2023 did) or not.
/// Every day of an estimated year is provisional. Immutable; <see cref="ChinaWorkingDayCalendar.RegionalEstimates"/> lists them.
/// </summary>
public sealed class RegionalEstimate
{
    internal RegionalEstimate(RegionalHolidayRule rule, int year, NoticeDay[] daysOff, LocalDate[] leftToNotice)
    {
        Rule = rule;
        Year = year;
        DaysOff = ReadOnly.Wrap(daysOff);
        LeftToNotice = ReadOnly.Wrap(leftToNotice);
    }

    /// <summary>The regional holiday estimated.</summary>
    public RegionalHolidayRule Rule { get; }

    /// <summary>The year estimated.</summary>
    public int Year { get; }

    /// <summary>The days the estimate makes off, in date order: the festival's own days the calendar below does not already give off, and the
    /// weekdays that replace its days on a weekend.</summary>
    public IReadOnlyList<NoticeDay> DaysOff { get; }

    /// <summary>The days, in date order, the estimate would make off but the calendar below lists as working days (an adjusted working
    /// day): they stay working days until the region's notice says otherwise.</summary>
    public IReadOnlyList<LocalDate> LeftToNotice { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Rule.Region} {Rule.Label.Zh} {Year} (estimated): off {string.Join(", ", DaysOff.Select(day => day.Date.ToIso()))}" +
        (LeftToNotice.Count == 0 ? "" : $"; left to the region's notice {string.Join(", ", LeftToNotice.Select(date => date.ToIso()))}");
}
