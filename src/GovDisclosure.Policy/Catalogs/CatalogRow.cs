using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// One row of a county's standard disclosure catalog (SPEC §10): its 序号, its place in the area's item tree, what is
/// disclosed and on what basis, by when (<see cref="TimeLimit"/>), by whom, through which channels, to whom, how, and
/// at which levels. Immutable; two rows are equal when every column is.
/// </summary>
public sealed class CatalogRow : IEquatable<CatalogRow>
{
    /// <summary>Creates a row, checking every column; each problem found is named in one exception.</summary>
    /// <param name="number">序号, as written: <c>"3"</c>, <c>"2.1"</c>.</param>
    /// <param name="items">The item tree from the top: 一级事项, 二级事项 and, where the catalog has it, 三级事项 — one to three names.</param>
    /// <param name="content">公开内容（要素）: what is disclosed.</param>
    /// <param name="legalBasis">公开依据: the legal basis.</param>
    /// <param name="timeLimit">公开时限, as written; read by <see cref="Catalogs.TimeLimit.Parse"/>. A row disclosed only on request may
    /// carry a sentence that is not a proactive time limit, kept as text.</param>
    /// <param name="responsibleBody">公开主体: the responsible body, for example <c>县级民政部门</c>.</param>
    /// <param name="channels">公开渠道和载体: at least one, none twice.</param>
    /// <param name="audience">公开对象.</param>
    /// <param name="modes">公开方式: <see cref="DisclosureMode.Proactive"/>, <see cref="DisclosureMode.OnRequest"/> or both.</param>
    /// <param name="levels">公开层级: at least one, none twice.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of a list, is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, a list is empty or repeats a member, there are not one to three item names, or a
    /// proactive row's time limit cannot be read. The message names every such column.</exception>
    public CatalogRow(string number, IEnumerable<string> items, string content, string legalBasis, string timeLimit, string responsibleBody,
        IEnumerable<NationalChannel> channels, CatalogAudience audience, IEnumerable<DisclosureMode> modes, IEnumerable<AdministrativeLevel> levels)
        : this(number, items, content, legalBasis, timeLimit, responsibleBody, channels, audience, modes, levels, null, problems: null)
    {
    }

    private CatalogRow(string number, IEnumerable<string> items, string content, string legalBasis, string timeLimit, string responsibleBody,
        IEnumerable<NationalChannel> channels, CatalogAudience audience, IEnumerable<DisclosureMode> modes, IEnumerable<AdministrativeLevel>? levels,
        string? remarks, List<(string Column, string Message)>? problems)
    {
        Number = Preconditions.CheckNotNull(number);
        Items = ReadOnly.CopyWithoutNulls(items, nameof(items));
        Content = Preconditions.CheckNotNull(content);
        LegalBasis = Preconditions.CheckNotNull(legalBasis);
        TimeLimitText = Preconditions.CheckNotNull(timeLimit);
        ResponsibleBody = Preconditions.CheckNotNull(responsibleBody);
        Channels = ReadOnly.CopyWithoutNulls(channels, nameof(channels));
        Audience = Preconditions.CheckNotNull(audience);
        Modes = ReadOnly.CopyWithoutNulls(modes, nameof(modes));
        Levels = levels is null ? ReadOnly.Wrap(Array.Empty<AdministrativeLevel>()) : ReadOnly.CopyWithoutNulls(levels, nameof(levels));
        Remarks = remarks;

        var found = problems ?? [];
        TimeLimit = CheckColumns(found, levelsColumn: levels is not null);
        if (problems is null && found.Count > 0)
        {
            throw new PolicyArgumentException(
                $"Catalog row {(number.Length == 0 ? "with no 序号" : number)} is not valid: {string.Join("; ", found.Select(p => $"{p.Column}: {p.Message}"))}.", null);
        }
    }

