using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// The deadlines a calendar change moved: recomputes deadlines already given on a new calendar — the next year's notice in place of a
/// provisional year, an emergency notice extending a holiday (the 2020 Spring Festival, announced on 27 January), a regional notice — and
/// lists each one whose due date moved or whose provisional answer became official (or provisional).
/// </summary>
/// <remarks>
/// Works on any <see cref="Deadline"/>: a schedule entry's or a catalog row's, a decision stage's (D29 keeps a stage's deadline on or after
/// the stage), a request's reply (its clock counted again past the same stopped stretches, with the same extension and deferral) and its
/// redress periods, and deadlines read back from their JSON form (<c>PolicyJson.ReadDeadlines</c>). An annual report's date is fixed (D34):
/// its rule gives the same date on any calendar. A request's stopped stretches are those its deadline lists, with their dates as given.
/// </remarks>
public static class DeadlineChanges
{
    /// <summary>Each deadline of <paramref name="given"/> whose due date or provisional status differs on <paramref name="newCalendar"/>, in the given order.</summary>
    /// <param name="given">The deadlines given earlier, each with the calendar (or, read from JSON, the days) it was computed on.</param>
    /// <param name="newCalendar">The calendar now in force.</param>
    /// <returns>The changes; empty when nothing moved.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element of <paramref name="given"/> is null.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="newCalendar"/> does not cover a deadline's days or its recount.</exception>
    public static IReadOnlyList<DeadlineChange> Between(IEnumerable<Deadline> given, IWorkingDayCalendar newCalendar)
    {
        Preconditions.CheckNotNull(given);
        Preconditions.CheckNotNull(newCalendar);
        var changes = new List<DeadlineChange>();
        foreach (var deadline in given)
        {
            Preconditions.CheckNotNull(deadline, nameof(given));
            var due = deadline.Basis.DueOn(deadline, newCalendar);
            if (due != deadline.Due || deadline.IsProvisionalOn(newCalendar, due) != deadline.IsProvisional)
            {
                // Only the days whose status turned are described again: most deadlines a change moves cross a few such days.
                var changed = deadline.Days.Where(day => newCalendar.IsWorkingDay(day.Date) != day.IsWorkingDay)
                    .Select(day => new DayStatusChange(day, newCalendar.Describe(day.Date)));
                changes.Add(new DeadlineChange(deadline, deadline.On(due, newCalendar), [.. changed]));
            }
        }

        return ReadOnly.Wrap(changes.ToArray());
    }

    /// <summary>The due date of <paramref name="deadline"/> counted again by its rule on <paramref name="calendar"/>.</summary>
    internal static LocalDate CountedByRule(Deadline deadline, IWorkingDayCalendar calendar)
    {
        var rule = deadline.Rule;
        var counted = rule.DueFrom(deadline.Trigger, calendar);
        // D29: a stage before the decision is due by the decision moved back to a working day, but never before the stage itself.
        return rule.Unit == DeadlineUnit.CalendarDaysBefore && deadline.EventDate < deadline.Trigger && counted < deadline.EventDate
            ? calendar.AddWorkingDays(deadline.EventDate, 0)
            : counted;
    }
}

/// <summary>A deadline a calendar change moved, or whose provisional answer became official: before and after, and the days that changed.</summary>
public sealed class DeadlineChange
{
    internal DeadlineChange(Deadline given, Deadline recomputed, DayStatusChange[] changedDays)
    {
        Given = given;
        Recomputed = recomputed;
        ChangedDays = ReadOnly.Wrap(changedDays);
    }

    /// <summary>The deadline as it was given.</summary>
    public Deadline Given { get; }

    /// <summary>The same deadline on the new calendar, with its days and explanation there.</summary>
    public Deadline Recomputed { get; }

    /// <summary>The due date given.</summary>
    public LocalDate OldDue => Given.Due;

    /// <summary>The due date on the new calendar.</summary>
    public LocalDate NewDue => Recomputed.Due;

    /// <summary>Whether the due date moved.</summary>
    public bool DueMoved => OldDue != NewDue;

    /// <summary>Whether the given answer rested on provisional days and the new one rests on published notices only.</summary>
    public bool BecameOfficial => Given.IsProvisional && !Recomputed.IsProvisional;

    /// <summary>The days the given deadline counted over whose status (working or not) the new calendar changed, in date order.</summary>
    public IReadOnlyList<DayStatusChange> ChangedDays { get; }

    /// <summary>What changed and why, in Chinese and English.</summary>
    public BilingualText Explanation => explanation ??= new(ExplanationZh, ExplanationEn);

    private BilingualText? explanation;   // made on first read; racing threads make equal texts

    /// <summary>The change in English, for example <c>IM1: due 2020-02-18, now 2020-02-21; 2020-01-31 working → off (春节); …</c>.</summary>
    internal string ExplanationEn =>
        $"{Given.Subject}: due {OldDue.ToIso()}, " + (DueMoved ? $"now {NewDue.ToIso()}" : "unchanged") +
        string.Concat(ChangedDays.Select(day => "; " + day.DescriptionEn)) +
        (BecameOfficial ? "; no longer provisional" : Recomputed.IsProvisional && !Given.IsProvisional ? "; now provisional" : "") + ".";

    /// <summary>The change in Chinese, for example <c>IM1：期限由2020-02-18变为2020-02-21；2020-01-31 工作日→节假日（春节）；…</c>.</summary>
    internal string ExplanationZh =>
        $"{Given.Subject}：" + (DueMoved ? $"期限由{OldDue.ToIso()}变为{NewDue.ToIso()}" : $"期限{OldDue.ToIso()}不变") +
        string.Concat(ChangedDays.Select(day => "；" + day.DescriptionZh)) +
        (BecameOfficial ? "；已由推定转为正式通知" : Recomputed.IsProvisional && !Given.IsProvisional ? "；改为暂按推定" : "") + "。";

    /// <inheritdoc />
    public override string ToString() => ExplanationEn;
}

/// <summary>A day whose status a calendar change turned: a working day that became a day off, or the other way round.</summary>
public sealed class DayStatusChange
{
    internal DayStatusChange(DayInfo before, DayInfo after) => (Before, After) = (before, after);

    /// <summary>The day.</summary>
    public LocalDate Date => Before.Date;

    /// <summary>The day as the given deadline counted it.</summary>
    public DayInfo Before { get; }

    /// <summary>The day on the new calendar.</summary>
    public DayInfo After { get; }

    /// <summary>The day's change, in Chinese and English.</summary>
    public BilingualText Description => description ??= new(DescriptionZh, DescriptionEn);

    private BilingualText? description;   // made on first read; racing threads make equal texts

    /// <summary>The change in English, for example <c>2020-01-31 working → off (春节)</c>.</summary>
    internal string DescriptionEn => $"{Date.ToIso()} {(Before.IsWorkingDay ? "working → off" : "off → working")}" + Why(After);

    /// <summary>The change in Chinese, for example <c>2020-01-31 工作日→节假日（春节）</c>.</summary>
    internal string DescriptionZh => $"{Date.ToIso()} {Before.Kind.Label.Zh}→{After.Kind.Label.Zh}" + Why(After).Replace(" (", "（").Replace(")", "）");

    /// <inheritdoc />
    public override string ToString() => DescriptionEn;

    private static string Why(DayInfo day) => day.NoticeName is { } name ? $" ({(day.RegionName is null ? "" : day.RegionName + " ")}{name})" : "";
}
