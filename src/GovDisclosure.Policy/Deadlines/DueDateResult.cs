using GovDisclosure.Policy.Calendar;
using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// The answer to "when is this due?" when the answer may lie past the calendar's last year (D27, D41): either the <see cref="Deadline"/>, or
/// "due beyond the calendar", with the day the count starts and the years the calendar would need. A count that starts outside the calendar
/// is still a <see cref="Calendar.CalendarCoverageException"/>: that is a wrong input, not a year in progress. The evaluation, body
/// calendars, request replies and the annual report all draw the line here.
/// </summary>
/// <remarks>Immutable. Check <see cref="IsBeyondCalendar"/> or use <see cref="TryGetDeadline"/>; <see cref="Deadline"/> throws when there is none.</remarks>
public sealed class DueDateResult
{
    private readonly Deadline? deadline;

    private DueDateResult(Deadline? deadline, LocalDate countedFrom, IReadOnlyList<int> missingYears) =>
        (this.deadline, CountedFrom, MissingYears) = (deadline, countedFrom, missingYears);

    /// <summary>True when the due date lies past the calendar's last day, so there is no deadline yet.</summary>
    public bool IsBeyondCalendar => deadline is null;

    /// <summary>The deadline.</summary>
    /// <exception cref="InvalidOperationException">The due date lies beyond the calendar (<see cref="IsBeyondCalendar"/>); the message names
    /// the years to add.</exception>
    public Deadline Deadline => deadline ?? throw new InvalidOperationException(
        $"The count from {CountedFrom.ToIso()} ends beyond the calendar, which needs {string.Join(", ", MissingYears)}; there is no deadline yet.");

    /// <summary>The day the count starts: the event, or the reporting period's end (or start) the rule counts from.</summary>
    public LocalDate CountedFrom { get; }

    /// <summary>The years the calendar would need to hold the due date, in order; empty when there is a deadline.</summary>
    public IReadOnlyList<int> MissingYears { get; }

    /// <summary>The deadline, or false when the due date lies beyond the calendar; never throws.</summary>
    /// <param name="deadline">The deadline, or null.</param>
    /// <returns>Whether there is a deadline.</returns>
    public bool TryGetDeadline([MaybeNullWhen(false)] out Deadline deadline)
    {
        deadline = this.deadline;
        return deadline is not null;
    }

    /// <inheritdoc />
    public override string ToString() => deadline?.ToString() ?? $"counted from {CountedFrom.ToIso()}: due beyond the calendar, which needs {string.Join(", ", MissingYears)}";

    /// <summary>The one test of "due beyond the calendar" (D27, D41): the count starts on or after the calendar's first day and needs a day
    /// after its last. The evaluation takes it as it is (a due date past the calendar lies after the evaluation day); a question about one
    /// date also refuses a count that starts after the calendar (<see cref="StartsInsideAndEndsBeyond"/>).</summary>
    internal static bool IsBeyond(CalendarCoverageException exception, LocalDate countedFrom) =>
        IsBeyond(exception.Date, countedFrom, exception.Coverage);

    /// <summary><see cref="IsBeyond(CalendarCoverageException, LocalDate)"/> for a count that needed <paramref name="needed"/>, told without an exception.</summary>
    internal static bool IsBeyond(LocalDate needed, LocalDate countedFrom, DateInterval coverage) =>
        countedFrom >= coverage.Start && needed > coverage.End;

    /// <summary>"Due beyond the calendar" for a question about one date: the count starts inside the calendar and ends past it.</summary>
    internal static bool StartsInsideAndEndsBeyond(CalendarCoverageException exception, LocalDate countedFrom) =>
        countedFrom <= exception.Coverage.End && IsBeyond(exception, countedFrom);

    /// <summary>The deadline <paramref name="count"/> gives, or "due beyond the calendar" when the count starts at
    /// <paramref name="countedFrom"/> inside the calendar and runs past its end; any other exception passes.</summary>
    internal static DueDateResult Counting(LocalDate? countedFrom, Func<Deadline> count)
    {
        try
        {
            return Of(count());
        }
        catch (CalendarCoverageException e) when (countedFrom is { } start && StartsInsideAndEndsBeyond(e, start))
        {
            return Beyond(start, e.MissingYears);
        }
    }

    internal static DueDateResult Of(Deadline deadline) => new(deadline, deadline.Trigger, []);

    internal static DueDateResult Beyond(LocalDate countedFrom, IReadOnlyList<int> missingYears) => new(null, countedFrom, missingYears);
}