    /// <summary>A copy of <paramref name="row"/> that knows its place in <paramref name="catalog"/>, so that engines find its rule by position.</summary>
    private CatalogRow(CatalogRow row, CountyCatalog catalog, int index)
    {
        (Number, Items, Content, LegalBasis, TimeLimitText, TimeLimit, ResponsibleBody) =
            (row.Number, row.Items, row.Content, row.LegalBasis, row.TimeLimitText, row.TimeLimit, row.ResponsibleBody);
        (Channels, Audience, Modes, Levels, Remarks) = (row.Channels, row.Audience, row.Modes, row.Levels, row.Remarks);
        Catalog = catalog;
        Index = index;
    }

    /// <summary>序号, as written; unique within its catalog.</summary>
    public string Number { get; }

    /// <summary>The item tree from the top: 一级事项, 二级事项 and, where the catalog has it, 三级事项.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>公开内容（要素）: what is disclosed.</summary>
    public string Content { get; }

    /// <summary>公开依据: the legal basis.</summary>
    public string LegalBasis { get; }

    /// <summary>公开时限 as written.</summary>
    public string TimeLimitText { get; }

    /// <summary>公开时限 read (D35); null only for a row disclosed solely on request whose sentence is not a proactive time limit.</summary>
    public TimeLimit? TimeLimit { get; }

    /// <summary>公开主体: the responsible body.</summary>
    public string ResponsibleBody { get; }

    /// <summary>公开渠道和载体: the channels the row is disclosed through, in the catalog's order.</summary>
    public IReadOnlyList<NationalChannel> Channels { get; }

    /// <summary>公开对象: who the row is disclosed to.</summary>
    public CatalogAudience Audience { get; }

    /// <summary>公开方式, in the catalog's order.</summary>
    public IReadOnlyList<DisclosureMode> Modes { get; }

    /// <summary>公开层级: the levels of body the row binds (§10), in the catalog's order. Empty for a row read from a catalog with no 公开层级
    /// column — a single-level body's catalog — which binds every body assigned the catalog.</summary>
    public IReadOnlyList<AdministrativeLevel> Levels { get; }

    /// <summary>备注, or null.</summary>
    public string? Remarks { get; init; }

    /// <summary>The catalog whose <see cref="CountyCatalog.Rows"/> hold this instance, or null for a row not (yet) in a catalog. Not part of equality.</summary>
    internal CountyCatalog? Catalog { get; }

    /// <summary>The row's position in <see cref="Catalog"/>, from 0.</summary>
    internal int Index { get; }

    /// <summary>True when the row is disclosed proactively and so has a deadline (D35).</summary>
    public bool IsProactive => Modes.Contains(DisclosureMode.Proactive);

    /// <summary>Whether the row binds a body of <paramref name="level"/> that was assigned its catalog (§10, "Who a catalog binds").</summary>
    /// <param name="level">The body's level.</param>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public bool Binds(AdministrativeLevel level) => Levels.Contains(Preconditions.CheckNotNull(level)) || Levels.Count == 0;

    /// <summary>This row as a row of <paramref name="catalog"/> at <paramref name="index"/>; equal to this one.</summary>
    internal CatalogRow BoundTo(CountyCatalog catalog, int index) => new(this, catalog, index);

    /// <summary>
    /// Creates a row as the constructor does, with its 备注, but gives what is wrong with its columns instead of throwing it: for readers of
    /// stored catalogs, which report each problem at its column.
    /// </summary>
    /// <param name="number">序号, as written.</param>
    /// <param name="items">The item tree from the top: one to three names.</param>
    /// <param name="content">公开内容（要素）.</param>
    /// <param name="legalBasis">公开依据.</param>
    /// <param name="timeLimit">公开时限, as written.</param>
    /// <param name="responsibleBody">公开主体.</param>
    /// <param name="channels">公开渠道和载体.</param>
    /// <param name="audience">公开对象.</param>
    /// <param name="modes">公开方式.</param>
    /// <param name="levels">公开层级; null for a row of a catalog that has no 公开层级 column (a single-level body's catalog), whose
    /// <see cref="Levels"/> are empty and which binds every body assigned the catalog.</param>
    /// <param name="remarks">备注, or null.</param>
    /// <param name="row">The row, or null when a column is wrong.</param>
    /// <param name="problems">One problem per wrong column, each with the column's published name (<see cref="CatalogProblem.Column"/>), row 0
    /// and the row's 序号; empty when <paramref name="row"/> was made.</param>
    /// <returns>Whether the row was made.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="remarks"/> and <paramref name="levels"/>, or an element of a
    /// list, is null.</exception>
    public static bool TryCreate(string number, IEnumerable<string> items, string content, string legalBasis, string timeLimit, string responsibleBody,
        IEnumerable<NationalChannel> channels, CatalogAudience audience, IEnumerable<DisclosureMode> modes, IEnumerable<AdministrativeLevel>? levels,
        string? remarks, [MaybeNullWhen(false)] out CatalogRow row, out IReadOnlyList<CatalogProblem> problems)
    {
        var found = new List<(string Column, string Message)>();
        var made = Read(number, items, content, legalBasis, timeLimit, responsibleBody, channels, audience, modes, levels, remarks, found);
        problems = ReadOnly.Wrap(found.Select(problem => new CatalogProblem(0, problem.Column, problem.Message) { Number = number }).ToArray());
        row = found.Count == 0 ? made : null;
        return row is not null;
    }

