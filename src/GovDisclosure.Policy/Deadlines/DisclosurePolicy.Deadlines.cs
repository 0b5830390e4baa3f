namespace GovDisclosure.Policy;

// The deadline operations of the front door (D2–D10).
public sealed partial class DisclosurePolicy
{
    private const int PreDisclosureCalendarDays = 30;   // D9: Interim Regulations on Major Administrative Decision Procedures (2019)

    /// <summary>
    /// When <paramref name="entry"/>'s disclosure is due (D2, D4–D8). For an event-driven entry (immediate,
    /// per batch, standing) <paramref name="trigger"/> is the event date; for a monthly, quarterly or yearly
    /// one it may be any day of the reporting period, and the deadline counts from the period's end (from
    /// its start for YR1).
    /// </summary>
    /// <param name="entry">An entry of this policy.</param>
    /// <param name="trigger">The event date, or a day of the reporting period.</param>
    /// <returns>The deadline, with its rule, period and explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentException">The entry is not in this policy, or <paramref name="trigger"/> is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException">The count needs a day the calendar does not hold. With provisional years in the
    /// calendar the answer comes instead, flagged <see cref="Deadline.IsProvisional"/>.</exception>
    public Deadline DueDate(ScheduleEntry entry, LocalDate trigger)
    {
        var rule = RuleFor(entry);
        var period = entry.Cadence.IsPeriodic ? ReportingPeriod(entry.Cadence, trigger) : null;
        var from = rule.Trigger == DeadlineTrigger.PeriodEnd ? period!.End
            : rule.Trigger == DeadlineTrigger.PeriodStart ? period!.Start
            : trigger;
        return Counted(entry, entry.Cadence, rule, trigger, from, period, nameof(trigger));
    }

    /// <summary>
    /// When information that no schedule entry covers is due: G15, I04 and the uncovered parts of G02 and
    /// G18 take the statutory period from the date the information is formed or changed (D3).
    /// </summary>
    /// <param name="formed">The date the information was formed or changed.</param>
    /// <exception cref="CalendarCoverageException">The count needs a day the calendar does not hold.</exception>
    /// <exception cref="ArgumentException"><paramref name="formed"/> is not an ISO date.</exception>
    public Deadline StatutoryDueDate(LocalDate formed) =>
        Counted(null, Cadence.Statutory, StatutoryRule, formed, formed, null, nameof(formed));

    /// <summary>When a matter the public asked to see through topic-on-demand (§3.1.T) is due: IM9, from the day the request was accepted (D4).</summary>
    /// <param name="accepted">The day the request was accepted.</param>
    /// <exception cref="ArgumentException">IM9 is not in this policy, or <paramref name="accepted"/> is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException">The count needs a day the calendar does not hold.</exception>
    public Deadline TopicOnDemandDueDate(LocalDate accepted) => DueDate(ScheduleEntry.IM9, accepted);

    /// <summary>
    /// The deadlines of a major matter close to the public's interests (§3.2): the draft is pre-disclosed at
    /// least 30 calendar days before the decision, on a working day (D9); each interim stage is disclosed by
    /// the decision date; the decision by the statutory period after it (D10).
    /// </summary>
    /// <param name="decision">The decision date.</param>
    /// <param name="interimStages">The dates of the interim stages; none after the decision. May be null.</param>
    /// <exception cref="ArgumentException">An interim stage falls after the decision, or a date is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException">A deadline needs a day the calendar does not hold.</exception>
    public MajorDecisionDeadlines MajorDecision(LocalDate decision, IEnumerable<LocalDate>? interimStages = null)
    {
        var stages = (interimStages ?? []).Order().ToArray();
        if (stages.Length > 0 && stages[^1] > decision)
        {
            throw new ArgumentException(
                $"The interim stage of {stages[^1].ToIso()} falls after the decision of {decision.ToIso()}; a stage is disclosed before the decision (D10).",
                nameof(interimStages));
        }

        var preDisclosure = new DeadlineRule(DeadlineTrigger.DecisionDate, PreDisclosureCalendarDays, DeadlineUnit.CalendarDaysBefore, "D9");
        var byDecision = new DeadlineRule(DeadlineTrigger.DecisionDate, 0, DeadlineUnit.CalendarDaysBefore, "D10");
        var after = new DeadlineRule(DeadlineTrigger.DecisionDate, StatutoryRule.Offset, StatutoryRule.Unit, "D10");
        return new MajorDecisionDeadlines(
            decision,
            Counted(null, Cadence.Statutory, preDisclosure, decision, decision, null, nameof(decision)),
            stages.Select(stage => Counted(null, Cadence.Statutory, byDecision, stage, decision, null, nameof(interimStages))).ToArray(),
            Counted(null, Cadence.Statutory, after, decision, decision, null, nameof(decision)));
    }

