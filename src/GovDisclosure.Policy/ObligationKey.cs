using System.Diagnostics.CodeAnalysis;
using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy;

/// <summary>
/// What one obligation is, whatever its source: a catalog, a row of it, and a part of the row. The seed's schedule is the library's
/// built-in catalog (<see cref="BuiltInCatalog"/>): its rows are the 31 entries (<c>IM1</c>…<c>ST7</c>) and, counted by the statutory
/// period (D3), the items no entry wholly covers (<c>G15</c>, <c>I04</c>, …). A county catalog (§10) is another catalog, its rows named by
/// 序号. Records, deadlines, findings, outcomes and body calendars all name their obligation by this one key.
/// </summary>
/// <remarks>
/// Immutable; two keys are equal when catalog, row and part are equal (ordinal). A <see cref="ScheduleEntry"/> converts to its key
/// implicitly, so <c>policy.DueDate(ScheduleEntry.IM1, day)</c> reads as it always did.
/// </remarks>
public sealed class ObligationKey : IEquatable<ObligationKey>
{
    /// <summary>The name of the built-in catalog, the seed's schedule; no county catalog may take it.</summary>
    public const string BuiltInCatalog = "seed";

    private ObligationKey(string catalog, string row, int part, ScheduleEntry? entry, DisclosureItem? item, CatalogRow? boundRow)
    {
        Catalog = catalog;
        Row = row;
        Part = part;
        Entry = entry;
        Item = item;
        BoundRow = boundRow;
        hash = HashCode.Combine(StringComparer.Ordinal.GetHashCode(catalog), StringComparer.Ordinal.GetHashCode(row), part);
    }

    private readonly int hash;   // counted once: a register's checks hash a key per record

    /// <summary>The catalog's name: <see cref="BuiltInCatalog"/>, or a county catalog's <see cref="CountyCatalog.Name"/>.</summary>
    public string Catalog { get; }

    /// <summary>The row: an entry's code or an item's code in the built-in catalog, a 序号 as written in a county catalog.</summary>
    public string Row { get; }

    /// <summary>Which of a row's events the obligation is: 0 unless one catalog cell names two events (D43).</summary>
    public int Part { get; }

    /// <summary>True for a row of the built-in catalog, the seed's schedule.</summary>
    public bool IsBuiltIn => Entry is not null || Item is not null;

    /// <summary>The built-in catalog's entry, for the engines' fast paths.</summary>
    internal ScheduleEntry? Entry { get; }

    /// <summary>The built-in catalog's row of an item no entry wholly covers (D3).</summary>
    internal DisclosureItem? Item { get; }

    /// <summary>The county catalog's row when the key was taken from a catalog (<see cref="CountyCatalog.KeyOf(string)"/>), so that engines find its rule
    /// by reference; not part of equality.</summary>
    internal CatalogRow? BoundRow { get; }

    /// <summary>The key of a seed schedule entry: the built-in catalog's row named by its code.</summary>
    /// <param name="entry">The entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <returns>The entry's key, the same instance every time.</returns>
    public static ObligationKey Of(ScheduleEntry entry) => Preconditions.CheckNotNull(entry).Key;

    /// <summary>The key of a catalog item as an obligation of its own: what a record names for information no schedule entry covers (G15,
    /// I04 and the uncovered parts of G02 and G18 take the statutory period, D3).</summary>
    /// <param name="item">The item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <returns>The built-in catalog's row named by the item's code.</returns>
    public static ObligationKey Of(DisclosureItem item) =>
        new(BuiltInCatalog, Preconditions.CheckNotNull(item).Code, 0, null, item, null);

