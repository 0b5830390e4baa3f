namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// When the annual report on a year's disclosure work is due (§9.1, Regulations Art. 49): a county-level-or-higher department's by
/// 31 January of the next year, a county-level-or-higher government's by 31 March. Both are fixed calendar dates, never moved off a
/// weekend or holiday (D34). Townships and villages publish none, and neither does a body whose role the register does not state.
/// </summary>
internal static class AnnualReportDeadlines
{
    private const string Source = "§9.1, D34";

    internal static readonly DeadlineRule DepartmentRule = new(DeadlineTrigger.YearReportedEnd, 1, DeadlineUnit.FixedCalendarMonths, Source);

    internal static readonly DeadlineRule GovernmentRule = new(DeadlineTrigger.YearReportedEnd, 3, DeadlineUnit.FixedCalendarMonths, Source);

    /// <summary>The rule for a body of <paramref name="role"/> at <paramref name="level"/>, or null when Art. 49 asks no report of it.</summary>
    internal static DeadlineRule? RuleFor(BodyRole? role, AdministrativeLevel level) =>
        level != AdministrativeLevel.County && level != AdministrativeLevel.City ? null
        : role == BodyRole.Government ? GovernmentRule
        : role == BodyRole.Department ? DepartmentRule
        : null;

    /// <summary>The report on <paramref name="year"/> of a body of <paramref name="role"/> at <paramref name="level"/>, or null when it owes none.</summary>
    internal static Deadline? Due(BodyRole? role, AdministrativeLevel level, int year, IWorkingDayCalendar calendar)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, DisclosureYears.First, DisclosureYears.Last);
        if (RuleFor(role, level) is not { } rule)
        {
            return null;
        }

        var yearEnd = new LocalDate(year, 12, 31);
        return new Deadline(new AnnualReportBasis(year), rule, yearEnd, yearEnd, new DateInterval(new LocalDate(year, 1, 1), yearEnd), rule.DueFrom(yearEnd, calendar), calendar);
    }
}
