namespace GovDisclosure.Policy;

/// <summary>
/// What an inspector concludes about a register as of a day: every unit's counts, rate, grade, sanction and
/// findings. Holds the units and the findings, not a copy of the register's records; <see cref="Outcomes"/>
/// works each obligation's outcome out again when enumerated.
/// </summary>
public sealed class Evaluation
{
    private readonly Func<IEnumerable<ObligationOutcome>> outcomes;

    internal Evaluation(DisclosurePolicy policy, Register register, LocalDate asOf, IReadOnlyList<UnitEvaluation> units,
        Func<IEnumerable<ObligationOutcome>> outcomes)
    {
        Policy = policy;
        Register = register;
        AsOf = asOf;
        Units = units;
        this.outcomes = outcomes;
    }

    /// <summary>The policy applied.</summary>
    public DisclosurePolicy Policy { get; }

    /// <summary>The register evaluated.</summary>
    public Register Register { get; }

    /// <summary>The day of the evaluation: publications after it are not counted, and obligations due after it are pending.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One evaluation per unit, in the register's order.</summary>
    public IReadOnlyList<UnitEvaluation> Units { get; }

    /// <summary>Every finding, unit by unit.</summary>
    public IEnumerable<Finding> Findings => Units.SelectMany(unit => unit.Findings);

    /// <summary>
    /// The outcome of every obligation: each record's, then each recurring obligation that has no record. Worked
    /// out on enumeration, so an evaluation of a million records does not keep a million outcomes.
    /// </summary>
    public IEnumerable<ObligationOutcome> Outcomes => outcomes();

    /// <summary>The evaluation of the unit <paramref name="bodyId"/>.</summary>
    /// <param name="bodyId">A unit of the register.</param>
    /// <exception cref="KeyNotFoundException">The register has no such unit.</exception>
    public UnitEvaluation For(string bodyId) =>
        Units.FirstOrDefault(unit => unit.Body.Id == bodyId) ?? throw new KeyNotFoundException($"The register has no unit \"{bodyId}\".");
}
