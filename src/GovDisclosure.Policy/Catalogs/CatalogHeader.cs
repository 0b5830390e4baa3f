namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// A catalog sheet's header as counties lay it out (§10, §13): found below any title rows, in one row or two — a group cell over its
/// members (公开事项 over 一级/二级/三级事项; 公开对象 over 全社会 and 特定群体; 公开方式 over 主动 and 依申请; 公开层级 over 县级, 乡级, …),
/// merged or left blank to its right — or joined in one cell (<c>公开对象-全社会</c>). A column under a member is a tick column.
/// </summary>
internal sealed class CatalogHeader
{
    /// <summary>How many rows from the top are searched for the header, titles above it included.</summary>
    internal const int SearchedRows = 10;

    private const string ItemGroup = "公开事项";
    private static readonly string[] ChoiceGroups = [CatalogColumns.Audience, CatalogColumns.Mode, CatalogColumns.Levels];
    private static readonly string[] Known = [.. CatalogColumns.Required, .. CatalogColumns.Optional, ItemGroup];
    private static readonly char[] JoinedBy = ['-', '－', '—', '_'];

    private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Index, string[] Words)>> ticks = new(StringComparer.Ordinal);

    private CatalogHeader(int rows, int width) => (Rows, Width) = (rows, width);

    /// <summary>How many rows the header takes, titles above it included: the first row of data is this index of the sheet's rows.</summary>
    internal int Rows { get; }

    /// <summary>How many cells the header spans; a data cell past it belongs to no column.</summary>
    internal int Width { get; }

    /// <summary>Whether the sheet has <paramref name="column"/>, as one column or as tick columns.</summary>
    internal bool Has(string column) => columns.ContainsKey(column) || ticks.ContainsKey(column);

    /// <summary>The index of the one column named <paramref name="column"/>, or -1 when there is none (or only tick columns).</summary>
    internal int IndexOf(string column) => columns.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The tick columns of a group, each with the words a tick in it stands for; empty when the group is one column.</summary>
    internal IReadOnlyList<(int Index, string[] Words)> TicksOf(string group) => ticks.TryGetValue(group, out var list) ? list : [];

    /// <summary>The header of <paramref name="sheet"/>, or null with every problem of it added to <paramref name="problems"/>.</summary>
    internal static CatalogHeader? Read(IReadOnlyList<SheetRow> sheet, Func<int, string?, string, CatalogProblem> problem, ProblemList<CatalogProblem> problems)
    {
        var at = Find(sheet);
        if (at < 0)
        {
            problems.Add(problem(sheet.Count == 0 ? 0 : sheet[0].Number, null, sheet.Count == 0
                ? $"There is no header row; a catalog starts with {string.Join(",", CatalogColumns.Required)}."
                : $"No row among the first {SearchedRows} names three of a catalog's columns; the header names {string.Join(",", CatalogColumns.Required)}."));
            return null;
        }

        var (top, sub) = (sheet[at].Cells.Select(Heading).ToArray(), at + 1 < sheet.Count && IsSubHeading(sheet[at + 1]) ? sheet[at + 1].Cells.Select(Heading).ToArray() : null);
        var width = Math.Max(top.Length, sub?.Length ?? 0);
        var header = new CatalogHeader(at + (sub is null ? 1 : 2), width);
        var before = problems.Count;
        var group = "";
        for (var i = 0; i < width; i++)
        {
            var upper = i < top.Length ? top[i] : "";
            group = upper.Length > 0 ? upper : group;   // a group cell spans to its right until the next heading
            var lower = sub is not null && i < sub.Length ? sub[i] : "";
            var (row, name) = lower.Length > 0 && lower != upper ? (sheet[at + 1].Number, lower) : (sheet[at].Number, upper);
            if (name.Length == 0)
            {
                continue;   // an empty column between others
            }

            var parent = upper.Length > 0 ? upper : group;
            header.Add(i, parent != name ? parent : "", name, message => problems.Add(problem(row, name, message)));
        }

        foreach (var missing in CatalogColumns.Required.Where(name => !header.Has(name)))
        {
            problems.Add(problem(sheet[at].Number, missing, $"The header has no {missing} column; every catalog has {string.Join(",", CatalogColumns.Required)}."));
        }

        return problems.Count == before ? header : null;
    }

    /// <summary>Whether the first rows of <paramref name="sheet"/> hold a catalog's header.</summary>
    internal static bool IsCatalog(IReadOnlyList<SheetRow> sheet) => Find(sheet) >= 0;

    /// <summary>A heading cell as compared: every space and line break out, parentheses full-width.</summary>
    internal static string Heading(string cell) =>
        string.Concat(cell.Where(c => !char.IsWhiteSpace(c))).Replace('(', '（').Replace(')', '）');

    /// <summary>The first of the top rows that names at least three columns or groups, or -1.</summary>
    private static int Find(IReadOnlyList<SheetRow> sheet)
    {
        for (var i = 0; i < Math.Min(sheet.Count, SearchedRows); i++)
        {
            if (sheet[i].Cells.Select(Heading).Where(IsHeading).Distinct().Count() >= 3)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsHeading(string heading) => Known.Contains(heading) || JoinedAt(heading) > 0;

    /// <summary>Where a heading that joins a group and its member (<c>公开对象-全社会</c>) is cut, or -1.</summary>
    private static int JoinedAt(string heading) =>
        heading.IndexOfAny(JoinedBy) is > 0 and var cut && ChoiceGroups.Contains(heading[..cut]) ? cut : -1;

    /// <summary>A second header row: nothing but headings and the members of groups, at least one of them.</summary>
    private static bool IsSubHeading(SheetRow row)
    {
        var cells = row.Cells.Select(Heading).Where(cell => cell.Length > 0).ToArray();
        return cells.Length > 0 && cells.All(cell => Known.Contains(cell) || ChoiceGroups.Any(group => WordsOf(group, cell) is not null));
    }

    /// <summary>Adds the column at <paramref name="index"/>: <paramref name="name"/> under <paramref name="parent"/> ("" for none).</summary>
    private void Add(int index, string parent, string name, Action<string> problem)
    {
        if (JoinedAt(name) is > 0 and var cut)
        {
            (parent, name) = (name[..cut], name[(cut + 1)..]);   // 公开对象-全社会: a group and its member in one cell
        }

        if (ChoiceGroups.Contains(parent))
        {
            if (WordsOf(parent, name) is { } words)
            {
                AddTick(parent, index, words, problem);
            }
            else
            {
                problem($"\"{name}\" under {parent} is not one of {string.Join("、", MembersOf(parent))}.");
            }

            return;
        }

        if (!Known.Contains(name) || name == ItemGroup)
        {
            var closest = Spelling.ClosestUnique(name, CatalogColumns.Required.Concat(CatalogColumns.Optional));
            problem($"\"{name}\" is not a column of a catalog" + (closest is null ? "." : $"; did you mean {closest}?") +
                    $" The columns are {string.Join(",", CatalogColumns.Required)}, and optionally {string.Join(", ", CatalogColumns.Optional)}.");
        }
        else if (ticks.ContainsKey(name) || !columns.TryAdd(name, index))
        {
            problem($"The header names {name} twice.");
        }
    }

    private void AddTick(string group, int index, string[] words, Action<string> problem)
    {
        if (columns.ContainsKey(group))
        {
            problem($"The header names {group} twice: as one column and as tick columns.");
            return;
        }

        if (!ticks.TryGetValue(group, out var list))
        {
            ticks.Add(group, list = []);
        }

        if (list.SelectMany(tick => tick.Words).Intersect(words).ToArray() is { Length: > 0 } twice)
        {
            problem($"The header names {string.Join("、", twice)} twice under {group}.");
            return;
        }

        list.Add((index, words));
    }

    /// <summary>The members a heading under <paramref name="group"/> stands for, as words a cell could hold — 乡、村级 is 乡级 and 村级 — or null.</summary>
    internal static string[]? WordsOf(string group, string heading)
    {
        var members = MembersOf(group);
        var words = heading.Split(['、', '/', '，', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => group == CatalogColumns.Levels && !word.EndsWith("级", StringComparison.Ordinal) ? word + "级" : word)
            .Select(word => members.FirstOrDefault(member => word == member || word == member + "公开"))
            .ToArray();
        return words.Length > 0 && words.All(word => word is not null) ? words.Select(word => word!).ToArray() : null;
    }

    private static string[] MembersOf(string group) =>
        group == CatalogColumns.Audience ? [.. CatalogAudience.InOrder.Select(m => m.Label.Zh)]
        : group == CatalogColumns.Mode ? [.. DisclosureMode.InOrder.Select(m => m.Label.Zh)]
        : [.. AdministrativeLevel.InOrder.Select(m => m.Label.Zh)];
}

/// <summary>A row of a sheet: its number as the sheet shows it (from 1) and its cells, trimmed, empty for an empty cell.</summary>
internal readonly record struct SheetRow(int Number, string[] Cells);
