namespace GovDisclosure.Policy;

/// <summary>What the policy asks of one body type (§2.2): its level and the items and entries that apply.</summary>
public sealed class BodyObligations
{
    internal BodyObligations(ScopeRule rule, IEnumerable<ScheduleEntry> policyEntries)
    {
        Rule = rule;
        Items = ReadOnly.Wrap(DisclosureItem.InOrder.Where(rule.Level.AppliesTo).ToArray());
        Entries = ReadOnly.Wrap(policyEntries.Where(rule.Level.AppliesTo).ToArray());
    }

    /// <summary>The scope rule the obligations follow from.</summary>
    public ScopeRule Rule { get; }

    /// <summary>The body type.</summary>
    public BodyType BodyType => Rule.BodyType;

    /// <summary>The body type's obligation level.</summary>
    public ObligationLevel Level => Rule.Level;

    /// <summary>The regime that governs the body instead, for <see cref="ObligationLevel.GovernedElsewhere"/>; otherwise null.</summary>
    public GoverningRegime? Regime => Rule.Regime;

    /// <summary>The catalog items the body must disclose, in catalog order; empty when it is not obligated.</summary>
    public IReadOnlyList<DisclosureItem> Items { get; }

    /// <summary>The policy's schedule entries that apply to the body, in schedule order; empty when it is not obligated.</summary>
    public IReadOnlyList<ScheduleEntry> Entries { get; }

    /// <summary>Whether findings about the body are binding (false for by-reference bodies: advisory).</summary>
    public bool FindingsAreBinding => Level.FindingsAreBinding;

    /// <summary>Whether the body must keep a service commitment (§2.1.C).</summary>
    public bool RequiresServiceCommitment => Level.RequiresServiceCommitment;
}
