namespace GovDisclosure.Policy.Deadlines;

/// <summary>An event that starts an event-driven obligation: a document formed, a batch's result, a standing item changed, a request accepted.</summary>
/// <param name="Date">The event date.</param>
/// <param name="Entry">The schedule entry it falls under; an event-driven one (immediate, per batch, standing).</param>
/// <param name="Description">What happened, shown with the obligation.</param>
/// <exception cref="ArgumentNullException"><paramref name="Entry"/> or <paramref name="Description"/> is null, when created or through <c>with</c>.</exception>
public sealed record DisclosureEvent(LocalDate Date, ScheduleEntry Entry, string Description)
{
    /// <summary>The schedule entry it falls under.</summary>
    public ScheduleEntry Entry { get; init => field = Preconditions.CheckNotNull(value, nameof(Entry)); } = Preconditions.CheckNotNull(Entry);

    /// <summary>What happened.</summary>
    public string Description { get; init => field = Preconditions.CheckNotNull(value, nameof(Description)); } = Preconditions.CheckNotNull(Description);
}

/// <summary>One obligation of a body's calendar: what, and by when.</summary>
/// <param name="Entry">The schedule entry.</param>
/// <param name="Description">The entry's description, or the event's for an event-driven obligation.</param>
/// <param name="Deadline">The deadline, explained.</param>
/// <exception cref="ArgumentNullException">An argument is null, when created or through <c>with</c>.</exception>
public sealed record ScheduledObligation(ScheduleEntry Entry, string Description, Deadline Deadline)
{
    /// <summary>The schedule entry.</summary>
    public ScheduleEntry Entry { get; init => field = Preconditions.CheckNotNull(value, nameof(Entry)); } = Preconditions.CheckNotNull(Entry);

    /// <summary>What the obligation is about.</summary>
    public string Description { get; init => field = Preconditions.CheckNotNull(value, nameof(Description)); } = Preconditions.CheckNotNull(Description);

    /// <summary>The deadline, explained.</summary>
    public Deadline Deadline { get; init => field = Preconditions.CheckNotNull(value, nameof(Deadline)); } = Preconditions.CheckNotNull(Deadline);
}

/// <summary>
/// Everything a body must disclose for a year (§3.3 with D4–D8): every monthly, quarterly and yearly
/// obligation that applies at its level, and the event-driven obligations of the events given, in order
/// of due date.
/// </summary>
public sealed class BodyDisclosureCalendar
{
    internal BodyDisclosureCalendar(BodyObligations obligations, int year, ScheduledObligation[] scheduled)
    {
        Obligations = obligations;
        Year = year;
        Scheduled = ReadOnly.Wrap(scheduled);
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
