using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// The deadline room's engine (D2–D10): the rule of every entry of a policy, the calendar they are counted in,
/// and the computations over them — one deadline explained, a body's year, a major decision, and the batch form
/// that reads a compiled copy of the rules. <see cref="DisclosurePolicy"/> hands its deadline questions here.
/// Immutable; every "with" returns a new engine.
/// </summary>
internal sealed class DeadlineEngine
{
    /// <summary>D3: Regulations on the Disclosure of Government Information (2019), Art. 26.</summary>
    internal const int StatutoryWorkingDays = 20;

    /// <summary>D9: Interim Regulations on Major Administrative Decision Procedures (2019).</summary>
    internal const int DefaultPreDisclosureCalendarDays = 30;

    private readonly Dictionary<ScheduleEntry, DeadlineRule> rules;
    private readonly CompiledRule[] compiled;   // by entry value, for the batch form
    private readonly IWorkingDayCalendar? calendar;   // null: the official calendar, loaded on first use
    private readonly string preDisclosureSource;

    private DeadlineEngine(string policyName, Dictionary<ScheduleEntry, DeadlineRule> rules, DeadlineRule statutoryRule, IWorkingDayCalendar? calendar,
        int preDisclosureDays, string preDisclosureSource)
    {
        PolicyName = policyName;
        PreDisclosureDays = preDisclosureDays;
        this.preDisclosureSource = preDisclosureSource;
        this.rules = rules;
        StatutoryRule = statutoryRule;
        this.calendar = calendar;
        Entries = ReadOnly.Wrap(ScheduleEntry.InOrder.Where(rules.ContainsKey).ToArray());
        compiled = CompiledRule.For(rules);
    }

    /// <summary>The seed's rules: every cadence takes the statutory period of D3, counted from its own trigger (D4–D8).</summary>
    internal static DeadlineEngine Seed(string policyName)
    {
        static DeadlineRule Statutory(DeadlineTrigger trigger, string source) => new(trigger, StatutoryWorkingDays, DeadlineUnit.WorkingDays, source);

        var rules = ScheduleEntry.InOrder.ToDictionary(entry => entry, entry => entry.Cadence.Name switch
        {
            nameof(Cadence.Immediate) => Statutory(DeadlineTrigger.EventDate, "D4"),
            nameof(Cadence.Monthly) or nameof(Cadence.Quarterly) => Statutory(DeadlineTrigger.PeriodEnd, "D5"),
            nameof(Cadence.Yearly) => Statutory(entry == ScheduleEntry.YR1 ? DeadlineTrigger.PeriodStart : DeadlineTrigger.PeriodEnd, "D6"),
            nameof(Cadence.PerBatch) => Statutory(DeadlineTrigger.EventDate, "D7"),
            _ => Statutory(DeadlineTrigger.EventDate, "D8"),
        });
        return new DeadlineEngine(policyName, rules, Statutory(DeadlineTrigger.EventDate, "D3"), null, DefaultPreDisclosureCalendarDays, "D9");
    }

    /// <summary>The name of the policy the rules belong to: the seed's, or the last profile's.</summary>
    internal string PolicyName { get; }

    /// <summary>The calendar days a major matter's draft is pre-disclosed before the decision (D9).</summary>
    internal int PreDisclosureDays { get; }

    /// <summary>The entries that have a rule, in the seed's order.</summary>
    internal IReadOnlyList<ScheduleEntry> Entries { get; }

    /// <summary>The rule for items no entry covers (D3).</summary>
    internal DeadlineRule StatutoryRule { get; }

    /// <summary>The calendar deadlines are counted in.</summary>
    internal IWorkingDayCalendar Calendar => calendar ?? ChinaWorkingDayCalendar.Official;

    /// <summary>The calendar's ranks when it offers them (<see cref="IRankedWorkingDayCalendar"/>), for the fast paths; else null.</summary>
    internal WorkingDayRanks? Ranks => (Calendar as IRankedWorkingDayCalendar)?.Ranks;

    /// <summary>Whether the policy has <paramref name="entry"/>: an array read, as the evaluation asks it of every record.</summary>
    internal bool Contains(ScheduleEntry entry) => compiled[entry.Value].IsDefined;

    internal bool TryGetRule(ScheduleEntry entry, out DeadlineRule rule) => rules.TryGetValue(entry, out rule!);

    internal DeadlineRule RuleFor(ScheduleEntry entry, string paramName) =>
        rules.TryGetValue(Preconditions.CheckNotNull(entry, paramName), out var rule) ? rule : throw NotInPolicy(entry, paramName);

    internal DeadlineEngine WithCalendar(IWorkingDayCalendar workingDays) =>
        new(PolicyName, rules, StatutoryRule, workingDays, PreDisclosureDays, preDisclosureSource);