    /// <summary>The key of a row of a county catalog, by the catalog's name and the row's 序号 as registers name it (§10).</summary>
    /// <param name="catalog">The catalog's name, as <see cref="CountyCatalog.Name"/>.</param>
    /// <param name="row">The row's 序号 as written.</param>
    /// <param name="part">Which of the row's events, from 0 (D43).</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="catalog"/> or <paramref name="row"/> is blank, or <paramref name="catalog"/> is
    /// <see cref="BuiltInCatalog"/> (use <see cref="Of(ScheduleEntry)"/> or <see cref="Parse"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is negative.</exception>
    /// <returns>The key.</returns>
    public static ObligationKey InCatalog(string catalog, string row, int part = 0)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(catalog)), nameof(catalog), "The catalog's name is blank.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(row)), nameof(row), "The row's 序号 is blank.");
        Preconditions.CheckArgument(catalog != BuiltInCatalog, nameof(catalog),
            "\"{0}\" is the built-in catalog, the seed's schedule; name its rows with ObligationKey.Of(ScheduleEntry) or ObligationKey.Parse.", catalog);
        Preconditions.CheckArgumentRange(nameof(part), part, 0, int.MaxValue);
        return new ObligationKey(catalog, row, part, null, null, null);
    }

    /// <summary>The key of a row of the built-in catalog, by its code: an entry's (<c>IM1</c>) or an item's (<c>G15</c>).</summary>
    /// <param name="row">The code, as written (case-sensitive).</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentException">No entry or item has the code.</exception>
    /// <returns>The key.</returns>
    public static ObligationKey Parse(string row) =>
        TryParse(Preconditions.CheckNotNull(row), out var key) ? key : throw new PolicyArgumentException(
            $"\"{row}\" is neither a schedule entry's code (IM1…ST7) nor a catalog item's code (G01…I04): the built-in catalog has no such row.", nameof(row));

    /// <summary>The key of a row of the built-in catalog by its code, or false when no entry or item has it; never throws.</summary>
    /// <param name="row">The code, or null.</param>
    /// <param name="key">The key, or null.</param>
    /// <returns>Whether the code names a row of the built-in catalog.</returns>
    public static bool TryParse([NotNullWhen(true)] string? row, [MaybeNullWhen(false)] out ObligationKey key)
    {
        key = ScheduleEntry.TryParse(row, out var entry) ? entry.Key
            : DisclosureItem.TryParse(row, out var item) ? Of(item)
            : null;
        return key is not null;
    }

    /// <summary>The key of <paramref name="entry"/>; see <see cref="Of(ScheduleEntry)"/>.</summary>
    /// <param name="entry">The entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    [SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "Of(ScheduleEntry) is the named alternate.")]
    public static implicit operator ObligationKey(ScheduleEntry entry) => Of(entry);

    /// <summary>Whether the key names an entry of the built-in catalog, and which.</summary>
    /// <param name="entry">The entry, or null.</param>
    /// <returns>True for an entry's row of the built-in catalog.</returns>
    public bool TryGetEntry([MaybeNullWhen(false)] out ScheduleEntry entry)
    {
        entry = Entry;
        return entry is not null;
    }

    /// <summary>A key for part <paramref name="part"/> of <paramref name="row"/> of <paramref name="catalog"/> that remembers the row, for the
    /// engines' fast paths.</summary>
    internal static ObligationKey ForRow(CountyCatalog catalog, CatalogRow row, int part = 0) => new(catalog.Name, row.Number, part, null, null, row);

    /// <summary>The key of <paramref name="entry"/>, made once by the entry itself.</summary>
    internal static ObligationKey ForEntry(ScheduleEntry entry) => new(BuiltInCatalog, entry.Code, 0, entry, null, null);

    /// <summary>Whether <paramref name="other"/> names the same catalog, row and part.</summary>
    /// <param name="other">Another key, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ObligationKey? other) =>
        ReferenceEquals(this, other) || (other is not null && hash == other.hash && Part == other.Part &&
        string.Equals(Row, other.Row, StringComparison.Ordinal) && string.Equals(Catalog, other.Catalog, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObligationKey);

    /// <inheritdoc />
    public override int GetHashCode() => hash;

    /// <summary>The key as registers and explanations name it: the code for the built-in catalog (<c>IM1</c>), else the catalog's name and the
    /// 序号 (<c>某县民政 3</c>), with the part after a slash when it is not 0 (<c>某县民政 3/1</c>).</summary>
    /// <returns>The key in one line.</returns>
    public override string ToString() => (IsBuiltIn ? Row : $"{Catalog} {Row}") + (Part == 0 ? "" : $"/{Part}");

    /// <summary>How findings and register problems name the obligation: the code, or the catalog and <c>序号</c> (<c>某县民政 序号3</c>).</summary>
    internal string Name => IsBuiltIn ? Row : $"{Catalog} 序号{Row}";

    /// <summary>Equal keys.</summary>
    public static bool operator ==(ObligationKey? left, ObligationKey? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Keys that differ.</summary>
    public static bool operator !=(ObligationKey? left, ObligationKey? right) => !(left == right);
}