    /// <summary>
    /// A body's disclosure calendar for <paramref name="year"/>: every monthly (12), quarterly (4) and yearly
    /// obligation of the entries that apply at its level, and one obligation per event given, by due date.
    /// December's, the fourth quarter's and the year's reports fall due in the next year, so the calendar
    /// must cover it — or hold provisional years, and the deadlines say so.
    /// </summary>
    /// <param name="bodyType">The kind of body.</param>
    /// <param name="year">The year of the reporting periods and events.</param>
    /// <param name="events">Event-driven obligations: each event's entry must be event-driven and apply to the body. May be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyType"/> or an event is null.</exception>
    /// <exception cref="ArgumentException">An event's entry is periodic, does not apply to the body, or is not in the policy.</exception>
    /// <exception cref="CalendarCoverageException">A deadline needs a day the calendar does not hold.</exception>
    public BodyDisclosureCalendar CalendarFor(BodyType bodyType, int year, IEnumerable<DisclosureEvent>? events = null)
    {
        var body = ObligationsFor(bodyType);
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9998);
        var scheduled = RecurringObligations(bodyType, year)
            .Select(obligation => new ScheduledObligation(obligation.Entry, obligation.Entry.DescriptionZh, DueDate(obligation.Entry, obligation.PeriodStart)))
            .ToList();

        foreach (var happened in events ?? [])
        {
            Preconditions.CheckNotNull(happened, nameof(events));
            var entry = Preconditions.CheckNotNull(happened.Entry, nameof(events));
            Preconditions.CheckArgument(!entry.Cadence.IsPeriodic, nameof(events),
                "{0} is {1}; its obligations come from the reporting periods, not from events.", entry.Code, entry.Cadence.NameEn);
            if (!body.Entries.Contains(entry))
            {
                throw new ArgumentException(
                    $"{entry.Code} does not apply to a {bodyType.NameEn}: its level {body.Level.Name} does not cover it (§2.2).", nameof(events));
            }
            scheduled.Add(new ScheduledObligation(entry, happened.Description, DueDate(entry, happened.Date)));
        }

