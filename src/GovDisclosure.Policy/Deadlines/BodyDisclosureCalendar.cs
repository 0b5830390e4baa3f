using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// An event that starts an event-driven obligation: a document formed, a batch's result, a standing item changed, a request accepted —
/// under a schedule entry of the seed, or under a county catalog's row (a 低保 list made, D35).
/// </summary>
/// <remarks>Since 0.4.0 an ordinary record rather than a positional one: it names an entry or a row, and <see cref="Entry"/> is null for a row's event.</remarks>
public sealed record DisclosureEvent
{
    /// <summary>An event under a schedule entry.</summary>
    /// <param name="date">The event date.</param>
    /// <param name="entry">The schedule entry it falls under; an event-driven one (immediate, per batch, standing).</param>
    /// <param name="description">What happened, shown with the obligation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> or <paramref name="description"/> is null.</exception>
    public DisclosureEvent(LocalDate date, ScheduleEntry entry, string description)
    {
        Date = date;
        Entry = Preconditions.CheckNotNull(entry);
        Description = Preconditions.CheckNotNull(description);
    }

    /// <summary>An event under a county catalog's row (D35).</summary>
    /// <param name="date">The event date: the day the information was made, obtained, formed or changed, as the row's time limit names it.</param>
    /// <param name="row">The row it falls under; one whose period counts from an event.</param>
    /// <param name="description">What happened, shown with the obligation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> or <paramref name="description"/> is null.</exception>
    public DisclosureEvent(LocalDate date, CatalogRow row, string description)
    {
        Date = date;
        Row = Preconditions.CheckNotNull(row);
        Description = Preconditions.CheckNotNull(description);
    }

    /// <summary>The event date.</summary>
    public LocalDate Date { get; }

    /// <summary>The schedule entry it falls under, or null for a catalog row's event.</summary>
    public ScheduleEntry? Entry { get; }

    /// <summary>The catalog row it falls under, or null for a schedule entry's event.</summary>
    public CatalogRow? Row { get; }

    /// <summary>What happened.</summary>
    public string Description { get; }
}

/// <summary>One obligation of a body's calendar: what — a schedule entry, a county catalog's row or the annual report — and by when.</summary>
/// <remarks>Since 0.4.0 an ordinary record rather than a positional one: <see cref="Entry"/> is null for a catalog row's obligation and for
/// the annual report.</remarks>
public sealed record ScheduledObligation
{
    /// <summary>An obligation under a schedule entry.</summary>
    /// <param name="entry">The schedule entry.</param>
    /// <param name="description">The entry's description, or the event's for an event-driven obligation.</param>
    /// <param name="deadline">The deadline, explained.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ScheduledObligation(ScheduleEntry entry, string description, Deadline deadline)
        : this(Preconditions.CheckNotNull(entry), null, description, deadline)
    {
    }

    /// <summary>An obligation under a county catalog's row.</summary>
    /// <param name="row">The row.</param>
    /// <param name="description">The row's items and content, or the event's for an event-driven row.</param>
    /// <param name="deadline">The deadline, explained.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ScheduledObligation(CatalogRow row, string description, Deadline deadline)
        : this(null, Preconditions.CheckNotNull(row), description, deadline)
    {
    }

    /// <summary>The annual report on a year's disclosure work (§9.1).</summary>
    /// <param name="annualReportYear">The year the report covers.</param>
    /// <param name="description">What the report is.</param>
    /// <param name="deadline">The deadline, explained.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or <paramref name="deadline"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualReportYear"/> is not between 1 and 9998.</exception>
    public ScheduledObligation(int annualReportYear, string description, Deadline deadline)
        : this(null, null, description, deadline)
    {
        Preconditions.CheckArgumentRange(nameof(annualReportYear), annualReportYear, 1, 9998);
        AnnualReportYear = annualReportYear;
    }

    private ScheduledObligation(ScheduleEntry? entry, CatalogRow? row, string description, Deadline deadline)
    {
        Entry = entry;
        Row = row;
        Description = Preconditions.CheckNotNull(description);
        Deadline = Preconditions.CheckNotNull(deadline);
    }

    /// <summary>The schedule entry, or null for a catalog row's obligation.</summary>
    public ScheduleEntry? Entry { get; }

    /// <summary>The county catalog's row, or null for a schedule entry's obligation.</summary>
    public CatalogRow? Row { get; }

    /// <summary>For the annual report (§9.1), the year it covers; otherwise null.</summary>
    public int? AnnualReportYear { get; }

    /// <summary>What the obligation is about.</summary>
    public string Description { get; }

    /// <summary>The deadline, explained.</summary>
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
