using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Deadlines;

// The calculator: one deadline counted and explained from its rule (D2–D9, D35), a posting's end, a major decision's stages, and the
// bare due dates the evaluation and the batch forms count. The rules themselves are in DeadlineEngine.cs and DeadlineEngine.RuleSet.cs.
internal sealed partial class DeadlineEngine
{
    /// <summary>One deadline, explained (D2–D8, D35); see <see cref="DisclosurePolicy.DueDate(ObligationKey, LocalDate)"/>.</summary>
    internal Deadline DueDate(ObligationKey obligation, LocalDate date, string paramName = "obligation", string dateName = "date") =>
        DueDateAt(Position(obligation, paramName), obligation, date, dateName);

    /// <summary>The deadline of <paramref name="obligation"/>, whose rule is at <paramref name="position"/> (-1: the statutory rule).</summary>
    private Deadline DueDateAt(int position, ObligationKey obligation, LocalDate date, string dateName)
    {
        var (rule, cadence) = position < 0 ? (StatutoryRule, Cadence.Statutory) : (table.Rule(position), table.Cadence(position));
        var period = cadence.IsPeriodic ? ReportingPeriod.Of(cadence, date, dateName).Interval : null;
        return Counted(new ObligationBasis(obligation, cadence, position < SeedPositions ? null : RowAt(position).LegalBasis), rule, date, RuleTable.CountedFrom(cadence, rule, date), period, dateName);
    }

    /// <summary>One deadline, or "due beyond the calendar" when its count starts inside the calendar and ends past it (D41); see
    /// <see cref="DisclosurePolicy.DueDateOrBeyond"/>.</summary>
    internal DueDateResult DueDateOrBeyond(ObligationKey obligation, LocalDate date, string paramName = "obligation", string dateName = "date")
    {
        var position = Position(obligation, paramName);
        var countedFrom = position < 0 ? date : RuleTable.CountedFrom(table.Cadence(position), table.Rule(position), date);
        return DueDateResult.Counting(countedFrom, () => DueDateAt(position, obligation, date, dateName));
    }

    /// <summary>The last day a county row's item must stay posted after <paramref name="publishedOn"/> (D35), or null when it has no posting period.</summary>
    internal LocalDate? PostingEnd(ObligationKey obligation, LocalDate publishedOn)
    {
        var position = Position(obligation, nameof(obligation));
        return position < SeedPositions ? null : PostingEnd(RowAt(position), obligation.Part, publishedOn);
    }

    /// <summary>The last day part <paramref name="part"/> of <paramref name="row"/> must stay posted after <paramref name="publishedOn"/> (D35),
    /// or null.</summary>
    private LocalDate? PostingEnd(CatalogRow row, int part, LocalDate publishedOn)
    {
        if (row.TimeLimit?.Parts[Math.Max(part - 1, 0)].PostingWorkingDays is not { } days)
        {
            return null;
        }

        try
        {
            return Calendar.AddWorkingDays(publishedOn, days);
        }
        catch (CalendarCoverageException e)
        {
            throw e.ForParameter(nameof(publishedOn));
        }
    }

    /// <summary>Information no entry covers (D3).</summary>
    internal Deadline StatutoryDueDate(LocalDate formed) =>
        Counted(StatutoryBasis.Instance, StatutoryRule, formed, formed, null, nameof(formed));

