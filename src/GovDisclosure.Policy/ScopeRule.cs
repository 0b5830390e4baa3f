namespace GovDisclosure.Policy;

/// <summary>
/// One row of the policy's scope (§2.2): the obligation level of a body type, the openness regime that
/// governs it when the level is <see cref="ObligationLevel.GovernedElsewhere"/>, and the clause it comes from.
/// </summary>
public sealed record ScopeRule
{
    /// <summary>Creates a scope rule.</summary>
    /// <param name="bodyType">The body type the rule is about.</param>
    /// <param name="level">The level the body type has.</param>
    /// <param name="regime">The governing regime; required when <paramref name="level"/> is
    /// <see cref="ObligationLevel.GovernedElsewhere"/> and forbidden otherwise.</param>
    /// <param name="clauseId">The clause the rule comes from, for example <c>§2.2</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyType"/>, <paramref name="level"/> or <paramref name="clauseId"/> is null.</exception>
    /// <exception cref="ArgumentException">The regime is missing for, or given to, a level that does (not) need one.</exception>
    public ScopeRule(BodyType bodyType, ObligationLevel level, GoverningRegime? regime, string clauseId)
    {
        BodyType = Preconditions.CheckNotNull(bodyType);
        Level = Preconditions.CheckNotNull(level);
        ClauseId = Preconditions.CheckNotNull(clauseId);
        Preconditions.CheckArgument((level == ObligationLevel.GovernedElsewhere) == (regime is not null), nameof(regime),
            regime is null ? "A {0} rule for {1} must name the regime that governs the body." : "A {0} rule for {1} cannot name a governing regime.",
            level.Name, bodyType.Name);
        Regime = regime;
    }

    /// <summary>The body type the rule is about.</summary>
    public BodyType BodyType { get; }

    /// <summary>The obligation level of <see cref="BodyType"/>.</summary>
    public ObligationLevel Level { get; }

    /// <summary>The regime that governs the body instead of this policy; null unless <see cref="Level"/> is <see cref="ObligationLevel.GovernedElsewhere"/>.</summary>
    public GoverningRegime? Regime { get; }

    /// <summary>The clause the rule comes from.</summary>
    public string ClauseId { get; }
}
