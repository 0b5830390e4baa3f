namespace GovDisclosure.Policy;

/// <summary>How a deadline's offset is counted (D2).</summary>
public sealed class DeadlineUnit : BilingualPolicyEnum<DeadlineUnit>
{
    /// <summary>Working days after the trigger, the trigger itself never counted; the due date is the n-th working day (D2).</summary>
    public static readonly DeadlineUnit WorkingDays = new(nameof(WorkingDays), 1, "个工作日", "working days", maxOffset: 250);

    /// <summary>Calendar days after the trigger; a due date that is not a working day moves to the next working day (D2).</summary>
    public static readonly DeadlineUnit CalendarDays = new(nameof(CalendarDays), 2, "日", "calendar days", maxOffset: 366);

    /// <summary>Calendar days before the trigger; a due date that is not a working day moves back to the previous working day (D9).</summary>
    public static readonly DeadlineUnit CalendarDaysBefore = new(nameof(CalendarDaysBefore), 3, "日前", "calendar days before", maxOffset: 366);

    /// <summary>
    /// Calendar months after the trigger (the redress periods of §8.11): the same day of the month, or that month's last day where it has no
    /// such day (D39); a due date that is not a working day moves forward to the next working day. Only the library's own redress rules use it:
    /// a profile cannot give a disclosure rule a period in months.
    /// </summary>
    public static readonly DeadlineUnit CalendarMonths = new(nameof(CalendarMonths), 4, "个月", "calendar months", maxOffset: 12);

    /// <summary>
    /// Calendar months after the trigger, ending on a fixed calendar date that is never moved, even off a weekend or holiday: the annual
    /// report's 31 January and 31 March (§9.1, D34). Only the library's own annual-report rules use it.
    /// </summary>
    public static readonly DeadlineUnit FixedCalendarMonths = new(nameof(FixedCalendarMonths), 5, "个月（不顺延）", "calendar months (a fixed date, not moved)", maxOffset: 12);

    private DeadlineUnit(string name, int value, string nameZh, string nameEn, int maxOffset)
        : base(name, value, nameZh, nameEn)
    {
        MaxOffset = maxOffset;
    }

    /// <summary>The largest offset a rule may have in this unit: a year's worth (250 working days, 366 calendar days).</summary>
    public int MaxOffset { get; }

    /// <summary>Whether the unit counts months (<see cref="CalendarMonths"/>, <see cref="FixedCalendarMonths"/>): periods set by statute, which a profile cannot give a disclosure rule.</summary>
    public bool CountsMonths => this == CalendarMonths || this == FixedCalendarMonths;
}