        return new BodyDisclosureCalendar(body, year, scheduled
            .OrderBy(obligation => obligation.Deadline.Due)
            .ThenBy(obligation => obligation.Entry.Value)
            .ThenBy(obligation => obligation.Deadline.Trigger)
            .ToArray());
    }

    /// <summary>
    /// The due dates of many obligations at once: <c>results[i]</c> becomes
    /// <c>DueDate(entries[i], triggers[i]).Due</c>. No explanation is built and nothing is allocated; ask
    /// <see cref="DueDate(ScheduleEntry, LocalDate)"/> for the one deadline that needs explaining, and
    /// <see cref="IWorkingDayCalendar.IsProvisional(LocalDate, LocalDate)"/> whether a date rests on provisional days.
    /// </summary>
    /// <param name="entries">Entries of this policy.</param>
    /// <param name="triggers">The event dates, or days of the reporting periods; as long as <paramref name="entries"/>.</param>
    /// <param name="results">Receives the due dates; at least as long as <paramref name="entries"/>.</param>
    /// <exception cref="ArgumentException">The spans' lengths do not match; an entry is null or not in this policy; a trigger is not an ISO date.
    /// The message names the index.</exception>
    /// <exception cref="CalendarCoverageException">A count needs a day the calendar does not hold; the parameter name gives the index.
    /// Results before it have been written.</exception>
    public void DueDates(ReadOnlySpan<ScheduleEntry> entries, ReadOnlySpan<LocalDate> triggers, Span<LocalDate> results)
    {
        Preconditions.CheckArgument(triggers.Length == entries.Length, nameof(triggers),
            "triggers has {0} elements; it needs exactly {1}, one per entry.", triggers.Length, entries.Length);
        Preconditions.CheckArgument(results.Length >= entries.Length, nameof(results),
            "results has {0} elements; it needs at least {1}, one per entry.", results.Length, entries.Length);
        var table = (Calendar as ChinaWorkingDayCalendar)?.Table;
        var i = 0;
        try
        {
            for (; i < entries.Length; i++)
            {
                var entry = entries[i];
                var rule = entry is null ? default : compiledRules[entry.Value];
                if (!rule.IsDefined)
                {
                    throw entry is null
                        ? new ArgumentException($"entries[{i}] is null; every obligation needs its schedule entry.", $"entries[{i}]")
                        : NotInPolicy(entry, $"entries[{i}]");
                }

                results[i] = DueDateOnly(entry!, rule, triggers[i], table);
            }
        }
        catch (CalendarCoverageException e)
        {
            throw e.ForParameter($"triggers[{i}]");
        }
    }

    /// <summary>The due date alone, with no explanation: the compiled rule on the official tables when it counts working days, else <see cref="DueDate"/>.</summary>
    private LocalDate DueDateOnly(ScheduleEntry entry, LocalDate trigger, WorkingDayTable? table) =>
        DueDateOnly(entry, compiledRules[entry.Value], trigger, table);

    private LocalDate DueDateOnly(ScheduleEntry entry, CompiledRule rule, LocalDate trigger, WorkingDayTable? table) =>
        table is not null && rule.Unit == 0 ? rule.DueOnTable(table, trigger) : DueDate(entry, trigger).Due;

    /// <summary>Every monthly, quarterly and yearly obligation of <paramref name="bodyType"/> in <paramref name="year"/>: the entry and the first day of its period.</summary>
    private IEnumerable<(ScheduleEntry Entry, LocalDate PeriodStart)> RecurringObligations(BodyType bodyType, int year)
    {
        foreach (var entry in ObligationsFor(bodyType).Entries.Where(entry => entry.Cadence.IsPeriodic))
        {
            var months = entry.Cadence == Cadence.Monthly ? 1 : entry.Cadence == Cadence.Quarterly ? 3 : 12;
            for (var month = 1; month <= 12; month += months)
            {
                yield return (entry, new LocalDate(year, month, 1));
            }
        }
    }

    /// <summary>The month, quarter or year of <paramref name="date"/>, both ends inclusive.</summary>
    internal static DateInterval ReportingPeriod(Cadence cadence, LocalDate date)
    {
        Preconditions.CheckIso(date, "trigger");
        var (firstMonth, months) = cadence == Cadence.Monthly ? (date.Month, 1)
            : cadence == Cadence.Quarterly ? ((((date.Month - 1) / 3) * 3) + 1, 3)
            : (1, 12);
        var lastMonth = firstMonth + months - 1;
        return new DateInterval(new LocalDate(date.Year, firstMonth, 1),
            new LocalDate(date.Year, lastMonth, CompactHolidayData.DaysInMonth(date.Year, lastMonth)));
    }

    private Deadline Counted(ScheduleEntry? entry, Cadence cadence, DeadlineRule rule, LocalDate eventDate, LocalDate from, DateInterval? period,
        string paramName)
    {
        var workingDays = Calendar;
        try
        {
            return new Deadline(entry, cadence, rule, eventDate, from, period, rule.DueFrom(from, workingDays), workingDays);
        }
        catch (CalendarCoverageException e)
        {
            throw e.ForParameter(paramName);
        }
    }

    /// <summary>A deadline rule as the batch form reads it: a few small integers, found by entry value.</summary>
    private readonly struct CompiledRule
    {
        private const byte EventDate = 1;
        private const byte PeriodEnd = 2;
        private const byte PeriodStart = 3;

        private readonly byte trigger;      // 0: the entry is not in the policy
        private readonly byte months;       // the reporting period: 0 none, 1, 3 or 12
        private readonly short offset;

        private CompiledRule(ScheduleEntry entry, DeadlineRule rule)
        {
            trigger = rule.Trigger == DeadlineTrigger.PeriodEnd ? PeriodEnd : rule.Trigger == DeadlineTrigger.PeriodStart ? PeriodStart : EventDate;
            months = (byte)(entry.Cadence == Cadence.Monthly ? 1 : entry.Cadence == Cadence.Quarterly ? 3 : entry.Cadence == Cadence.Yearly ? 12 : 0);
            Unit = (byte)(rule.Unit == DeadlineUnit.WorkingDays ? 0 : 1);
            offset = (short)rule.Offset;
        }

        internal bool IsDefined => trigger != 0;

        /// <summary>0 for working days, the fast path; anything else goes through <see cref="DeadlineRule"/>.</summary>
        internal byte Unit { get; }

        internal static CompiledRule[] For(Dictionary<ScheduleEntry, DeadlineRule> rules)
        {
            var compiled = new CompiledRule[ScheduleEntry.InOrder.Count + 1];
            foreach (var (entry, rule) in rules)
            {
                compiled[entry.Value] = new CompiledRule(entry, rule);
            }

            return compiled;
        }

        /// <summary>The due date, counted in working days on the table straight from the trigger's year, month and day.</summary>
        internal LocalDate DueOnTable(WorkingDayTable table, LocalDate date)
        {
            if (trigger == EventDate)
            {
                return table.AddWorkingDays(date, offset, "trigger");
            }

            Preconditions.CheckIso(date, "trigger");
            var year = date.Year;
            var month = date.Month;
            if (trigger == PeriodStart)
            {
                return table.AddWorkingDays(year, months == 1 ? month : months == 3 ? QuarterStart[month] : 1, 1, offset, "trigger");
            }

            month = months == 1 ? month : months == 3 ? QuarterEnd[month] : 12;
            return table.AddWorkingDays(year, month, CompactHolidayData.DaysInMonth(year, month), offset, "trigger");
        }

        // Lookups rather than division: the batch form runs this once per obligation.
        private static ReadOnlySpan<byte> QuarterStart => [0, 1, 1, 1, 4, 4, 4, 7, 7, 7, 10, 10, 10];

        private static ReadOnlySpan<byte> QuarterEnd => [0, 3, 3, 3, 6, 6, 6, 9, 9, 9, 12, 12, 12];
    }
}
