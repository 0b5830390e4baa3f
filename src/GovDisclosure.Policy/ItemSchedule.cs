namespace GovDisclosure.Policy;

/// <summary>
/// When an item is disclosed: the schedule entries that cover it (§3.3) and, where the seed gives the
/// item or part of it no cadence, the <see cref="Cadence.Statutory"/> cadence the library infers (D3).
/// </summary>
public sealed class ItemSchedule
{
    // SPEC §3.3: the parts of G02 (progress and completion) and G18 (approvals, quotas, licences, fees)
    // that no entry names take the statutory cadence too.
    private static readonly DisclosureItem[] PartlyCovered = [DisclosureItem.G02, DisclosureItem.G18];

    internal ItemSchedule(DisclosureItem item)
    {
        Item = item;
        Entries = ReadOnly.Wrap(ScheduleEntry.InOrder.Where(entry => entry.Covers(item)).ToArray());
        HasUncoveredParts = PartlyCovered.Contains(item);
        var cadences = Entries.Select(entry => entry.Cadence).Distinct().ToList();
        if (IsInferred || HasUncoveredParts)
        {
            cadences.Add(Cadence.Statutory);
        }

        Cadences = ReadOnly.Wrap(cadences.ToArray());
    }

    /// <summary>The schedule of <paramref name="item"/>; the same in every policy, since profiles change deadlines, not the schedule's items.</summary>
    internal static ItemSchedule For(DisclosureItem item) => new(item);

    /// <summary>The item.</summary>
    public DisclosureItem Item { get; }

    /// <summary>The entries that list the item, in schedule order; empty for G15 and I04.</summary>
    public IReadOnlyList<ScheduleEntry> Entries { get; }

    /// <summary>True when no entry lists the item, so its whole cadence is inferred (D3), not stated by the seed.</summary>
    public bool IsInferred => Entries.Count == 0;

    /// <summary>True when entries cover only part of the item and the rest takes the statutory cadence (D3): G02 and G18.</summary>
    public bool HasUncoveredParts { get; }

    /// <summary>
    /// The item's cadences: those of its entries in order, then <see cref="Cadence.Statutory"/> when the
    /// item is wholly or partly inferred. Never empty.
    /// </summary>
    public IReadOnlyList<Cadence> Cadences { get; }

    /// <summary>The clause or default ids the schedule rests on: each entry's clause, then D3 when inferred.</summary>
    public IEnumerable<string> SourceIds =>
        Entries.Select(entry => entry.ClauseId).Concat(IsInferred || HasUncoveredParts ? ["D3"] : []);
}
