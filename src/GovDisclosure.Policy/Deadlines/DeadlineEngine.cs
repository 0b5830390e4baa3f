using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;

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
    private readonly BoundCatalog[] catalogs;   // county catalogs (§10), each with its rows' rules and first position
    private readonly RuleTable table;   // every rule by position: the seed's entries by value, then each catalog's rows
    private readonly IWorkingDayCalendar? calendar;   // null: the official calendar, loaded on first use
    private readonly string preDisclosureSource;

    private DeadlineEngine(string policyName, Dictionary<ScheduleEntry, DeadlineRule> rules, DeadlineRule statutoryRule, IWorkingDayCalendar? calendar,
        int preDisclosureDays, string preDisclosureSource, BoundCatalog[] catalogs)
    {
        PolicyName = policyName;
        PreDisclosureDays = preDisclosureDays;
        this.preDisclosureSource = preDisclosureSource;
        this.rules = rules;
        StatutoryRule = statutoryRule;
        this.calendar = calendar;
        this.catalogs = catalogs;
        Entries = ReadOnly.Wrap(ScheduleEntry.InOrder.Where(rules.ContainsKey).ToArray());
        Catalogs = ReadOnly.Wrap(catalogs.Select(bound => bound.Catalog).ToArray());
        table = Table(rules, catalogs);
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
        return new DeadlineEngine(policyName, rules, Statutory(DeadlineTrigger.EventDate, "D3"), null, DefaultPreDisclosureCalendarDays, "D9", []);
    }

    /// <summary>The name of the policy the rules belong to: the seed's, or the last profile's.</summary>
    internal string PolicyName { get; }

    /// <summary>The calendar days a major matter's draft is pre-disclosed before the decision (D9).</summary>
    internal int PreDisclosureDays { get; }

    /// <summary>The entries that have a rule, in the seed's order.</summary>
    internal IReadOnlyList<ScheduleEntry> Entries { get; }

    /// <summary>The county catalogs added to the policy (§10), in the order added.</summary>
    internal IReadOnlyList<CountyCatalog> Catalogs { get; }

    /// <summary>The rule for items no entry covers (D3).</summary>
    internal DeadlineRule StatutoryRule { get; }

    /// <summary>The calendar deadlines are counted in.</summary>
    internal IWorkingDayCalendar Calendar => calendar ?? ChinaWorkingDayCalendar.Official;

    /// <summary>The calendar's ranks when it offers them (<see cref="IRankedWorkingDayCalendar"/>), for the fast paths; else null.</summary>
    internal WorkingDayRanks? Ranks => (Calendar as IRankedWorkingDayCalendar)?.Ranks;

    /// <summary>Whether the policy has <paramref name="entry"/>: an array read, as the evaluation asks it of every record.</summary>
    internal bool Contains(ScheduleEntry entry) => table.Has(entry.Value);

    /// <summary>How many rule positions there are: the seed's entry values, then every catalog's rows.</summary>
    internal int Positions => table.Count;

    internal bool TryGetRule(ScheduleEntry entry, out DeadlineRule rule) => rules.TryGetValue(entry, out rule!);

    internal DeadlineRule RuleFor(ScheduleEntry entry, string paramName) =>
        rules.TryGetValue(Preconditions.CheckNotNull(entry, paramName), out var rule) ? rule : throw NotInPolicy(entry, paramName);

    internal DeadlineEngine WithCalendar(IWorkingDayCalendar workingDays) =>
        new(PolicyName, rules, StatutoryRule, workingDays, PreDisclosureDays, preDisclosureSource, catalogs);

    /// <summary>These rules and those of <paramref name="catalog"/>'s proactive rows (D35); a row disclosed only on request has none.</summary>
    internal DeadlineEngine WithCatalog(CountyCatalog catalog)
    {
        if (Catalogs.FirstOrDefault(added => added.Name == catalog.Name) is { } same)
        {
            throw new ArgumentException(
                $"The policy already has a catalog named \"{catalog.Name}\"; registers and deadlines name rows by catalog name and 序号, so each catalog needs its own name.",
                nameof(catalog));
        }

        var rowRules = new DeadlineRule?[catalog.Rows.Count];
        var rowCadences = new Cadence?[catalog.Rows.Count];
        for (var i = 0; i < rowRules.Length; i++)
        {
            var row = catalog.Rows[i];
            if (row.IsProactive && row.TimeLimit is { } limit)
            {
                rowRules[i] = new DeadlineRule(limit.Cadence.IsPeriodic ? DeadlineTrigger.PeriodEnd : DeadlineTrigger.EventDate, limit.Period,
                    limit.CountsWorkingDays ? DeadlineUnit.WorkingDays : DeadlineUnit.CalendarDays, $"\"{catalog.Name}\" 序号 {row.Number}, {limit.SourceId}");
                rowCadences[i] = limit.Cadence;
            }
        }

        var next = catalogs.Length == 0 ? SeedPositions : catalogs[^1].Base + catalogs[^1].Catalog.Rows.Count;
        return new(PolicyName, rules, StatutoryRule, calendar, PreDisclosureDays, preDisclosureSource, [.. catalogs, new BoundCatalog(catalog, rowRules, rowCadences, next)]);
    }

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
            ? new DeadlineEngine(profile.Name, changed, statutory, calendar, days, profile.SourceId, catalogs)
            : new DeadlineEngine(profile.Name, changed, statutory, calendar, PreDisclosureDays, preDisclosureSource, catalogs);
    }

    /// <summary>One deadline, explained (D2, D4–D8); see <see cref="DisclosurePolicy.DueDate(ScheduleEntry, LocalDate)"/>.</summary>
    internal Deadline DueDate(ScheduleEntry entry, LocalDate trigger)
    {
        var rule = RuleFor(entry, nameof(entry));
        var period = entry.Cadence.IsPeriodic ? ReportingPeriod.Of(entry.Cadence, trigger, nameof(trigger)).Interval : null;
        return Counted(entry, entry.Cadence, rule, trigger, RuleTable.CountedFrom(entry.Cadence, rule, trigger), period, nameof(trigger));
    }

    /// <summary>One catalog row's deadline, explained (D35); see <see cref="DisclosurePolicy.DueDate(CatalogRow, LocalDate)"/>.</summary>
    internal Deadline DueDate(CatalogRow row, LocalDate eventDate)
    {
        var (catalog, position) = Locate(row, nameof(row));
        var rule = table.Rule(position);
        var cadence = table.Cadence(position);
        var period = cadence.IsPeriodic ? ReportingPeriod.Of(cadence, eventDate, nameof(eventDate)).Interval : null;
        return Counted(null, cadence, rule, eventDate, RuleTable.CountedFrom(cadence, rule, eventDate), period, nameof(eventDate),
            (catalog.Catalog, catalog.Catalog.Rows[position - catalog.Base]));
    }

    /// <summary>The last day <paramref name="row"/>'s item must stay posted after <paramref name="publishedOn"/> (D35), or null when it has no posting period.</summary>
    internal LocalDate? PostingEnd(CatalogRow row, LocalDate publishedOn)
    {
        if (Preconditions.CheckNotNull(row).TimeLimit?.PostingWorkingDays is not { } days)
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

    /// <summary>A body's year of obligations: the seed's at its type's level (§2.2), and the rows that bind <paramref name="level"/> of the
    /// catalogs named in <paramref name="assignedCatalogs"/> (§10); see <see cref="DisclosurePolicy.CalendarFor(BodyType, int, IEnumerable{DisclosureEvent})"/>.</summary>
    internal BodyDisclosureCalendar CalendarFor(BodyObligations body, int year, IEnumerable<DisclosureEvent>? events, AdministrativeLevel level,
        IReadOnlyList<string> assignedCatalogs, BodyRole? role = null)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9998);
        var assigned = AssignedCatalogs(assignedCatalogs, null, "body").Distinct().ToArray();
        var scheduled = new List<ScheduledObligation>();
        var beyond = new List<ObligationBeyondCalendar>();
        void Schedule(Func<ScheduledObligation> obligation, ScheduleEntry? entry, CatalogRow? row, string description, LocalDate countedFrom)
        {
            if (ObligationBeyondCalendar.ScheduledOrBeyond(obligation, entry, row, description, countedFrom, Calendar, beyond) is { } scheduledObligation)
            {
                scheduled.Add(scheduledObligation);
            }
        }

        foreach (var (entry, period) in RecurringObligations(body, year))
        {
            Schedule(() => new ScheduledObligation(entry, entry.DescriptionZh, DueDate(entry, period.Start)), entry, null, entry.DescriptionZh,
                RuleTable.CountedFrom(entry.Cadence, RuleFor(entry, nameof(entry)), period.Start));
        }

        foreach (var catalog in assigned.Select(i => catalogs[i].Catalog))
        {
            foreach (var row in catalog.Rows.Where(row => row.Binds(level) && row.IsProactive && row.TimeLimit!.Cadence.IsPeriodic))
            {
                foreach (var period in ReportingPeriod.AllOf(row.TimeLimit!.Cadence, year))
                {
                    Schedule(() => new ScheduledObligation(row, Describe(row), DueDate(row, period.Start)), null, row, Describe(row), period.End);
                }
            }
        }

        foreach (var happened in events ?? [])
        {
            Preconditions.CheckNotNull(happened, nameof(events));
            var (entry, row) = (happened.Entry, happened.Row);
            Schedule(() => entry is not null ? EntryEvent(body, entry, happened) : RowEvent(level, assigned, row!, happened), entry, row, happened.Description,
                happened.Date);
        }

        if (AnnualReportDeadlines.Due(role, level, year, Calendar) is { } report)
        {
            scheduled.Add(new ScheduledObligation(year, report.Subject, report));
        }

        return new BodyDisclosureCalendar(body, year, [.. beyond], scheduled
            .OrderBy(obligation => obligation.Deadline.Due)
            .ThenBy(obligation => obligation.Entry is { } entry ? (0, InOrderIndex(entry))
                : obligation.Row is { } row ? (1 + Array.FindIndex(catalogs, bound => ReferenceEquals(bound.Catalog, row.Catalog)), row.Index)
                : (int.MaxValue, 0))
            .ThenBy(obligation => obligation.Deadline.Trigger)
            .ToArray());
    }

    private ScheduledObligation EntryEvent(BodyObligations body, ScheduleEntry entry, DisclosureEvent happened)
    {
        Preconditions.CheckArgument(!entry.Cadence.IsPeriodic, "events",
            "{0} is {1}; its obligations come from the reporting periods, not from events.", entry.Code, entry.Cadence.NameEn);
        if (!body.Entries.Contains(entry))
        {
            throw new ArgumentException(
                $"{entry.Code} does not apply to {IsoText.WithArticle(body.BodyType.NameEn)}: its level {body.Level.Name} does not cover it (§2.2).", "events");
        }

        return new ScheduledObligation(entry, happened.Description, DueDate(entry, happened.Date));
    }

    private ScheduledObligation RowEvent(AdministrativeLevel level, int[] assigned, CatalogRow row, DisclosureEvent happened)
    {
        var (bound, position) = Locate(row, "events");
        var catalog = bound.Catalog;
        if (!assigned.Any(i => ReferenceEquals(catalogs[i].Catalog, catalog)))
        {
            throw new ArgumentException($"Row {row.Number} belongs to the catalog \"{catalog.Name}\", which is not assigned to the body (§10).", "events");
        }

        if (!row.Binds(level))
        {
            throw new ArgumentException(
                $"Row {row.Number} of \"{catalog.Name}\" binds {string.Join("、", row.Levels.Select(l => l.NameZh))}, not a body at {level.NameZh} (§10).", "events");
        }

        Preconditions.CheckArgument(!table.Cadence(position).IsPeriodic, "events",
            "Row {0} is {1}; its obligations come from the reporting periods, not from events.", row.Number, table.Cadence(position).NameEn);
        return new ScheduledObligation(catalog.Rows[position - bound.Base], happened.Description, DueDate(row, happened.Date));
    }

    /// <summary>A row's obligation as a calendar lists it: its items, then what is disclosed.</summary>
    private static string Describe(CatalogRow row) => $"{string.Join("/", row.Items)}：{row.Content}";

    /// <summary>The batch form; see <see cref="DisclosurePolicy.DueDates(ReadOnlySpan{ScheduleEntry}, ReadOnlySpan{LocalDate}, Span{LocalDate})"/>.</summary>
    internal void DueDates(ReadOnlySpan<ScheduleEntry> entries, ReadOnlySpan<LocalDate> triggers, Span<LocalDate> results) =>
        Batch(entries, triggers, results, new EntryPositions(this), nameof(triggers),
            "triggers has {0} elements; it needs exactly {1}, one per entry.", "results has {0} elements; it needs at least {1}, one per entry.");

    /// <summary>The batch form for catalog rows; see <see cref="DisclosurePolicy.DueDates(ReadOnlySpan{CatalogRow}, ReadOnlySpan{LocalDate}, Span{LocalDate})"/>.</summary>
    internal void DueDates(ReadOnlySpan<CatalogRow> rows, ReadOnlySpan<LocalDate> events, Span<LocalDate> results) =>
        Batch(rows, events, results, new RowPositions(this), nameof(events),
            "events has {0} elements; it needs exactly {1}, one per row.", "results has {0} elements; it needs at least {1}, one per row.");

    /// <summary>Both batch forms: each key's rule position found by <typeparamref name="TPositions"/> (a struct, so the loop is compiled for each),
    /// then its due date counted from the table; nothing allocated unless a key or a count is refused.</summary>
    private void Batch<TKey, TPositions>(ReadOnlySpan<TKey> keys, ReadOnlySpan<LocalDate> triggers, Span<LocalDate> results, TPositions positions,
        string triggersName, string triggersMismatch, string resultsTooShort)
        where TKey : class
        where TPositions : struct, IPositions<TKey>
    {
        Preconditions.CheckArgument(triggers.Length == keys.Length, triggersName, triggersMismatch, triggers.Length, keys.Length);
        Preconditions.CheckArgument(results.Length >= keys.Length, nameof(results), resultsTooShort, results.Length, keys.Length);
        var ranks = Ranks;
        var workingDays = Calendar;
        var i = 0;
        try
        {
            for (; i < keys.Length; i++)
            {
                results[i] = table.DueDateOnly(positions.Of(keys[i], i), triggers[i], ranks, workingDays);
            }
        }
        catch (CalendarCoverageException e)
        {
            throw e.ForParameter($"{triggersName}[{i}]");
        }
    }

    /// <summary>Where a batch form finds each key's rule; refuses a key the policy has no rule for, naming its index.</summary>
    private interface IPositions<in TKey>
    {
        int Of(TKey? key, int index);
    }

    private readonly struct EntryPositions(DeadlineEngine engine) : IPositions<ScheduleEntry>
    {
        public int Of(ScheduleEntry? entry, int index) =>
            entry is not null && engine.table.Has(entry.Value) ? entry.Value
            : throw (entry is null
                ? new ArgumentException($"entries[{index}] is null; every obligation needs its schedule entry.", $"entries[{index}]")
                : engine.NotInPolicy(entry, $"entries[{index}]"));
    }

    private readonly struct RowPositions(DeadlineEngine engine) : IPositions<CatalogRow>
    {
        public int Of(CatalogRow? row, int index) => engine.LocateForBatch(row, index);
    }

    /// <summary>The due date alone, with no explanation and no allocation: on the ranks when the calendar offers them and the rule counts working days.</summary>
    internal LocalDate DueDateOnly(ScheduleEntry entry, LocalDate trigger, WorkingDayRanks? ranks) =>
        table.DueDateOnly(entry.Value, trigger, ranks, Calendar);

    /// <summary>The due date alone of the rule at <paramref name="position"/> (a catalog row's, for the evaluation).</summary>
    internal LocalDate DueDateOnly(int position, LocalDate trigger, WorkingDayRanks? ranks) => table.DueDateOnly(position, trigger, ranks, Calendar);

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

    private Deadline Counted(ScheduleEntry? entry, Cadence cadence, DeadlineRule rule, LocalDate eventDate, LocalDate from, DateInterval? period,
        string paramName, (CountyCatalog Catalog, CatalogRow Row)? catalogRow = null)
    {
        var workingDays = Calendar;
        try
        {
            return new Deadline(entry, cadence, rule, eventDate, from, period, rule.DueFrom(from, workingDays), workingDays, catalogRow);
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

    /// <summary>The seed's entry values: the positions before the first catalog's rows.</summary>
    private static readonly int SeedPositions = ScheduleEntry.InOrder.Max(entry => entry.Value) + 1;

    /// <summary>Every rule by position — the seed's schedule by entry value, then each catalog's rows — in one table: the seed is one more
    /// catalog to the engine.</summary>
    private static RuleTable Table(Dictionary<ScheduleEntry, DeadlineRule> rules, BoundCatalog[] catalogs)
    {
        var size = catalogs.Length == 0 ? SeedPositions : catalogs[^1].Base + catalogs[^1].Catalog.Rows.Count;
        var byPosition = new DeadlineRule?[size];
        var cadences = new Cadence?[size];
        foreach (var (entry, rule) in rules)
        {
            (byPosition[entry.Value], cadences[entry.Value]) = (rule, entry.Cadence);
        }

        foreach (var bound in catalogs)
        {
            bound.Rules.CopyTo(byPosition, bound.Base);
            bound.Cadences.CopyTo(cadences, bound.Base);
        }

        return new RuleTable(byPosition, cadences);
    }

    /// <summary>How many catalogs the policy holds; catalog <c>c</c>'s rows take the positions from <see cref="CatalogBase"/>.</summary>
    internal int CatalogCount => catalogs.Length;

    /// <summary>The first rule position of catalog <paramref name="catalog"/> (its index in <see cref="Catalogs"/>).</summary>
    internal int CatalogBase(int catalog) => catalogs[catalog].Base;

    /// <summary>The index in <see cref="Catalogs"/> of the catalog named <paramref name="name"/>, or -1.</summary>
    internal int CatalogIndex(string name) => Array.FindIndex(catalogs, bound => bound.Catalog.Name == name);

    /// <summary>
    /// The index in <see cref="Catalogs"/> of each catalog a body is assigned (§10), in the order named; a name the policy does not have is an
    /// <see cref="ArgumentException"/> for <paramref name="paramName"/>, naming the body when <paramref name="bodyId"/> is given.
    /// </summary>
    internal int[] AssignedCatalogs(IReadOnlyList<string> names, string? bodyId, string paramName)
    {
        var indices = new int[names.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = CatalogIndex(names[i]) is var c and >= 0 ? c : throw new ArgumentException(
                $"The body {(bodyId is null ? "" : $"\"{bodyId}\" ")}is assigned the catalog \"{names[i]}\", which the policy \"{PolicyName}\" does not have; " +
                $"add it with WithCatalog. Catalogs: {CatalogNames}.", paramName);
        }

        return indices;
    }

    /// <summary>The policy's catalogs as its errors list them: their names quoted, or "none".</summary>
    private string CatalogNames => catalogs.Length == 0 ? "none" : string.Join(", ", Catalogs.Select(catalog => $"\"{catalog.Name}\""));

    /// <summary>The cadence of the rule at <paramref name="position"/>, or null when the position has no rule.</summary>
    internal Cadence? CadenceAt(int position) => table.CadenceOrNull(position);

    /// <summary>
    /// The rule position of row <paramref name="rowNumber"/> of the catalog named <paramref name="catalogName"/>, as a register names it (§10),
    /// or -1 with the reason in <paramref name="problem"/>: no such catalog in the policy, no such row, or a row disclosed on request only.
    /// </summary>
    internal int LocateRow(string catalogName, string rowNumber, out string? problem)
    {
        problem = null;
        var c = CatalogIndex(catalogName);
        if (c < 0)
        {
            problem = $"it names the catalog \"{catalogName}\", which the policy \"{PolicyName}\" does not have; add it with WithCatalog. " +
                $"Catalogs: {CatalogNames}.";
            return -1;
        }

        var bound = catalogs[c];
        if (!bound.Catalog.TryRow(rowNumber, out var row))
        {
            problem = $"the catalog \"{catalogName}\" has no row with 序号 \"{rowNumber}\".";
            return -1;
        }

        if (!table.Has(bound.Base + row.Index))
        {
            problem = $"row {rowNumber} of \"{catalogName}\" ({string.Join("/", row.Items)}) is disclosed on request only (依申请): it has no proactive " +
                "deadline to record against (D35); a request's reply falls under §8.";
            return -1;
        }

        return bound.Base + row.Index;
    }

    /// <summary>The batch form's <see cref="Locate"/>: the same answer, with no text made unless the row is refused.</summary>
    private int LocateForBatch(CatalogRow? row, int i)
    {
        if (row is not null)
        {
            foreach (var bound in catalogs)
            {
                if (ReferenceEquals(row.Catalog, bound.Catalog) && table.Has(bound.Base + row.Index))
                {
                    return bound.Base + row.Index;
                }
            }
        }

        var parameter = $"rows[{i}]";
        return Locate(row ?? throw new ArgumentException($"{parameter} is null; every obligation needs its catalog row.", parameter), parameter).Position;
    }

    /// <summary>The catalog and rule position of <paramref name="row"/>: by reference for a row of a catalog the policy holds (the fast
    /// path), else by catalog, 序号 and value.</summary>
    /// <exception cref="ArgumentException">No catalog of the policy has the row, or the row is disclosed only on request.</exception>
    private (BoundCatalog Catalog, int Position) Locate(CatalogRow row, string paramName)
    {
        Preconditions.CheckNotNull(row, paramName);
        foreach (var bound in catalogs)
        {
            var catalog = bound.Catalog;
            var index = ReferenceEquals(row.Catalog, catalog) ? row.Index
                : catalog.TryRow(row.Number, out var same) && same.Equals(row) ? same.Index
                : -1;
            if (index < 0)
            {
                continue;
            }

            return table.Has(bound.Base + index) ? (bound, bound.Base + index) : throw new ArgumentException(
                $"Row {row.Number} of the catalog \"{catalog.Name}\" ({string.Join("/", row.Items)}) is disclosed on request only (依申请): it has no proactive " +
                "deadline (D35). A request's reply is due under the Regulations (§8).", paramName);
        }

        throw new ArgumentException(
            $"Row {row.Number} ({string.Join("/", row.Items)}) is not a row of a catalog of the policy \"{PolicyName}\"; add its catalog with WithCatalog. " +
            $"Catalogs: {CatalogNames}.", paramName);
    }

    /// <summary>A catalog of the policy: its rows' rules and cadences by row (null for a row disclosed on request only), from position <see cref="Base"/>.</summary>
    private readonly record struct BoundCatalog(CountyCatalog Catalog, DeadlineRule?[] Rules, Cadence?[] Cadences, int Base);
}