    /// <summary>A major decision's deadlines (D9, D10, D29).</summary>
    internal MajorDecisionDeadlines MajorDecision(LocalDate decision, IEnumerable<LocalDate>? interimStages)
    {
        var stages = (interimStages ?? []).Order().ToArray();
        if (stages.Length > 0 && stages[^1] > decision)
        {
            throw new PolicyArgumentException(
                $"The interim stage of {stages[^1].ToIso()} falls after the decision of {decision.ToIso()}; a stage is disclosed before the decision (D10).",
                nameof(interimStages));
        }

        var preDisclosure = new DeadlineRule(DeadlineTrigger.DecisionDate, PreDisclosureDays, DeadlineUnit.CalendarDaysBefore, preDisclosureSource);
        var byDecision = new DeadlineRule(DeadlineTrigger.DecisionDate, 0, DeadlineUnit.CalendarDaysBefore, "D10");
        var onOrAfterStage = new DeadlineRule(DeadlineTrigger.EventDate, 0, DeadlineUnit.WorkingDays, "D29");
        var after = new DeadlineRule(DeadlineTrigger.DecisionDate, StatutoryRule.Offset, StatutoryRule.Unit, "D10");
        var stageDeadlines = new Deadline[stages.Length];
        for (var i = 0; i < stages.Length; i++)
        {
            // D29: by the decision date moved back to a working day — but never before the stage itself.
            var byThen = Counted(StatutoryBasis.Instance, byDecision, stages[i], decision, null, nameof(interimStages));
            stageDeadlines[i] = stages[i] > byThen.Due ? Counted(StatutoryBasis.Instance, onOrAfterStage, stages[i], stages[i], null, nameof(interimStages)) : byThen;
        }

        return new MajorDecisionDeadlines(
            decision,
            Counted(StatutoryBasis.Instance, preDisclosure, decision, decision, null, nameof(decision)),
            stageDeadlines,
            Counted(StatutoryBasis.Instance, after, decision, decision, null, nameof(decision)));
    }

    /// <summary>
    /// The due date alone of the rule at <paramref name="position"/>, or of the statutory rule (D3) for -1, without a coverage exception:
    /// false when the count needs a day outside the calendar, <paramref name="due"/> then being that day. The evaluation's and the batch
    /// forms' count, so that a due date beyond the calendar (D27) costs what any other does.
    /// </summary>
    internal bool TryDueDateOnly(int position, LocalDate trigger, WorkingDayRanks? ranks, out LocalDate due) =>
        position < 0 ? StatutoryRule.TryDueFrom(trigger, Calendar, ranks, out due) : table.TryDueDateOnly(position, trigger, ranks, Calendar, out due);

    /// <summary>The last day <paramref name="row"/>'s item must stay posted after <paramref name="publishedOn"/> (D35); null when the row has no
    /// posting period or the end lies outside the calendar, which the evaluation then leaves unjudged. Never throws for coverage.</summary>
    internal LocalDate? PostingEndOrNull(CatalogRow row, LocalDate publishedOn, WorkingDayRanks? ranks) =>
        row.TimeLimit?.PostingWorkingDays is { } days && Calendar.TryAddWorkingDays(ranks, publishedOn, days, out var end) ? end : null;

    /// <summary>The error for a count from <paramref name="from"/> that needed <paramref name="needed"/>, outside the calendar: what a batch
    /// throws for its element <paramref name="paramName"/>, and the evaluation for a record counted from before the calendar.</summary>
    internal CalendarCoverageException CountOutside(string paramName, LocalDate from, LocalDate needed)
    {
        Preconditions.CheckIso(from, "trigger");   // a date of another calendar system is wrong in itself, wherever it is
        return new CalendarCoverageException(paramName, needed, Calendar.Coverage, $"Counting a due date from {from.ToIso()}");
    }

    /// <summary>Every monthly, quarterly and yearly obligation of <paramref name="body"/> in <paramref name="year"/>: the entry and its period.</summary>
    internal static IEnumerable<(ScheduleEntry Entry, ReportingPeriod Period)> RecurringObligations(BodyObligations body, int year)
    {
        foreach (var entry in body.Entries)
        {
            if (entry.Cadence.IsPeriodic)
            {
                foreach (var period in ReportingPeriod.AllOf(entry.Cadence, year))
                {
                    yield return (entry, period);
                }
            }
        }
    }

    private Deadline Counted(DeadlineBasis basis, DeadlineRule rule, LocalDate eventDate, LocalDate from, DateInterval? period, string paramName)
    {
        var workingDays = Calendar;
        try
        {
            return new Deadline(basis, rule, eventDate, from, period, rule.DueFrom(from, workingDays), workingDays);
        }
        catch (CalendarCoverageException e)
        {
            throw e.ForParameter(paramName);
        }
    }
}
