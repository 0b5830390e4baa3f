namespace GovDisclosure.Policy;

/// <summary>
/// The front door of the library: one immutable value bundling the catalog of items (§2.1), the
/// schedule (§3.3), the channels (§3.1) and the scope rules (§2.2) of a disclosure policy.
/// <see cref="Default"/> is the seed's policy. Instances are immutable and safe to share between threads.
/// </summary>
public sealed class DisclosurePolicy
{
    private static readonly Lazy<DisclosurePolicy> DefaultPolicy = new(CreateDefault);

    private readonly Dictionary<BodyType, BodyObligations> obligations;
    private readonly Dictionary<DisclosureItem, ItemSchedule> schedules;

    private DisclosurePolicy(string name, IEnumerable<ScopeRule> scopeRules)
    {
        Name = name;
        ScopeRules = scopeRules.OrderBy(rule => rule.BodyType.Value).ToArray();
        obligations = ScopeRules.ToDictionary(rule => rule.BodyType, rule => new BodyObligations(rule));
        schedules = Items.ToDictionary(item => item, item => new ItemSchedule(item));
    }

    /// <summary>
    /// The policy of the seed — the county Civil Affairs Bureau's opinions on deepening government-affairs
    /// openness — with the library's defaults where it is silent (SPEC §6).
    /// </summary>
    public static DisclosurePolicy Default => DefaultPolicy.Value;

    /// <summary>A short name for the policy, shown in explanations.</summary>
    public string Name { get; }

    /// <summary>The catalog of items in the seed's order (G01–G20, S01–S05, I01–I04).</summary>
    public IReadOnlyList<DisclosureItem> Items => DisclosureItem.InOrder;

    /// <summary>The schedule entries in the seed's order (IM1 … ST7).</summary>
    public IReadOnlyList<ScheduleEntry> Entries => ScheduleEntry.InOrder;

    /// <summary>The cadences, the seed's six then the inferred statutory one.</summary>
    public IReadOnlyList<Cadence> Cadences => Cadence.InOrder;

    /// <summary>The disclosure channels, the eight external then the four internal ones.</summary>
    public IReadOnlyList<Channel> Channels => Channel.InOrder;

    /// <summary>One scope rule per body type, in <see cref="BodyType"/> order.</summary>
    public IReadOnlyList<ScopeRule> ScopeRules { get; }

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

    /// <inheritdoc />
    public override string ToString() => Name;

    private static DisclosurePolicy CreateDefault()
    {
        const string Scope = "§2.2";
        ScopeRule Rule(BodyType type, ObligationLevel level, GoverningRegime? regime = null) => new(type, level, regime, Scope);
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
        ]);
    }
}
