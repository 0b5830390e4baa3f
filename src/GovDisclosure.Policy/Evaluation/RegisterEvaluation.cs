using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// What an inspector concludes about a register as of a day: every unit's counts, rate, grade, sanction and
/// findings. Holds the units and the findings, not a copy of the register's records; <see cref="Outcomes"/>
/// works each obligation's outcome out again when enumerated. Immutable.
/// </summary>
public sealed partial class RegisterEvaluation
{
    private readonly EvaluationEngine engine;
    private readonly EvaluationEngine.OutcomeReplay[]? replays;   // null: the records were not kept
    private readonly Dictionary<string, UnitEvaluation> byBody;
    private readonly Register[] registers;   // the register evaluated, or a merge's parts' registers
    private Register? register;              // a merge's union, made when first asked for

    internal RegisterEvaluation(EvaluationEngine engine, Register register, LocalDate asOf, UnitEvaluation[] units, EvaluationEngine.OutcomeReplay? replay)
        : this(engine, register, asOf, units, replay is null ? null : [replay])
    {
    }

    private RegisterEvaluation(EvaluationEngine engine, Register register, LocalDate asOf, UnitEvaluation[] units, EvaluationEngine.OutcomeReplay[]? replays)
        : this(engine, [register], asOf, units, replays)
    {
        this.register = register;
    }

    private RegisterEvaluation(EvaluationEngine engine, Register[] registers, LocalDate asOf, UnitEvaluation[] units, EvaluationEngine.OutcomeReplay[]? replays)
    {
        this.engine = engine;
        this.registers = registers;
        PolicyName = engine.PolicyName;
        AsOf = asOf;
        Units = ReadOnly.Wrap(units);
        this.replays = replays;
        byBody = units.ToDictionary(unit => unit.Body.Id, StringComparer.Ordinal);
    }

    /// <summary>The name of the policy applied (<see cref="DisclosurePolicy.Name"/>).</summary>
    public string PolicyName { get; }

    /// <summary>The register evaluated; for an evaluation fed record by record (an <see cref="EvaluationSession"/>, or
    /// <c>PolicyJson.EvaluateRegister</c>), its units and supervision documents without the records, which were judged as they came and
    /// not kept; for a merge (<see cref="Merge"/>), the union of the parts' registers.</summary>
    public Register Register => register ?? Interlocked.CompareExchange(ref register, Register.Union(registers), null) ?? register!;

    /// <summary>The day of the evaluation: publications after it are not counted, and obligations due after it are pending.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One evaluation per unit, in the register's order.</summary>
    public IReadOnlyList<UnitEvaluation> Units { get; }

    /// <summary>Every finding, unit by unit.</summary>
    public IEnumerable<Finding> Findings => Units.SelectMany(unit => unit.Findings);

    /// <summary>
    /// The outcome of every obligation: each record's, then each recurring obligation that has no record. Worked
    /// out again each time the property is read, so that an evaluation of a million records does not keep a million
    /// outcomes; keep what it returns if you read it more than once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The evaluation was fed record by record and kept no records (or merges one that was);
    /// such an evaluation hands its outcomes to <see cref="EvaluationSessionOptions.OnOutcome"/> as it judges them instead.</exception>
    public IEnumerable<ObligationOutcome> Outcomes
    {
        get
        {
            if (replays is null)
            {
                throw new InvalidOperationException(
                    "This evaluation was fed record by record and kept no records, so it cannot list outcomes again; set EvaluationSessionOptions.OnOutcome " +
                    "(or pass an outcome callback to PolicyJson.EvaluateRegister) to receive each outcome as it is judged.");
            }

            var read = Array.ConvertAll(replays, replay => replay.Read());
            return ReadOnly.Wrap<ObligationOutcome>([.. read.SelectMany(part => part.Records), .. read.SelectMany(part => part.Unrecorded)]);
        }
    }

    /// <summary>The evaluation of the unit <paramref name="bodyId"/>.</summary>
    /// <param name="bodyId">A unit of the register.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The register has no such unit; see <see cref="TryGetUnit"/>.</exception>
    public UnitEvaluation GetUnit(string bodyId) =>
        TryGetUnit(Preconditions.CheckNotNull(bodyId), out var unit) ? unit : throw new KeyNotFoundException($"The register has no unit \"{bodyId}\".");

    /// <summary>Finds the evaluation of the unit <paramref name="bodyId"/>; false when the register has no such unit.</summary>
    /// <param name="bodyId">A unit's id; may be null.</param>
    /// <param name="unit">The unit's evaluation, or null.</param>
    public bool TryGetUnit([NotNullWhen(true)] string? bodyId, [MaybeNullWhen(false)] out UnitEvaluation unit)
    {
        unit = null;
        return bodyId is not null && byBody.TryGetValue(bodyId, out unit);
    }
}
