namespace GovDisclosure.Policy;

/// <summary>
/// The front door of the library: one immutable value bundling the catalog of items (§2.1), the
/// schedule (§3.3), the channels (§3.1), the scope rules (§2.2), the deadline rules (D3–D10) and the
/// working-day calendar they are counted in (D1, D2). <see cref="Default"/> is the seed's policy; other
/// counties derive theirs with <see cref="WithProfile(PolicyProfile)"/>. Instances are immutable and safe
/// to share between threads.
/// </summary>
public sealed partial class DisclosurePolicy
{
    private const int StatutoryWorkingDays = 20;   // D3: Regulations on the Disclosure of Government Information (2019), Art. 26
    private const int ComplaintTierDays = 20;      // D11

    private static readonly Lazy<DisclosurePolicy> DefaultPolicy = new(CreateDefault);

    private readonly Dictionary<BodyType, BodyObligations> obligations;
    private readonly Dictionary<DisclosureItem, ItemSchedule> schedules;
    private readonly Dictionary<ScheduleEntry, DeadlineRule> rules;
    private readonly CompiledRule[] compiledRules;   // by entry value, for the batch form
    private readonly IWorkingDayCalendar? calendar;  // null: the official calendar, loaded on first use

    private DisclosurePolicy(string name, ScopeRule[] scopeRules, Dictionary<ScheduleEntry, DeadlineRule> rules, DeadlineRule statutoryRule,
        IWorkingDayCalendar? calendar, GradeThresholds gradeThresholds)
    {
        Name = name;
        GradeThresholds = gradeThresholds;
        ScopeRules = scopeRules;
        this.rules = rules;
        StatutoryRule = statutoryRule;
        this.calendar = calendar;
        Entries = ScheduleEntry.InOrder.Where(rules.ContainsKey).ToArray();
        obligations = scopeRules.ToDictionary(rule => rule.BodyType, rule => new BodyObligations(rule, Entries));
        schedules = Items.ToDictionary(item => item, item => new ItemSchedule(item));
        compiledRules = CompiledRule.For(rules);
    }

    /// <summary>
    /// The policy of the seed — the county Civil Affairs Bureau's opinions on deepening government-affairs
    /// openness — with the library's defaults where it is silent (SPEC §6), counted in
    /// <see cref="ChinaWorkingDayCalendar.Official"/>.
    /// </summary>
    public static DisclosurePolicy Default => DefaultPolicy.Value;

    /// <summary>A short name for the policy, shown in explanations: the seed's, or the profile's.</summary>
    public string Name { get; }

    /// <summary>The catalog of items in the seed's order (G01–G20, S01–S05, I01–I04).</summary>
    public IReadOnlyList<DisclosureItem> Items => DisclosureItem.InOrder;

    /// <summary>The schedule entries of this policy in the seed's order (IM1 … ST7), less any a profile removed.</summary>
    public IReadOnlyList<ScheduleEntry> Entries { get; }

    /// <summary>The cadences, the seed's six then the inferred statutory one.</summary>
    public IReadOnlyList<Cadence> Cadences => Cadence.InOrder;

    /// <summary>The disclosure channels, the eight external then the four internal ones.</summary>
    public IReadOnlyList<Channel> Channels => Channel.InOrder;

    /// <summary>One scope rule per body type, in <see cref="BodyType"/> order.</summary>
    public IReadOnlyList<ScopeRule> ScopeRules { get; }

    /// <summary>The working-day calendar deadlines are counted in (D1).</summary>
    public IWorkingDayCalendar Calendar => calendar ?? ChinaWorkingDayCalendar.Official;

    /// <summary>The statutory rule (D3): 20 working days from the date information is formed or changed, for items no entry covers.</summary>
    public DeadlineRule StatutoryRule { get; }

    /// <summary>The on-time rates of the grades (D13): 95, 85 and 70 % unless a profile changed them.</summary>
    public GradeThresholds GradeThresholds { get; }

    /// <summary>How many working days each tier of the complaint network has before the complainant may escalate (D11): 20.</summary>
    public int ComplaintTierWorkingDays => ComplaintTierDays;

    /// <summary>The obligation level of <paramref name="bodyType"/> under this policy (§2.2).</summary>
    /// <param name="bodyType">The kind of body.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyType"/> is null.</exception>
    public ObligationLevel ObligationFor(BodyType bodyType) => ObligationsFor(bodyType).Level;

    /// <summary>Everything the policy asks of <paramref name="bodyType"/>: level, regime, items and entries (§2.2).</summary>
    /// <param name="bodyType">The kind of body.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyType"/> is null.</exception>
    public BodyObligations ObligationsFor(BodyType bodyType) => obligations[Preconditions.CheckNotNull(bodyType)];

    /// <summary>The entries and cadences that govern <paramref name="item"/> (§3.3, D3).</summary>
    /// <param name="item">A catalog item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public ItemSchedule ScheduleFor(DisclosureItem item) => schedules[Preconditions.CheckNotNull(item)];

    /// <summary>The deadline rule of <paramref name="entry"/> (D4–D8, or the profile's).</summary>
    /// <param name="entry">An entry of this policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentException">The entry is not in this policy (a profile removed it).</exception>
    public DeadlineRule RuleFor(ScheduleEntry entry) =>
        rules.TryGetValue(Preconditions.CheckNotNull(entry), out var rule) ? rule : throw NotInPolicy(entry, nameof(entry));

