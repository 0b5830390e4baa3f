namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// How a deadline is computed (D2–D10): counted from a <see cref="DeadlineTrigger"/>, by
/// <see cref="Offset"/> <see cref="DeadlineUnit"/>s, and where the rule comes from — a default id of the
/// policy (<c>D5</c>) or a profile.
/// </summary>
public sealed record DeadlineRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="trigger">The day counted from.</param>
    /// <param name="offset">How many units; from 0 to <see cref="DeadlineUnit.MaxOffset"/>.</param>
    /// <param name="unit">Working days, calendar days, or calendar days before.</param>
    /// <param name="sourceId">Where the rule comes from: a default id such as <c>D5</c>, or <c>profile "…"</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or more than a year's worth of <paramref name="unit"/>.</exception>
    public DeadlineRule(DeadlineTrigger trigger, int offset, DeadlineUnit unit, string sourceId)
    {
        Trigger = Preconditions.CheckNotNull(trigger);
        Unit = Preconditions.CheckNotNull(unit);
        SourceId = Preconditions.CheckNotNull(sourceId);
        if (offset < 0 || offset > unit.MaxOffset)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset,
                $"A deadline of {offset} {unit.NameEn} ({sourceId}) is not possible; the offset must be from 0 to {unit.MaxOffset} {unit.NameEn}.");
        }

        Offset = offset;
    }

    /// <summary>The day counted from.</summary>
    public DeadlineTrigger Trigger { get; }

    /// <summary>How many units.</summary>
    public int Offset { get; }

    /// <summary>What the offset counts.</summary>
    public DeadlineUnit Unit { get; }

    /// <summary>Where the rule comes from: a default id of the policy (<c>D3</c>…<c>D10</c>) or a profile.</summary>
    public string SourceId { get; }

    /// <summary>The rule in English, for example <c>20 working days after the end of the reporting period (D5)</c>.</summary>
    public string DescriptionEn => Unit == DeadlineUnit.CalendarDaysBefore
        ? $"{Offset} calendar days before {Trigger.NameEn} ({SourceId})"
        : $"{Offset} {Unit.NameEn} after {Trigger.NameEn} ({SourceId})";

    /// <summary>The rule in Chinese, for example <c>报告期末后20个工作日内（D5）</c>.</summary>
    public string DescriptionZh => Unit == DeadlineUnit.CalendarDaysBefore
        ? $"{Trigger.NameZh}{Offset}日前（{SourceId}）"
        : $"{Trigger.NameZh}后{Offset}{Unit.NameZh}内（{SourceId}）";

    /// <inheritdoc />
    public override string ToString() => DescriptionEn;

    /// <summary>The due date for <paramref name="trigger"/> on <paramref name="calendar"/>.</summary>
    internal LocalDate DueFrom(LocalDate trigger, IWorkingDayCalendar calendar)
    {
        if (Unit == DeadlineUnit.WorkingDays)
        {
            return calendar.AddWorkingDays(trigger, Offset);
        }

        if (Unit == DeadlineUnit.FixedCalendarMonths)
        {
            return trigger.PlusMonths(Offset);   // D34: a fixed date, whatever the calendar says of it
        }

        calendar.IsWorkingDay(trigger);   // the trigger must be covered too
        if (Unit == DeadlineUnit.CalendarDays || Unit == DeadlineUnit.CalendarMonths)
        {
            // NodaTime's PlusMonths keeps the day of the month, or takes the month's last day where it has none (D39).
            return calendar.AddWorkingDays(Unit == DeadlineUnit.CalendarDays ? trigger.PlusDays(Offset) : trigger.PlusMonths(Offset), 0);
        }

        var latest = trigger.PlusDays(-Offset);
        return calendar.IsWorkingDay(latest) ? latest : calendar.PreviousWorkingDay(latest);
    }
}
