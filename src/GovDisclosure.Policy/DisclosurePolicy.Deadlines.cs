using System.Diagnostics.CodeAnalysis;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy;

/// <summary>The front door's Deadlines room for obligations: one key (<see cref="ObligationKey"/>) for every catalog's row, one due date, one batch.</summary>
public sealed partial class DisclosurePolicy
{
    /// <summary>The deadline rule of <paramref name="obligation"/>: an entry's (D4–D8, or the profile's), a county row's (D35), or the statutory
    /// rule for an item no entry covers (D3).</summary>
    /// <param name="obligation">An obligation of this policy; a <see cref="ScheduleEntry"/> converts to its key.</param>
    /// <exception cref="ArgumentNullException"><paramref name="obligation"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy has no rule for the obligation: a profile removed the entry, the catalog or row is not in
    /// the policy, the row is disclosed on request only, or an entry wholly covers the item; see <see cref="TryGetRule"/>.</exception>
    /// <returns>The rule, with its source.</returns>
    public DeadlineRule GetRule(ObligationKey obligation) => deadlines.RuleFor(obligation, nameof(obligation));

    /// <summary>Finds the deadline rule of <paramref name="obligation"/>; false, never an exception, when the policy has none for it.</summary>
    /// <param name="obligation">An obligation; may be null.</param>
    /// <param name="rule">The rule, or null.</param>
    /// <returns>Whether the policy has a rule for the obligation.</returns>
    public bool TryGetRule([NotNullWhen(true)] ObligationKey? obligation, [MaybeNullWhen(false)] out DeadlineRule rule)
    {
        rule = null;
        return obligation is not null && deadlines.TryGetRule(obligation, out rule);
    }

    /// <summary>
    /// When <paramref name="obligation"/>'s disclosure is due (D2–D8, D35). For an event-driven obligation (immediate, per batch, standing, a row
    /// counted from its event) <paramref name="date"/> is the event date; for a monthly, quarterly or yearly one it may be any day of the
    /// reporting period, and the deadline counts from the period's end (from its start for YR1). An item no entry covers takes the statutory
    /// period from the day it was formed (D3).
    /// </summary>
    /// <param name="obligation">An obligation of this policy: a <see cref="ScheduleEntry"/> (it converts), <see cref="ObligationKey.Of(DisclosureItem)"/>,
    /// or a county row's key (<see cref="CountyCatalog.KeyOf(string)"/>, <see cref="ObligationKey.InCatalog"/>).</param>
    /// <param name="date">The event date, or a day of the reporting period.</param>
    /// <returns>The deadline, its <see cref="Deadline.Basis"/> an <see cref="ObligationBasis"/> naming the key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obligation"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy has no rule for the obligation (the message says why), or <paramref name="date"/> is not
    /// an ISO date.</exception>
    /// <exception cref="CalendarCoverageException">The count needs a day the calendar does not hold. With provisional years in the calendar the
    /// answer comes instead, flagged <see cref="Deadline.IsProvisional"/>; <see cref="DueDateOrBeyond"/> answers a count that runs past the
    /// calendar's end without an exception.</exception>
    public Deadline DueDate(ObligationKey obligation, LocalDate date) => deadlines.DueDate(obligation, date);

    /// <summary>
    /// What <see cref="DueDate"/> gives, or "due beyond the calendar" with the years the calendar lacks when the count starts inside the calendar
    /// and ends past its last day (D41) — a year in progress, not an error.
    /// </summary>
    /// <param name="obligation">An obligation of this policy.</param>
    /// <param name="date">The event date, or a day of the reporting period.</param>
    /// <returns>The deadline, or the day the count starts and the years missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obligation"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy has no rule for the obligation, or <paramref name="date"/> is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException">The count starts outside the calendar.</exception>
    public DueDateResult DueDateOrBeyond(ObligationKey obligation, LocalDate date) => deadlines.DueDateOrBeyond(obligation, date);

    /// <summary>
    /// The due dates of many obligations at once: <c>results[i]</c> becomes <c>DueDate(obligations[i], dates[i]).Due</c>, with no explanation
    /// built and nothing allocated. Keys from <see cref="ScheduleEntry.Key"/> and <see cref="CountyCatalog.KeyOf(string)"/> find their rules at once;
    /// ask <see cref="DueDate"/> for the one deadline that needs explaining, and
    /// <see cref="IWorkingDayCalendar.IsProvisional(LocalDate, LocalDate)"/> whether a date rests on provisional days.
    /// </summary>
    /// <param name="obligations">Obligations of this policy, of any catalogs.</param>
    /// <param name="dates">The event dates, or days of the reporting periods; as long as <paramref name="obligations"/>.</param>
    /// <param name="results">Receives the due dates; at least as long as <paramref name="obligations"/>.</param>
    /// <exception cref="ArgumentException">The spans' lengths do not match; an obligation is null or has no rule in this policy; a date is not an
    /// ISO date. The message names the index.</exception>
    /// <exception cref="CalendarCoverageException">A count needs a day the calendar does not hold; the parameter name gives the index.
    /// Results before it have been written.</exception>
    public void DueDates(ReadOnlySpan<ObligationKey> obligations, ReadOnlySpan<LocalDate> dates, Span<LocalDate> results) =>
        deadlines.DueDates(obligations, dates, results);

    /// <summary>
    /// The last day a county row's item must stay posted (公示期, D35) when published on <paramref name="publishedOn"/>: the N-th working day
    /// after it. Null when the row's time limit has no posting period, and for the built-in catalog, which has none.
    /// </summary>
    /// <param name="obligation">An obligation of this policy.</param>
    /// <param name="publishedOn">The day the item was published.</param>
    /// <returns>The last day of the posting period, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obligation"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy has no rule for the obligation, or <paramref name="publishedOn"/> is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException">The count needs a day the calendar does not hold.</exception>
    public LocalDate? PostingEnd(ObligationKey obligation, LocalDate publishedOn) => deadlines.PostingEnd(obligation, publishedOn);
}