    /// <summary>These rules changed by <paramref name="profile"/> (D26): its cadence overrides, then its entry overrides, then its removals.</summary>
    internal DeadlineEngine WithProfile(DeadlineProfile profile)
    {
        var changed = new Dictionary<ScheduleEntry, DeadlineRule>(rules);
        var statutory = StatutoryRule;
        foreach (var change in profile.Overrides.OrderBy(change => change.Entry is null ? 0 : 1))
        {
            DeadlineRule Changed(DeadlineRule rule) => new(rule.Trigger, change.Offset, change.Unit, profile.SourceId);
            if (change.Entry is { } entry)
            {
                changed[entry] = Changed(RuleFor(entry, nameof(profile)));
            }
            else
            {
                foreach (var ofCadence in changed.Keys.Where(key => key.Cadence == change.Cadence).ToArray())
                {
                    changed[ofCadence] = Changed(changed[ofCadence]);
                }

                statutory = change.Cadence == Cadence.Statutory ? Changed(statutory) : statutory;
            }
        }

        foreach (var entry in profile.RemovedEntries)
        {
            changed.Remove(entry);
        }

        return profile.PreDisclosureCalendarDays is { } days
            ? new DeadlineEngine(profile.Name, changed, statutory, calendar, days, profile.SourceId)
            : new DeadlineEngine(profile.Name, changed, statutory, calendar, PreDisclosureDays, preDisclosureSource);
    }

    /// <summary>One deadline, explained (D2, D4–D8); see <see cref="DisclosurePolicy.DueDate"/>.</summary>
    internal Deadline DueDate(ScheduleEntry entry, LocalDate trigger)
    {
        var rule = RuleFor(entry, nameof(entry));
        var period = entry.Cadence.IsPeriodic ? ReportingPeriod.Of(entry.Cadence, trigger, nameof(trigger)).Interval : null;
        return Counted(entry, entry.Cadence, rule, trigger, CountedFrom(entry.Cadence, rule, trigger), period, nameof(trigger));
    }

    /// <summary>Information no entry covers (D3).</summary>
    internal Deadline StatutoryDueDate(LocalDate formed) =>
        Counted(null, Cadence.Statutory, StatutoryRule, formed, formed, null, nameof(formed));

    /// <summary>A major decision's deadlines (D9, D10, D29).</summary>
    internal MajorDecisionDeadlines MajorDecision(LocalDate decision, IEnumerable<LocalDate>? interimStages)
    {
        var stages = (interimStages ?? []).Order().ToArray();
        if (stages.Length > 0 && stages[^1] > decision)
        {
            throw new ArgumentException(
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
            var byThen = Counted(null, Cadence.Statutory, byDecision, stages[i], decision, null, nameof(interimStages));
            stageDeadlines[i] = stages[i] > byThen.Due ? Counted(null, Cadence.Statutory, onOrAfterStage, stages[i], stages[i], null, nameof(interimStages)) : byThen;
        }

        return new MajorDecisionDeadlines(
            decision,
            Counted(null, Cadence.Statutory, preDisclosure, decision, decision, null, nameof(decision)),
            stageDeadlines,
            Counted(null, Cadence.Statutory, after, decision, decision, null, nameof(decision)));
    }

    /// <summary>A body's year of obligations; see <see cref="DisclosurePolicy.CalendarFor"/>.</summary>
    internal BodyDisclosureCalendar CalendarFor(BodyObligations body, int year, IEnumerable<DisclosureEvent>? events)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9998);
        var scheduled = RecurringObligations(body, year)
            .Select(obligation => new ScheduledObligation(obligation.Entry, obligation.Entry.DescriptionZh, DueDate(obligation.Entry, obligation.Period.Start)))
            .ToList();

        foreach (var happened in events ?? [])
        {
            Preconditions.CheckNotNull(happened, nameof(events));
            var entry = happened.Entry;
            Preconditions.CheckArgument(!entry.Cadence.IsPeriodic, nameof(events),
                "{0} is {1}; its obligations come from the reporting periods, not from events.", entry.Code, entry.Cadence.NameEn);
            if (!body.Entries.Contains(entry))
            {
                throw new ArgumentException(
                    $"{entry.Code} does not apply to {IsoText.WithArticle(body.BodyType.NameEn)}: its level {body.Level.Name} does not cover it (§2.2).", nameof(events));
            }

            scheduled.Add(new ScheduledObligation(entry, happened.Description, DueDate(entry, happened.Date)));
        }