    /// <summary>A row as a reader found it, its problems added to <paramref name="problems"/> (each with its column) instead of thrown; null
    /// <paramref name="levels"/> for a catalog with no 公开层级 column.</summary>
    internal static CatalogRow Read(string number, IEnumerable<string> items, string content, string legalBasis, string timeLimit, string responsibleBody,
        IEnumerable<NationalChannel> channels, CatalogAudience audience, IEnumerable<DisclosureMode> modes, IEnumerable<AdministrativeLevel>? levels,
        string? remarks, List<(string Column, string Message)> problems) =>
        new(number, items, content, legalBasis, timeLimit, responsibleBody, channels, audience, modes, levels, remarks, problems);

    /// <inheritdoc />
    public bool Equals(CatalogRow? other) =>
        other is not null && Number == other.Number && Items.SequenceEqual(other.Items) && Content == other.Content && LegalBasis == other.LegalBasis &&
        TimeLimitText == other.TimeLimitText && ResponsibleBody == other.ResponsibleBody && Channels.SequenceEqual(other.Channels) &&
        Audience == other.Audience && Modes.SequenceEqual(other.Modes) && Levels.SequenceEqual(other.Levels) && Remarks == other.Remarks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CatalogRow);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, ReadOnly.SequenceHash(Items), Content, TimeLimitText, ReadOnly.SequenceHash(Channels), Audience,
        ReadOnly.SequenceHash(Modes), ReadOnly.SequenceHash(Levels));

    /// <inheritdoc />
    public override string ToString() => $"{Number} {string.Join("/", Items)}";

    private TimeLimit? CheckColumns(List<(string Column, string Message)> problems, bool levelsColumn)
    {
        void Text(string value, string column)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add((column, "is blank"));
            }
        }

        void Distinct<T>(IReadOnlyList<T> values, string column)
            where T : BilingualPolicyEnum<T>
        {
            if (values.Count == 0)
            {
                problems.Add((column, "names nothing"));
            }
            else if (values.Distinct().Count() < values.Count)
            {
                problems.Add((column, $"names {string.Join("、", values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key.Label.Zh))} twice"));
            }
        }

        Text(Number, CatalogColumns.Number);
        if (Items.Count is < 1 or > 3 || Items.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add((CatalogColumns.Items,
                $"the item tree has {Items.Count} names ({string.Join("/", Items)}); it needs 一级事项, 二级事项 and an optional 三级事项, none blank"));
        }

        Text(Content, CatalogColumns.Content);
        Text(LegalBasis, CatalogColumns.LegalBasis);
        Text(ResponsibleBody, CatalogColumns.ResponsibleBody);
        Distinct(Channels, CatalogColumns.Channels);
        Distinct(Modes, CatalogColumns.Mode);
        if (levelsColumn)
        {
            Distinct(Levels, CatalogColumns.Levels);
        }
        if (TimeLimitReader.Read(TimeLimitText, out var limit) is { } problem && (IsProactive || string.IsNullOrWhiteSpace(TimeLimitText)))
        {
            problems.Add((CatalogColumns.TimeLimit, problem));
        }

        return limit;
    }
}
