using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>A body's year of obligations (§2.2, §10, §9.1): every periodic obligation of the built-in catalog at its level and of the county
/// catalogs assigned to it, each event given, and its annual report.</summary>
internal sealed partial class DeadlineEngine
{
    /// <summary>A body's year of obligations: the seed's at its type's level (§2.2), and the rows that bind <paramref name="level"/> of the
    /// catalogs named in <paramref name="assignedCatalogs"/> (§10); see <see cref="DisclosurePolicy.CalendarFor(BodyType, int, IEnumerable{DisclosureEvent})"/>.</summary>
    internal BodyDisclosureCalendar CalendarFor(BodyObligations body, int year, IEnumerable<DisclosureEvent>? events, AdministrativeLevel level,
        IReadOnlyList<string> assignedCatalogs, BodyRole? role = null)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, DisclosureYears.First, DisclosureYears.Last);
        var assigned = AssignedCatalogs(assignedCatalogs, null, "body").Distinct().ToArray();
        var scheduled = new List<ScheduledObligation>();
        var beyond = new List<ObligationBeyondCalendar>();
        // paramName names the caller's input an exception is about: "year" for the periodic obligations, "events" for an event.
        void Schedule(ObligationKey obligation, string description, LocalDate date, string paramName)
        {
            var result = DueDateOrBeyond(obligation, date, paramName, paramName);
            if (result.TryGetDeadline(out var deadline))
            {
                scheduled.Add(new ScheduledObligation(description, deadline));
            }
            else
            {
                beyond.Add(new ObligationBeyondCalendar(obligation, description, result.CountedFrom, result.MissingYears));
            }
        }

        foreach (var (entry, period) in RecurringObligations(body, year))
        {
            Schedule(entry, entry.DescriptionZh, period.Start, "year");
        }

        foreach (var catalog in assigned.Select(i => catalogs[i].Catalog))
        {
            foreach (var row in catalog.Rows.Where(row => row.Binds(level) && row.IsProactive))
            {
                foreach (var part in row.TimeLimit!.Parts.Where(part => part.Cadence.IsPeriodic))
                {
                    foreach (var period in ReportingPeriod.AllOf(part.Cadence, year))
                    {
                        Schedule(ObligationKey.ForRow(catalog, row, part.Number), Describe(row), period.Start, "year");
                    }
                }
            }
        }

        foreach (var happened in events ?? [])
        {
            Preconditions.CheckNotNull(happened, nameof(events));
            CheckEvent(body, level, assigned, happened.Obligation);
            Schedule(happened.Obligation, happened.Description, happened.Date, "events");
        }

        if (AnnualReportDeadlines.Due(role, level, year, Calendar) is { } report)
        {
            scheduled.Add(new ScheduledObligation(report.Subject, report));
        }

        return new BodyDisclosureCalendar(body, year, [.. beyond], scheduled
            .OrderBy(obligation => obligation.Deadline.Due)
            .ThenBy(obligation => obligation.Deadline.Basis is ObligationBasis { Obligation: var key } ? PositionOrder(key) : int.MaxValue)
            .ThenBy(obligation => obligation.Deadline.Trigger)
            .ToArray());
    }

    /// <summary>Where an obligation sorts in a calendar: the built-in catalog's entries in the seed's order, then each county catalog's rows.</summary>
    private int PositionOrder(ObligationKey key) =>
        key.Entry is { } entry ? InOrderIndex(entry) : TryPosition(key, out var position, out _) && position >= 0 ? position : int.MaxValue - 1;

    /// <summary>An event's obligation must be event-driven and bind the body: an entry at its level (§2.2), a row of an assigned catalog that binds
    /// its level (§10).</summary>
    private void CheckEvent(BodyObligations body, AdministrativeLevel level, int[] assigned, ObligationKey obligation)
    {
        var position = Position(obligation, "events");
        var cadence = position < 0 ? Cadence.Statutory : table.Cadence(position);
        Preconditions.CheckArgument(!cadence.IsPeriodic, "events",
            "{0} is {1}; its obligations come from the reporting periods, not from events.", obligation.IsBuiltIn ? obligation.Row : $"Row {obligation.Row}", cadence.Label.En);
        if (obligation.Entry is { } entry)
        {
            if (!body.Entries.Contains(entry))
            {
                throw new PolicyArgumentException(
                    $"{entry.Code} does not apply to {IsoText.WithArticle(body.BodyType.Label.En)}: its level {body.Level.Name} does not cover it (§2.2).", "events");
            }

            return;
        }

        if (position < 0)
        {
            return;
        }

        var row = RowAt(position);
        var catalog = row.Catalog!;
        if (!assigned.Any(i => ReferenceEquals(catalogs[i].Catalog, catalog)))
        {
            throw new PolicyArgumentException($"Row {row.Number} belongs to the catalog \"{catalog.Name}\", which is not assigned to the body (§10).", "events");
        }

        if (!row.Binds(level))
        {
            throw new PolicyArgumentException(
                $"Row {row.Number} of \"{catalog.Name}\" binds {string.Join("、", row.Levels.Select(l => l.Label.Zh))}, not a body at {level.Label.Zh} (§10).", "events");
        }
    }

    /// <summary>A row's obligation as a calendar lists it: its items, then what is disclosed.</summary>
    private static string Describe(CatalogRow row) => $"{string.Join("/", row.Items)}：{row.Content}";
}