        return new BodyDisclosureCalendar(body, year, scheduled
            .OrderBy(obligation => obligation.Deadline.Due)
            .ThenBy(obligation => InOrderIndex(obligation.Entry))
            .ThenBy(obligation => obligation.Deadline.Trigger)
            .ToArray());
    }

    /// <summary>The batch form; see <see cref="DisclosurePolicy.DueDates"/>.</summary>
    internal void DueDates(ReadOnlySpan<ScheduleEntry> entries, ReadOnlySpan<LocalDate> triggers, Span<LocalDate> results)
    {
        Preconditions.CheckArgument(triggers.Length == entries.Length, nameof(triggers),
            "triggers has {0} elements; it needs exactly {1}, one per entry.", triggers.Length, entries.Length);
        Preconditions.CheckArgument(results.Length >= entries.Length, nameof(results),
            "results has {0} elements; it needs at least {1}, one per entry.", results.Length, entries.Length);
        var ranks = Ranks;
        var i = 0;
        try
        {
            for (; i < entries.Length; i++)
            {
                var entry = entries[i];
                var rule = entry is null ? default : compiled[entry.Value];
                if (!rule.IsDefined)
                {
                    throw entry is null
                        ? new ArgumentException($"entries[{i}] is null; every obligation needs its schedule entry.", $"entries[{i}]")
                        : NotInPolicy(entry, $"entries[{i}]");
                }

                results[i] = DueDateOnly(entry!, rule, triggers[i], ranks);
            }
        }
        catch (CalendarCoverageException e)
        {
            throw e.ForParameter($"triggers[{i}]");
        }
    }

    /// <summary>The due date alone, with no explanation and no allocation: on the ranks when the calendar offers them and the rule counts working days.</summary>
    internal LocalDate DueDateOnly(ScheduleEntry entry, LocalDate trigger, WorkingDayRanks? ranks) =>
        DueDateOnly(entry, compiled[entry.Value], trigger, ranks);

    /// <summary>The statutory due date alone (D3).</summary>
    internal LocalDate StatutoryDueDateOnly(LocalDate trigger) => StatutoryRule.DueFrom(trigger, Calendar);

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

    private LocalDate DueDateOnly(ScheduleEntry entry, CompiledRule rule, LocalDate trigger, WorkingDayRanks? ranks)
    {
        if (ranks is not null && rule.CountsWorkingDays)
        {
            return rule.DueOnRanks(ranks, trigger);
        }

        var full = rules[entry];
        return full.DueFrom(CountedFrom(entry.Cadence, full, trigger), Calendar);
    }

    /// <summary>The day a rule counts from: the event date, or the end (start, for YR1) of the reporting period of <paramref name="trigger"/>.</summary>
    private static LocalDate CountedFrom(Cadence cadence, DeadlineRule rule, LocalDate trigger) =>
        rule.Trigger == DeadlineTrigger.PeriodEnd ? ReportingPeriod.Of(cadence, trigger, nameof(trigger)).End
        : rule.Trigger == DeadlineTrigger.PeriodStart ? ReportingPeriod.Of(cadence, trigger, nameof(trigger)).Start
        : trigger;

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

    private static int InOrderIndex(ScheduleEntry entry)
    {
        var inOrder = ScheduleEntry.InOrder;
        for (var i = 0; i < inOrder.Count; i++)
        {
            if (inOrder[i] == entry)
            {
                return i;
            }
        }

        return inOrder.Count;
    }

    private ArgumentException NotInPolicy(ScheduleEntry entry, string paramName) =>
        new($"{entry.Code} is not an entry of the policy \"{PolicyName}\"; its profile removed it. Entries: {string.Join(", ", Entries.Select(e => e.Code))}.", paramName);

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
            months = (byte)entry.Cadence.MonthsPerPeriod;
            CountsWorkingDays = rule.Unit == DeadlineUnit.WorkingDays;
            offset = (short)rule.Offset;
        }

        internal bool IsDefined => trigger != 0;

        /// <summary>True for a rule in working days, the fast path; anything else goes through <see cref="DeadlineRule"/>.</summary>
        internal bool CountsWorkingDays { get; }

        internal static CompiledRule[] For(Dictionary<ScheduleEntry, DeadlineRule> rules)
        {
            var compiled = new CompiledRule[ScheduleEntry.InOrder.Max(entry => entry.Value) + 1];
            foreach (var (entry, rule) in rules)
            {
                compiled[entry.Value] = new CompiledRule(entry, rule);
            }

            return compiled;
        }

        /// <summary>The due date, counted in working days on the ranks straight from the trigger's year, month and day.</summary>
        internal LocalDate DueOnRanks(WorkingDayRanks ranks, LocalDate date)
        {
            if (trigger == EventDate)
            {
                return ranks.AddWorkingDays(date, offset, "trigger");
            }

            Preconditions.CheckIso(date, "trigger");
            var period = ReportingPeriod.Of(months, date.Year, date.Month);
            return trigger == PeriodStart
                ? ranks.AddWorkingDays(period.Year, period.FirstMonth, 1, offset, "trigger")
                : ranks.AddWorkingDays(period.Year, period.LastMonth, period.LastDay, offset, "trigger");
        }
    }
}
