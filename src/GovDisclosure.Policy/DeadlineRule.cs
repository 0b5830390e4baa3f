namespace GovDisclosure.Policy;

/// <summary>
/// How a deadline is computed (D2–D10, D35, D49): counted from a <see cref="DeadlineTrigger"/>, by <see cref="Offset"/>
/// <see cref="DeadlineUnit"/>s, and where the rule comes from — a default id of the policy (<c>D5</c>), a catalog row or a profile.
/// </summary>
/// <remarks>
/// Part of the rule vocabulary every room shares, so a county catalog's row holds the same rule as the seed's schedule; the
/// Deadlines room does the counting. Immutable; two rules are equal when every property is.
/// </remarks>
public sealed record DeadlineRule
{
    /// <summary>The Regulations' disclosure period, Art. 26: the statutory rule (D3), standing rows (D8) and the statutory period (D49).</summary>
    internal const int StatutoryWorkingDays = 20;

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
            throw new PolicyArgumentOutOfRangeException(nameof(offset), offset,
                $"A deadline of {offset} {unit.Label.En} ({sourceId}) is not possible; the offset must be from 0 to {unit.MaxOffset} {unit.Label.En}.");
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

    /// <summary>
    /// The Regulations' own period where a catalog names no count of days (D49: 实时, 即时, 及时 and 按进展情况及时公开): 20 working days
    /// from the day the information is formed or changed (Regulations Art. 26, as D4 for the seed's 即时).
    /// </summary>
    /// <param name="sourceId">Where the rule comes from, for example <c>D49</c> or a catalog row's name.</param>
    /// <returns>A rule whose <see cref="IsStatutoryPeriod"/> is true.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceId"/> is null.</exception>
    public static DeadlineRule StatutoryPeriod(string sourceId) =>
        new(DeadlineTrigger.EventDate, StatutoryWorkingDays, DeadlineUnit.WorkingDays, sourceId) { IsStatutoryPeriod = true };

    /// <summary>True when the rule is the Regulations' own period rather than a count of days its source states (D49).</summary>
    public bool IsStatutoryPeriod { get; private init; }

    /// <summary>The rule in words, in Chinese and English, for example "20 working days after the event (D4)".</summary>
    public BilingualText Description => new(DescriptionZh, DescriptionEn);

    /// <summary>The rule in English, for example <c>20 working days after the end of the reporting period (D5)</c>.</summary>
    internal string DescriptionEn => Unit == DeadlineUnit.CalendarDaysBefore
        ? $"{Offset} calendar days before {Trigger.Label.En} ({SourceId})"
        : $"{Offset} {Unit.Label.En} after {Trigger.Label.En}{(IsStatutoryPeriod ? ", the statutory period" : "")} ({SourceId})";

    /// <summary>The rule in Chinese, for example <c>报告期末后20个工作日内（D5）</c>.</summary>
    internal string DescriptionZh => Unit == DeadlineUnit.CalendarDaysBefore
        ? $"{Trigger.Label.Zh}{Offset}日前（{SourceId}）"
        : $"{(IsStatutoryPeriod ? "法定时限：" : "")}{Trigger.Label.Zh}后{Offset}{Unit.Label.Zh}内（{SourceId}）";

    /// <inheritdoc />
    public override string ToString() => DescriptionEn;

    /// <summary>The same rule with another source (a catalog row's name); a statutory period stays one.</summary>
    internal DeadlineRule WithSource(string sourceId) => new(Trigger, Offset, Unit, sourceId) { IsStatutoryPeriod = IsStatutoryPeriod };
}
