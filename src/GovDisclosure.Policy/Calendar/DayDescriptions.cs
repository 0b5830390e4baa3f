using System.Collections.ObjectModel;

namespace GovDisclosure.Policy.Calendar;

/// <summary>The days of a range described one by one: what a count of working days walked over and why each day counted or not.</summary>
internal static class DayDescriptions
{
    internal static ReadOnlyCollection<DayInfo> None => ReadOnly.Empty<DayInfo>();

    /// <summary>Every day from <paramref name="start"/> to <paramref name="end"/>, both inclusive, in date order; the caller checks the range.</summary>
    internal static ReadOnlyCollection<DayInfo> Between(IWorkingDayCalendar calendar, LocalDate start, LocalDate end)
    {
        var days = new DayInfo[Period.DaysBetween(start, end) + 1];
        for (var i = 0; i < days.Length; i++)
        {
            days[i] = calendar.Describe(start.PlusDays(i));
        }

        return ReadOnly.Wrap(days);
    }
}