    /// <summary>This policy counted in another calendar — for example one with provisional years or the next year's notice.</summary>
    /// <param name="workingDays">The calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workingDays"/> is null.</exception>
    public DisclosurePolicy WithCalendar(IWorkingDayCalendar workingDays) =>
        new(Name, [.. ScopeRules], rules, StatutoryRule, Preconditions.CheckNotNull(workingDays), GradeThresholds);

    /// <summary>
    /// This policy with a county's profile applied: its cadence overrides, then its entry overrides, then its
    /// removed entries and its grade thresholds. Rules it does not mention stay as they were; the ones it changes name it as their source.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public DisclosurePolicy WithProfile(PolicyProfile profile)
    {
        Preconditions.CheckNotNull(profile);
        var changed = new Dictionary<ScheduleEntry, DeadlineRule>(rules);
        var statutory = StatutoryRule;
        foreach (var change in profile.Overrides.OrderBy(change => change.Entry is null ? 0 : 1))
        {
            DeadlineRule Changed(DeadlineRule rule) => new(rule.Trigger, change.Offset, change.Unit, profile.SourceId);
            if (change.Entry is { } entry)
            {
                changed[entry] = Changed(RuleFor(entry));
            }
            else
            {
                foreach (var entry2 in changed.Keys.Where(key => key.Cadence == change.Cadence).ToArray())
                {
                    changed[entry2] = Changed(changed[entry2]);
                }

                statutory = change.Cadence == Cadence.Statutory ? Changed(statutory) : statutory;
            }
        }

        foreach (var entry in profile.RemovedEntries)
        {
            changed.Remove(entry);
        }

        return new DisclosurePolicy(profile.Name, [.. ScopeRules], changed, statutory, calendar, profile.GradeThresholds ?? GradeThresholds);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private ArgumentException NotInPolicy(ScheduleEntry entry, string paramName) =>
        new($"{entry.Code} is not an entry of the policy \"{Name}\"; its profile removed it. Entries: {string.Join(", ", Entries.Select(e => e.Code))}.", paramName);

    private static DisclosurePolicy CreateDefault()
    {
        const string Scope = "§2.2";
        ScopeRule Rule(BodyType type, ObligationLevel level, GoverningRegime? regime = null) => new(type, level, regime, Scope);
        DeadlineRule Statutory(DeadlineTrigger trigger, string source) => new(trigger, StatutoryWorkingDays, DeadlineUnit.WorkingDays, source);

        // D4–D8: every cadence takes the statutory period of D3, counted from its own trigger.
        var rules = ScheduleEntry.InOrder.ToDictionary(entry => entry, entry => entry.Cadence.Name switch
        {
            nameof(Cadence.Immediate) => Statutory(DeadlineTrigger.EventDate, "D4"),
            nameof(Cadence.Monthly) or nameof(Cadence.Quarterly) => Statutory(DeadlineTrigger.PeriodEnd, "D5"),
            nameof(Cadence.Yearly) => Statutory(entry == ScheduleEntry.YR1 ? DeadlineTrigger.PeriodStart : DeadlineTrigger.PeriodEnd, "D6"),
            nameof(Cadence.PerBatch) => Statutory(DeadlineTrigger.EventDate, "D7"),
            _ => Statutory(DeadlineTrigger.EventDate, "D8"),
        });

        return new DisclosurePolicy("民政局深化政务公开意见 (seed policy)",
        [
            Rule(BodyType.AdministrativeOrgan, ObligationLevel.Full),
            Rule(BodyType.CivilServantManagedInstitution, ObligationLevel.Full),
            Rule(BodyType.InstitutionWithAdministrativeFunctions, ObligationLevel.Full),
            Rule(BodyType.School, ObligationLevel.ServiceDisclosure),
            Rule(BodyType.Hospital, ObligationLevel.ServiceDisclosure),
            Rule(BodyType.WaterUtility, ObligationLevel.ServiceDisclosure),
            Rule(BodyType.PowerUtility, ObligationLevel.ServiceDisclosure),
            Rule(BodyType.PublicTransport, ObligationLevel.ServiceDisclosure),
            Rule(BodyType.PartyOrgan, ObligationLevel.ByReference),
            Rule(BodyType.PeoplesCongressOrgan, ObligationLevel.ByReference),
            Rule(BodyType.CppccOrgan, ObligationLevel.ByReference),
            Rule(BodyType.JudicialOrgan, ObligationLevel.ByReference),
            Rule(BodyType.MassOrganization, ObligationLevel.ByReference),
            Rule(BodyType.Township, ObligationLevel.GovernedElsewhere, GoverningRegime.TownshipAffairs),
            Rule(BodyType.Village, ObligationLevel.GovernedElsewhere, GoverningRegime.VillageAffairs),
            Rule(BodyType.Enterprise, ObligationLevel.GovernedElsewhere, GoverningRegime.EnterpriseAffairs),
            Rule(BodyType.Other, ObligationLevel.NotObligated),
        ], rules, Statutory(DeadlineTrigger.EventDate, "D3"), null, GradeThresholds.Default);
    }
}
