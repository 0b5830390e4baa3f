using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// The deadline room's engine (D2–D10): the rule of every entry of a policy, the calendar they are counted in,
/// and the computations over them — one deadline explained, a body's year, a major decision, and the batch form
/// that reads a compiled copy of the rules. <see cref="DisclosurePolicy"/> hands its deadline questions here.
/// Immutable; every "with" returns a new engine.
/// </summary>
internal sealed partial class DeadlineEngine
{
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
        static DeadlineRule Statutory(DeadlineTrigger trigger, string source) => new(trigger, DeadlineRule.StatutoryWorkingDays, DeadlineUnit.WorkingDays, source);

        // YR1, the year's work plan, is due from the start of its year (D6); every other entry from its cadence's trigger.
        var rules = ScheduleEntry.InOrder.ToDictionary(entry => entry, entry =>
        {
            var (trigger, source) = entry.Cadence.SeedRule;
            return Statutory(entry == ScheduleEntry.YR1 ? DeadlineTrigger.PeriodStart : trigger, source);
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

    internal DeadlineRule RuleFor(ScheduleEntry entry, string paramName) =>
        rules.TryGetValue(Preconditions.CheckNotNull(entry, paramName), out var rule) ? rule : throw NotInPolicy(entry, paramName);

    internal DeadlineEngine WithCalendar(IWorkingDayCalendar workingDays) =>
        new(PolicyName, rules, StatutoryRule, workingDays, PreDisclosureDays, preDisclosureSource, catalogs);

    /// <summary>These rules and those of <paramref name="catalog"/>'s proactive rows (D35); a row disclosed only on request has none.</summary>
    internal DeadlineEngine WithCatalog(CountyCatalog catalog)
    {
        Preconditions.CheckArgument(catalog.Name != ObligationKey.BuiltInCatalog, nameof(catalog),
            "\"{0}\" is the name of the built-in catalog, the seed's schedule; give the county catalog its own name.", catalog.Name);
        if (Catalogs.FirstOrDefault(added => added.Name == catalog.Name) is { } same)
        {
            throw new PolicyArgumentException(
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
                rowRules[i] = limit.Rule.WithSource($"\"{catalog.Name}\" 序号 {row.Number}, {limit.Rule.SourceId}");
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
        return position < SeedPositions ? null : PostingEnd(RowAt(position), publishedOn);
    }

    /// <summary>The last day <paramref name="row"/>'s item must stay posted after <paramref name="publishedOn"/> (D35), or null.</summary>
    internal LocalDate? PostingEnd(CatalogRow row, LocalDate publishedOn)
    {
        if (row.TimeLimit?.PostingWorkingDays is not { } days)
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

    private PolicyArgumentException NotInPolicy(ScheduleEntry entry, string paramName) =>
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
            indices[i] = CatalogIndex(names[i]) is var c and >= 0 ? c : throw new PolicyArgumentException(
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
    internal int LocateRow(string catalogName, string rowNumber, out string? problem) => LocateRow(catalogName, rowNumber, forRecord: true, out problem);

    /// <summary>The position of a row's rule, or -1 with the reason; the reason for a row disclosed on request only speaks of a record or of
    /// a deadline, as asked.</summary>
    internal int LocateRow(string catalogName, string rowNumber, bool forRecord, out string? problem)
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
        if (!bound.Catalog.TryGetRow(rowNumber, out var row))
        {
            problem = $"the catalog \"{catalogName}\" has no row with 序号 \"{rowNumber}\".";
            return -1;
        }

        if (!table.Has(bound.Base + row.Index))
        {
            problem = forRecord
                ? $"row {rowNumber} of \"{catalogName}\" ({string.Join("/", row.Items)}) is disclosed on request only (依申请): it has no proactive " +
                  "deadline to record against (D35); a request's reply falls under §8."
                : $"row {row.Number} of \"{catalogName}\" ({string.Join("/", row.Items)}) is disclosed on request only (依申请): it has no proactive " +
                  "deadline (D35). A request's reply is due under the Regulations (§8).";
            return -1;
        }

        return bound.Base + row.Index;
    }

    /// <summary>A catalog of the policy: its rows' rules and cadences by row (null for a row disclosed on request only), from position <see cref="Base"/>.</summary>
    private readonly record struct BoundCatalog(CountyCatalog Catalog, DeadlineRule?[] Rules, Cadence?[] Cadences, int Base);
}
