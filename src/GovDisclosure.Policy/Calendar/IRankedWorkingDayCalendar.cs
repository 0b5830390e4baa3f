namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// A working-day calendar that also hands out its precomputed <see cref="WorkingDayRanks"/>: the optional fast
/// path of the calendar contract. The library's engines (batch due dates, evaluation) count on the ranks when a
/// calendar offers them and through <see cref="IWorkingDayCalendar"/> otherwise; the answers are the same.
/// <see cref="ChinaWorkingDayCalendar"/> implements it; a calendar of your own can, with
/// <see cref="WorkingDayRanks.FromCalendar(IWorkingDayCalendar)"/> built once.
/// </summary>
public interface IRankedWorkingDayCalendar : IWorkingDayCalendar
{
    /// <summary>The calendar's ranks: the same coverage and the same working days as the calendar itself.</summary>
    WorkingDayRanks Ranks { get; }
}
