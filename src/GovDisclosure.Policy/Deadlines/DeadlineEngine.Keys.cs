using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>Where an obligation's rule sits: one position space for every catalog, the built-in one first (its entries by value), then each
/// county catalog's rows; -1 for the built-in rows of items no entry wholly covers, which take the statutory rule (D3).</summary>
internal sealed partial class DeadlineEngine
{
    /// <summary>The position of <paramref name="obligation"/>'s rule, or -1 for an item counted by the statutory period.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="obligation"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy has no rule for the obligation; the message says why.</exception>
    internal int Position(ObligationKey obligation, string paramName) =>
        TryPosition(Preconditions.CheckNotNull(obligation, paramName), out var position, out var problem) ? position
            : throw new PolicyArgumentException(obligation.Entry is not null ? problem!
                : $"{paramName} names {obligation}, which the policy \"{PolicyName}\" cannot count: {problem}", paramName);

    /// <summary>The rule position of a county row that is in the policy, or -1 with the reason, worded for a deadline's caller.</summary>
    private int RowPosition(ObligationKey obligation, out string? problem) =>
        LocateRow(obligation.Catalog, obligation.Row, obligation.Part, forRecord: false, out problem);

    /// <summary>The position of part <paramref name="part"/> of row <paramref name="index"/> of <paramref name="bound"/>: the row's own for part
    /// 0, its part's for a part of a row of several events (D43); -1 for a part the row does not have.</summary>
    private static int PositionOf(BoundCatalog bound, int index, int part)
    {
        return part == 0 ? bound.Base + index : part <= PartsOf(bound.Catalog.Rows[index]) ? bound.Base + bound.PartStarts[index] + part - 1 : -1;
    }

    /// <summary>The position of <paramref name="obligation"/>'s rule, or false with the reason; a bound row is found by reference, with no text
    /// made.</summary>
    internal bool TryPosition(ObligationKey obligation, out int position, out string? problem)
    {
        problem = null;
        if (obligation.Entry is { } entry)
        {
            position = entry.Value;
            return table.Has(position) || Refused(out problem,
                $"{entry.Code} is not an entry of the policy \"{PolicyName}\"; its profile removed it. Entries: {string.Join(", ", Entries.Select(e => e.Code))}.");
        }

        position = -1;
        if (obligation.Item is { } item)
        {
            return ItemSchedule.For(item) is not { IsInferred: false, HasUncoveredParts: false } schedule || Refused(out problem,
                $"{string.Join(" and ", schedule.Entries.Select(e => e.Code))} cover{(schedule.Entries.Count == 1 ? "s" : "")} the item; name the entry instead.");
        }

        if (obligation.BoundRow is { } row)
        {
            foreach (var bound in catalogs)
            {
                if (ReferenceEquals(row.Catalog, bound.Catalog) && PositionOf(bound, row.Index, obligation.Part) is var at and >= 0 && table.Has(at))
                {
                    position = at;
                    return true;
                }
            }
        }

        position = RowPosition(obligation, out problem);
        return position >= 0;
    }

    private static bool Refused(out string? problem, string reason)
    {
        problem = reason;
        return false;
    }

    /// <summary>Whether <paramref name="position"/> is a part of a row of several events (D43), which no register records yet.</summary>
    internal bool IsPart(int position) =>
        position >= SeedPositions && CatalogAt(position) is var c && position - catalogs[c].Base >= catalogs[c].Catalog.Rows.Count;

    /// <summary>The county catalog row at <paramref name="position"/> (at or after the built-in catalog's positions).</summary>
    private CatalogRow RowAt(int position)
    {
        var c = CatalogAt(position);
        var (rows, offset) = (catalogs[c].Catalog.Rows, position - catalogs[c].Base);
        return rows[offset < rows.Count ? offset : catalogs[c].PartRows[offset - rows.Count]];
    }

    /// <summary>The index of the catalog whose positions hold <paramref name="position"/> (at or after the built-in catalog's).</summary>
    private int CatalogAt(int position)
    {
        var c = catalogs.Length - 1;
        while (catalogs[c].Base > position)
        {
            c--;
        }

        return c;
    }

    /// <summary>The rule of <paramref name="obligation"/>; see <see cref="DisclosurePolicy.GetRule(ObligationKey)"/>.</summary>
    internal DeadlineRule RuleFor(ObligationKey obligation, string paramName) =>
        Position(obligation, paramName) is var position and >= 0 ? table.Rule(position) : StatutoryRule;

    /// <summary>The rule of <paramref name="obligation"/>, or false; never throws.</summary>
    internal bool TryGetRule(ObligationKey obligation, out DeadlineRule? rule)
    {
        rule = TryPosition(obligation, out var position, out _) ? position >= 0 ? table.Rule(position) : StatutoryRule : null;
        return rule is not null;
    }

    /// <summary>The batch form; see <see cref="DisclosurePolicy.DueDates(ReadOnlySpan{ObligationKey}, ReadOnlySpan{LocalDate}, Span{LocalDate})"/>.
    /// Each key's position, then its due date from the table; nothing allocated unless a key or a count is refused.</summary>
    internal void DueDates(ReadOnlySpan<ObligationKey> obligations, ReadOnlySpan<LocalDate> dates, Span<LocalDate> results)
    {
        Preconditions.CheckArgument(dates.Length == obligations.Length, nameof(dates),
            "dates has {0} elements; it needs exactly {1}, one per obligation.", dates.Length, obligations.Length);
        Preconditions.CheckArgument(results.Length >= obligations.Length, nameof(results),
            "results has {0} elements; it needs at least {1}, one per obligation.", results.Length, obligations.Length);
        var ranks = Ranks;
        for (var i = 0; i < obligations.Length; i++)
        {
            // The parameter's name is only formatted for a failure: this loop runs a million times a batch, with no allocation.
            var obligation = obligations[i] ?? throw new PolicyArgumentException(
                $"obligations[{i}] is null; every due date needs its obligation.", $"obligations[{i}]");
            if (!TryPosition(obligation, out var position, out _))
            {
                Position(obligation, $"obligations[{i}]");   // throws, naming the element and why
            }

            if (!TryDueDateOnly(position, dates[i], ranks, out results[i]))
            {
                throw CountOutside($"dates[{i}]", dates[i], results[i]);
            }
        }
    }
}
