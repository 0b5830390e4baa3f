using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// An obligation of a body's yearly calendar whose due date lies past the working-day calendar's end (D41): its count starts inside the
/// calendar and runs out of it, so it is due after the calendar's last day — on a day the missing year's notice decides. Listed instead of
/// guessed; load that notice, or opt into provisional years, to get its date.
/// </summary>
public sealed record ObligationBeyondCalendar
{
    internal ObligationBeyondCalendar(ScheduleEntry? entry, CatalogRow? row, string description, LocalDate trigger, IReadOnlyList<int> missingYears)
    {
        (Entry, Row, Description, Trigger) = (entry, row, description, trigger);
        MissingYears = missingYears;
    }

    /// <summary>The schedule entry, for an obligation of the seed's schedule; else null.</summary>
    public ScheduleEntry? Entry { get; }

    /// <summary>The catalog row, for an obligation of a county catalog (§10); else null.</summary>
    public CatalogRow? Row { get; }

    /// <summary>What is to be disclosed.</summary>
    public string Description { get; }

    /// <summary>The day the count starts from: the event, or the end (for YR1 the start) of the reporting period.</summary>
    public LocalDate Trigger { get; }

    /// <summary>The years the calendar needs to hold to give the due date, earliest first; never empty.</summary>
    public IReadOnlyList<int> MissingYears { get; }

    /// <inheritdoc />
    public bool Equals(ObligationBeyondCalendar? other) =>
        other is not null && Entry == other.Entry && Equals(Row, other.Row) && Description == other.Description && Trigger == other.Trigger &&
        MissingYears.SequenceEqual(other.MissingYears);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Entry, Row, Description, Trigger, ReadOnly.SequenceHash(MissingYears));

    /// <inheritdoc />
    public override string ToString() =>
        $"{Entry?.Code ?? Row!.Number} from {Trigger.ToIso()}: due beyond the calendar, which needs {string.Join(", ", MissingYears)}";

    /// <summary>The scheduled obligation, or null after recording it in <paramref name="beyond"/> when its count runs past the calendar's end
    /// from a day inside it (D41). A count from a day outside the calendar is still an error.</summary>
    internal static ScheduledObligation? ScheduledOrBeyond(Func<ScheduledObligation> schedule, ScheduleEntry? entry, CatalogRow? row, string description,
        LocalDate countedFrom, IWorkingDayCalendar calendar, List<ObligationBeyondCalendar> beyond)
    {
        try
        {
            return schedule();
        }
        catch (CalendarCoverageException e) when (calendar.Coverage.Contains(countedFrom) && e.Date > calendar.Coverage.End)
        {
            beyond.Add(new ObligationBeyondCalendar(entry, row, description, countedFrom, e.MissingYears));
            return null;
        }
    }
}
