namespace GovDisclosure.Policy.Evaluation;

// Partitions: the evaluations of disjoint sets of units, merged into the evaluation of their union (§13).
public sealed partial class RegisterEvaluation
{
    /// <summary>
    /// The evaluation of the union of disjoint partitions, from the evaluations of each: exactly what evaluating one register of all
    /// their units, records and documents gives, the parts' units in the order given. A partition is a set of units that nothing of
    /// the register relates to a unit outside it — in practice a county, whose complaints, requests and reports are its own units' —
    /// so a host shards by county in the scheduler or database it already runs, or evaluates partitions on several cores at once.
    /// </summary>
    /// <remarks>
    /// Every part must come from one <see cref="DisclosurePolicy"/> instance, as of one day, for one year, with no unit in two parts.
    /// A county-wide inspection plan (one that names no unit) is every unit's, so the parts must agree on the days such plans hold in
    /// the year; give each partition the plans of its county, or name the units. Record ids are not compared across parts — that
    /// would cost memory for every record, as a stream's repeated ids would (<see cref="EvaluationSession"/>). The union's
    /// <see cref="Outcomes"/> can be listed when every part's can.
    /// </remarks>
    /// <param name="parts">The evaluations of the partitions; at least one.</param>
    /// <returns>The evaluation of the union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty; or the parts differ in policy, day or year, share a unit,
    /// or disagree on the county-wide inspection days (the message names the first such part and unit).</exception>
    public static RegisterEvaluation Merge(IEnumerable<RegisterEvaluation> parts)
    {
        var all = ReadOnly.ArrayWithoutNulls(parts, nameof(parts));
        if (all.Length == 0)
        {
            throw new PolicyArgumentException("Merge needs the evaluation of at least one partition.", nameof(parts));
        }

        var first = all[0];
        var countyDays = CountyWideInspectionDays(first.registers[0]);   // a merge's parts agree on them, so its first register speaks for all
        var partOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < all.Length; p++)
        {
            var part = all[p];
            string? problem = !ReferenceEquals(part.engine, first.engine) ? $"was evaluated with another policy instance than parts[0] (\"{part.PolicyName}\")"
                : part.AsOf != first.AsOf ? $"is as of {part.AsOf.ToIso()}, parts[0] as of {first.AsOf.ToIso()}"
                : part.registers[0].Year != first.registers[0].Year ? $"is of {part.registers[0].Year}, parts[0] of {first.registers[0].Year}"
                : !countyDays.SetEquals(CountyWideInspectionDays(part.registers[0])) ? "has other county-wide inspection days in the year than parts[0]"
                : null;
            foreach (var unit in part.Units)
            {
                if (problem is null && !partOf.TryAdd(unit.Body.Id, p))
                {
                    problem = $"holds the unit \"{unit.Body.Id}\", which parts[{partOf[unit.Body.Id]}] holds too; partitions are disjoint";
                }
            }

            if (problem is not null)
            {
                throw new PolicyArgumentException($"parts[{p}] {problem}.", nameof(parts));
            }
        }

        // The union register is made when first asked for: a merge itself costs no copy of the records.
        return new RegisterEvaluation(first.engine, [.. all.SelectMany(part => part.registers)], first.AsOf,
            [.. all.SelectMany(part => part.Units)], all.All(part => part.replays is not null) ? [.. all.SelectMany(part => part.replays!)] : null);
    }

    /// <summary>The days of the register's year that its county-wide inspection plans hold (§4.1, D24), counted as every unit counts them.</summary>
    private static HashSet<LocalDate> CountyWideInspectionDays(Register register) =>
        [.. SupervisionCheck.InspectionDays(register.Inspections.Where(plan => plan.BodyId is null), register.Year)];
}
