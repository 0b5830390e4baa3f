using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Deadlines;

// The rule set: every rule by position (the seed's entries by value, then each county catalog's rows), and finding a row, a catalog or
// a body's assigned catalogs in it.
internal sealed partial class DeadlineEngine
{
    /// <summary>The seed's entry values: the positions before the first catalog's rows.</summary>
    private static readonly int SeedPositions = ScheduleEntry.InOrder.Max(entry => entry.Value) + 1;

    /// <summary>Every rule by position — the seed's schedule by entry value, then each catalog's rows — in one table: the seed is one more
    /// catalog to the engine.</summary>
    private static RuleTable Table(Dictionary<ScheduleEntry, DeadlineRule> rules, BoundCatalog[] catalogs)
    {
        var size = catalogs.Length == 0 ? SeedPositions : catalogs[^1].Base + catalogs[^1].Rules.Length;
        var byPosition = new DeadlineRule?[size];
        var cadences = new Cadence?[size];
        foreach (var (entry, rule) in rules)
        {
            (byPosition[entry.Value], cadences[entry.Value]) = (rule, entry.Cadence);
        }

        foreach (var bound in catalogs)
        {
            bound.Rules.CopyTo(byPosition, bound.Base);
            bound.Cadences.CopyTo(cadences, bound.Base);
        }

        return new RuleTable(byPosition, cadences);
    }

    /// <summary>How many catalogs the policy holds; catalog <c>c</c>'s rows take the positions from <see cref="CatalogBase"/>.</summary>
    internal int CatalogCount => catalogs.Length;

    /// <summary>The first rule position of catalog <paramref name="catalog"/> (its index in <see cref="Catalogs"/>).</summary>
    internal int CatalogBase(int catalog) => catalogs[catalog].Base;

    /// <summary>The index in <see cref="Catalogs"/> of the catalog named <paramref name="name"/>, or -1.</summary>
    internal int CatalogIndex(string name) => Array.FindIndex(catalogs, bound => bound.Catalog.Name == name);

    /// <summary>
    /// The index in <see cref="Catalogs"/> of each catalog a body is assigned (§10), in the order named; a name the policy does not have is an
    /// <see cref="ArgumentException"/> for <paramref name="paramName"/>, naming the body when <paramref name="bodyId"/> is given.
    /// </summary>
    internal int[] AssignedCatalogs(IReadOnlyList<string> names, string? bodyId, string paramName)
    {
        var indices = new int[names.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = CatalogIndex(names[i]) is var c and >= 0 ? c : throw new PolicyArgumentException(
                $"The body {(bodyId is null ? "" : $"\"{bodyId}\" ")}is assigned the catalog \"{names[i]}\", which the policy \"{PolicyName}\" does not have; " +
                $"add it with WithCatalog. Catalogs: {CatalogNames}.", paramName);
        }

        return indices;
    }

    /// <summary>The policy's catalogs as its errors list them: their names quoted, or "none".</summary>
    private string CatalogNames => catalogs.Length == 0 ? "none" : string.Join(", ", Catalogs.Select(catalog => $"\"{catalog.Name}\""));

    /// <summary>The cadence of the rule at <paramref name="position"/>, or null when the position has no rule.</summary>
    internal Cadence? CadenceAt(int position) => table.CadenceOrNull(position);

    /// <summary>
    /// The rule position of row <paramref name="rowNumber"/> of the catalog named <paramref name="catalogName"/>, as a register names it (§10),
    /// or -1 with the reason in <paramref name="problem"/>: no such catalog in the policy, no such row, or a row disclosed on request only.
    /// </summary>
    internal int LocateRow(string catalogName, string rowNumber, out string? problem) => LocateRow(catalogName, rowNumber, 0, forRecord: true, out problem);

    /// <summary>The position of a row's rule, or -1 with the reason; the reason for a row disclosed on request only speaks of a record or of
    /// a deadline, as asked.</summary>
    internal int LocateRow(string catalogName, string rowNumber, int part, bool forRecord, out string? problem)
    {
        problem = null;
        var c = CatalogIndex(catalogName);
        if (c < 0)
        {
            problem = $"it names the catalog \"{catalogName}\", which the policy \"{PolicyName}\" does not have; add it with WithCatalog. " +
                $"Catalogs: {CatalogNames}.";
            return -1;
        }

        var bound = catalogs[c];
        if (!bound.Catalog.TryGetRow(rowNumber, out var row))
        {
            problem = $"the catalog \"{catalogName}\" has no row with 序号 \"{rowNumber}\".";
            return -1;
        }

        if (part != 0)
        {
            var position = PositionOf(bound, row.Index, part);
            problem = position >= 0 ? null : bound.PartStarts[row.Index] < 0
                ? $"row {row.Number} of \"{catalogName}\" names one event, so it has no part {part}: parts are the events of a row that names several (D43)."
                : $"row {row.Number} of \"{catalogName}\" has parts 1 to {row.TimeLimit!.Parts.Count}, not {part} (D43).";
            return position;
        }

        if (bound.PartStarts[row.Index] >= 0)
        {
            var parts = row.TimeLimit!.Parts.Count;
            problem = forRecord
                ? $"row {rowNumber} of \"{catalogName}\" names {parts} events, each with its own period (D43); a register cannot record a row's parts yet, " +
                  "so its records cannot be judged."
                : $"row {row.Number} of \"{catalogName}\" names {parts} events, each with its own period (D43): name its part, 1 to {parts} " +
                  $"(CountyCatalog.KeyOf(\"{row.Number}\", part)).";
            return -1;
        }

        if (!table.Has(bound.Base + row.Index))
        {
            problem = forRecord
                ? $"row {rowNumber} of \"{catalogName}\" ({string.Join("/", row.Items)}) is disclosed on request only (依申请): it has no proactive " +
                  "deadline to record against (D35); a request's reply falls under §8."
                : $"row {row.Number} of \"{catalogName}\" ({string.Join("/", row.Items)}) is disclosed on request only (依申请): it has no proactive " +
                  "deadline (D35). A request's reply is due under the Regulations (§8).";
            return -1;
        }

        return bound.Base + row.Index;
    }

    /// <summary>A catalog of the policy: its rows' rules and cadences by row (null for a row disclosed on request only, or of several parts), then
    /// its rows' parts' (D43), from position <see cref="Base"/>; by row, where its parts start (or -1), and by part, its row.</summary>
    private readonly record struct BoundCatalog(CountyCatalog Catalog, DeadlineRule?[] Rules, Cadence?[] Cadences, int Base, int[] PartStarts, int[] PartRows);
}
