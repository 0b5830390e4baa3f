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

        // Each row's rule at its own position; a row of several events (D43) has none there, its parts' rules after all the rows.
        var rows = catalog.Rows;
        var partRows = rows.SelectMany((row, i) => Enumerable.Repeat(i, PartsOf(row))).ToArray();
        var (rowRules, rowCadences) = (new DeadlineRule?[rows.Count + partRows.Length], new Cadence?[rows.Count + partRows.Length]);
        var partStarts = new int[rows.Count];
        var next = rows.Count;
        for (var i = 0; i < rows.Count; i++)
        {
            partStarts[i] = PartsOf(rows[i]) > 0 ? next : -1;
            foreach (var part in rows[i].IsProactive ? rows[i].TimeLimit!.Parts : [])   // a row of parts is proactive (PartsOf)
            {
                var at = part.Number == 0 ? i : next++;
                var name = part.Number == 0 ? rows[i].Number : $"{rows[i].Number}/{part.Number}";
                (rowRules[at], rowCadences[at]) = (part.Rule.WithSource($"\"{catalog.Name}\" 序号 {name}, {part.Rule.SourceId}"), part.Cadence);
            }
        }

        var start = catalogs.Length == 0 ? SeedPositions : catalogs[^1].Base + catalogs[^1].Rules.Length;
        return new(PolicyName, rules, StatutoryRule, calendar, PreDisclosureDays, preDisclosureSource,
            [.. catalogs, new BoundCatalog(catalog, rowRules, rowCadences, start, partStarts, partRows)]);
    }

    /// <summary>How many parts of its own <paramref name="row"/> has: 0 for a row of one event or one disclosed on request only (D43).</summary>
    private static int PartsOf(CatalogRow row) => row.IsProactive && row.TimeLimit is { Parts.Count: > 1 and var count } ? count : 0;

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
}
