namespace GovDisclosure.Policy;

/// <summary>An event that starts an event-driven obligation: a document formed, a batch's result, a standing item changed, a request accepted.</summary>
/// <param name="Date">The event date.</param>
/// <param name="Entry">The schedule entry it falls under; an event-driven one (immediate, per batch, standing).</param>
/// <param name="Description">What happened, shown with the obligation.</param>
public sealed record DisclosureEvent(LocalDate Date, ScheduleEntry Entry, string Description);

/// <summary>One obligation of a body's calendar: what, and by when.</summary>
/// <param name="Entry">The schedule entry.</param>
/// <param name="Description">The entry's description, or the event's for an event-driven obligation.</param>
/// <param name="Deadline">The deadline, explained.</param>
public sealed record ScheduledObligation(ScheduleEntry Entry, string Description, Deadline Deadline);

/// <summary>
/// Everything a body must disclose for a year (§3.3 with D4–D8): every monthly, quarterly and yearly
/// obligation that applies at its level, and the event-driven obligations of the events given, in order
/// of due date.
/// </summary>
public sealed class BodyDisclosureCalendar
{
    internal BodyDisclosureCalendar(BodyObligations obligations, int year, IReadOnlyList<ScheduledObligation> scheduled)
    {
        Obligations = obligations;
        Year = year;
        Scheduled = scheduled;
    }

    /// <summary>What the policy asks of the body type; a body outside the policy has an empty calendar.</summary>
    public BodyObligations Obligations { get; }

    /// <summary>The year whose reporting periods and events the calendar covers; some deadlines fall in the next year.</summary>
    public int Year { get; }

    /// <summary>The obligations by due date, then schedule order, then trigger.</summary>
    public IReadOnlyList<ScheduledObligation> Scheduled { get; }

    /// <summary>Whether any deadline rests on provisional calendar days.</summary>
    public bool IsProvisional => Scheduled.Any(obligation => obligation.Deadline.IsProvisional);
}
