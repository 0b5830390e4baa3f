using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// An event that starts an event-driven obligation: a document formed, a batch's result, a standing item changed, a request accepted —
/// under a schedule entry of the seed, or under a county catalog's row (a 低保 list made, D35).
/// </summary>
/// <remarks>Since 0.6.0 it names one <see cref="ObligationKey"/>, whatever the catalog.</remarks>
public sealed record DisclosureEvent
{
    /// <summary>An event of an event-driven obligation: an entry of the built-in catalog (converts from <see cref="ScheduleEntry"/>) or a row of
    /// a county catalog assigned to the body (<see cref="CountyCatalog.KeyOf(string)"/>).</summary>
    /// <param name="date">The day the event happened.</param>
    /// <param name="obligation">The obligation.</param>
    /// <param name="description">What happened, as the calendar lists it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="obligation"/> or <paramref name="description"/> is null.</exception>
    public DisclosureEvent(LocalDate date, ObligationKey obligation, string description)
    {
        Date = date;
        Obligation = Preconditions.CheckNotNull(obligation);
        Description = Preconditions.CheckNotNull(description);
    }

    /// <summary>The day the event happened.</summary>
    public LocalDate Date { get; }

    /// <summary>The obligation the event starts.</summary>
    public ObligationKey Obligation { get; }

    /// <summary>What happened.</summary>
    public string Description { get; }
}

/// <summary>One obligation of a body's calendar: what is disclosed and its deadline, whose <see cref="Deadline.Basis"/> says what it is for — an
/// obligation's key (<see cref="ObligationBasis"/>) or the annual report (<see cref="AnnualReportBasis"/>).</summary>
public sealed record ScheduledObligation
{
    /// <summary>An obligation of a calendar.</summary>
    /// <param name="description">What is disclosed.</param>
    /// <param name="deadline">Its deadline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or <paramref name="deadline"/> is null.</exception>
    public ScheduledObligation(string description, Deadline deadline)
    {
        Description = Preconditions.CheckNotNull(description);
        Deadline = Preconditions.CheckNotNull(deadline);
    }

    /// <summary>What is disclosed: the entry's description, the row's items and content, the event's description, or the report's title.</summary>
    public string Description { get; }

    /// <summary>The deadline.</summary>
    public Deadline Deadline { get; }
}

/// <summary>
/// Everything a body must disclose for a year (§3.3 with D4–D8, §10 with D35): every monthly, quarterly and yearly
/// obligation that applies at its level — of the seed's schedule and of the rows of the county catalogs assigned to it —
/// the event-driven obligations of the events given, and for a county-level-or-higher government or department the annual report on the
/// year (§9.1), in order of due date. For a year in progress, the obligations due past the working-day calendar's end are listed apart
/// (<see cref="DueBeyondCalendar"/>, D41): the calendar never fails as a whole for them.
/// </summary>
public sealed class BodyDisclosureCalendar
{
    internal BodyDisclosureCalendar(BodyObligations obligations, int year, ObligationBeyondCalendar[] beyond, ScheduledObligation[] scheduled)
    {
        Obligations = obligations;
        Year = year;
        DueBeyondCalendar = ReadOnly.Wrap(beyond);
        Scheduled = ReadOnly.Wrap(scheduled);
    }

    /// <summary>What the policy asks of the body type; a body outside the policy has an empty calendar.</summary>
    public BodyObligations Obligations { get; }

    /// <summary>The year whose reporting periods and events the calendar covers; some deadlines fall in the next year.</summary>
    public int Year { get; }

    /// <summary>The obligations by due date, then schedule order (the seed's entries, then each catalog's rows, then the annual report), then trigger.</summary>
    public IReadOnlyList<ScheduledObligation> Scheduled { get; }

    /// <summary>
    /// The obligations whose count starts inside the working-day calendar and runs past its end (D41), in the order they were met (the
    /// seed's schedule, each catalog's rows, then the events given), each naming the years the calendar is missing. Empty when every due
    /// date is known.
    /// </summary>
    public IReadOnlyList<ObligationBeyondCalendar> DueBeyondCalendar { get; }

    /// <summary>Whether any deadline rests on provisional calendar days.</summary>
    public bool IsProvisional => Scheduled.Any(obligation => obligation.Deadline.IsProvisional);
}
