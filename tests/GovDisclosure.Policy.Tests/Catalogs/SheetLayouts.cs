namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>How one of 公开对象, 公开方式 and 公开层级 is laid out: its words in one cell, ticked boxes in one cell, a tick column per member
/// under the group's cell (two header rows), or a tick column per member headed "公开对象-全社会" (one header row).</summary>
internal enum ChoiceStyle
{
    Words,
    Boxes,
    Ticks,
    Joined,
}

/// <summary>A layout counties use (§13): title rows, one or two header rows, columns in some order, each group's style, a channel checklist.</summary>
internal sealed record SheetLayout(int TitleRows, bool TwoRowHeader, ChoiceStyle Audience, ChoiceStyle Mode, ChoiceStyle Levels, bool Checklist, int[] Order, int Seed)
{
    /// <summary>Which of <see cref="SheetLayouts.LevelColumns"/> the 公开层级 tick columns are.</summary>
    internal int LevelSet { get; init; }
}

/// <summary>Lays catalog rows out as a sheet of a given layout, with the merges an office suite would record, and generates both.</summary>
internal static class SheetLayouts
{
    private static readonly string[] TickMarks = ["√", "✓", "●", "是", "✔"];
    private static readonly string[] Separators = ["、", "\n", "，", "/"];

    /// <summary>The 公开层级 columns real sheets have: all four, 县级/乡级, 县级/乡、村级, 市级/县级/乡级.</summary>
    internal static readonly string[][] LevelColumns = [["市级", "县级", "乡级", "村级"], ["县级", "乡级"], ["县级", "乡、村级"], ["市级", "县级", "乡级"]];

    /// <summary>Rows and a layout from <paramref name="seed"/>: a catalog of 1 to 12 rows under a few items, with levels or without.</summary>
    internal static (CatalogRow[] Rows, SheetLayout Layout) Generate(int seed)
    {
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> from) => from[random.Next(from.Count)];
        List<T> Some<T>(IReadOnlyList<T> from) where T : class
        {
            var chosen = from.Where(_ => random.Next(3) == 0).ToList();
            return chosen.Count > 0 ? chosen : [Pick(from)];
        }

        var twoRows = random.Next(2) == 0;
        ChoiceStyle Style() => (ChoiceStyle)random.Next(4) is var style && style is ChoiceStyle.Ticks or ChoiceStyle.Joined
            ? twoRows ? ChoiceStyle.Ticks : ChoiceStyle.Joined
            : style;
        var hasLevels = random.Next(4) > 0;
        var thirdLevel = random.Next(4) == 0;
        var layout = new SheetLayout(random.Next(3), twoRows, Style(), Style(), Style(), random.Next(2) == 0,
            [.. Enumerable.Range(0, 13).OrderBy(_ => random.Next())], seed) { LevelSet = random.Next(LevelColumns.Length) };
        AdministrativeLevel[] Levels() => [.. Some(LevelColumns[layout.LevelSet]).SelectMany(Words).Select(word => AdministrativeLevel.InOrder.First(m => m.Label.Zh == word))];
        var first = new Dictionary<string, string[]> { ["社会救助"] = ["最低生活保障", "特困人员救助供养", "临时救助"], ["养老服务"] = ["老年人补贴", "养老机构"] };
        string[] contents = ["相关政策法规文件", "1.办理事项； 2.办理条件； 3.申请材料。", "初审对象名单及相关信息", "低保对象名单及相关信息"];
        string[] limits = ["制定或获取信息之日起10个工作日内", "信息形成或变更之日起20个工作日内", "制定或获取信息之日起10个工作日内，公示7个工作日", "实时公开", "每季度", "信息形成之日起 14个工作日内",
            "拟征收土地现状调查结束后5个工作日内，在村公示栏公开。\n收到征地批准文件之日起10个工作日内，在政府网站、征地信息公开平台公开", "制定或获取信息之日起120个工作日内"];
        var rows = new List<CatalogRow>();
        var (top, second) = (Pick(first.Keys.ToArray()), "");
        second = Pick(first[top]);
        for (var i = 0; i < random.Next(1, 13); i++)
        {
            if (i > 0 && random.Next(3) == 0)
            {
                (top, second) = random.Next(2) == 0 ? (Pick(first.Keys.ToArray()), "") : (top, "");
                second = Pick(first[top]);
            }

            string[] items = thirdLevel ? [top, second, Pick(new[] { "政策文件", "办事指南", "结果公开" })] : [top, second];
            rows.Add(Row($"{i + 1}", items, Pick(contents), Pick(new[] { "《政府信息公开条例》", "《社会救助暂行办法》" }), Pick(limits),
                Pick(new[] { "县级民政部门", "乡镇人民政府（街道办事处）" }), Some(NationalChannel.InOrder), Pick(CatalogAudience.InOrder),
                Some(DisclosureMode.InOrder), hasLevels ? Levels() : null));
        }

        return ([.. rows], layout);
    }

    internal static CatalogRow Row(string number, string[] items, string content, string basis, string limit, string body, IEnumerable<NationalChannel> channels,
        CatalogAudience audience, IEnumerable<DisclosureMode> modes, IEnumerable<AdministrativeLevel>? levels) =>
        CatalogRow.TryCreate(number, items, content, basis, limit, body, channels, audience, modes, levels, null, out var row, out var problems)
            ? row : throw new InvalidOperationException(string.Join("; ", problems));

    /// <summary>The rows laid out in <paramref name="layout"/> on a sheet named <paramref name="name"/>.</summary>
    internal static TestSheet Lay(IReadOnlyList<CatalogRow> rows, SheetLayout layout, string name)
    {
        var random = new Random(layout.Seed);
        var hasLevels = rows[0].Levels.Count > 0;
        var third = rows[0].Items.Count == 3;
        var columns = Columns(layout, hasLevels, third);
        var width = columns.Sum(column => column.Members.Length == 0 ? 1 : column.Members.Length);
        var sheet = new List<string?[]>();
        var merges = new List<(int, int, int, int)>();
        foreach (var title in new[] { "某县民政领域基层政务公开标准目录", "（2020年修订版）" }.Take(layout.TitleRows))
        {
            sheet.Add(Cells(width, (0, title)));
            merges.Add((sheet.Count - 1, 0, sheet.Count - 1, width - 1));
        }

        var headerRow = sheet.Count;
        var (top, sub) = (new string?[width], new string?[width]);
        var at = 0;
        foreach (var column in columns)
        {
            var span = Math.Max(1, column.Members.Length);
            if (column.Members.Length == 0)
            {
                top[at] = column.Name;
                if (layout.TwoRowHeader)
                {
                    merges.Add((headerRow, at, headerRow + 1, at));
                }
            }
            else if (layout.TwoRowHeader)
            {
                top[at] = column.Name;
                merges.Add((headerRow, at, headerRow, at + span - 1));
                column.Members.CopyTo(sub, at);
            }
            else
            {
                for (var m = 0; m < span; m++)
                {
                    top[at + m] = $"{column.Name}-{column.Members[m]}";
                }
            }

            at += span;
        }

        sheet.Add(top);
        if (layout.TwoRowHeader)
        {
            sheet.Add(sub);
        }

        var first = sheet.Count;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new string?[width];
            at = 0;
            foreach (var column in columns)
            {
                var values = Values(rows, r, column, layout, random);
                values.CopyTo(cells, at);
                at += values.Length;
            }

            sheet.Add(cells);
        }

        MergeItems(rows, columns, first, sheet, merges);
        return new TestSheet(name, sheet, merges);
    }

    private sealed record Column(string Name, string[] Members, ChoiceStyle Style);

    private static List<Column> Columns(SheetLayout layout, bool hasLevels, bool third)
    {
        Column Group(string name, IEnumerable<string> members, ChoiceStyle style) =>
            new(name, style is ChoiceStyle.Ticks or ChoiceStyle.Joined ? [.. members] : [], style);
        var all = new List<Column?>
        {
            new("序号", [], ChoiceStyle.Words), new("一级事项", [], ChoiceStyle.Words), new("二级事项", [], ChoiceStyle.Words),
            third ? new("三级事项", [], ChoiceStyle.Words) : null, new("公开内容（要素）", [], ChoiceStyle.Words), new("公开依据", [], ChoiceStyle.Words),
            new("公开时限", [], ChoiceStyle.Words), new("公开主体", [], ChoiceStyle.Words), new("公开渠道和载体", [], ChoiceStyle.Words),
            Group("公开对象", CatalogAudience.InOrder.Select(m => m.Label.Zh), layout.Audience), Group("公开方式", DisclosureMode.InOrder.Select(m => m.Label.Zh), layout.Mode),
            hasLevels ? Group("公开层级", LevelColumns[layout.LevelSet], layout.Levels) : null, null,
        };
        return [.. layout.Order.Select(i => all[i]).OfType<Column>()];
    }

    private static string?[] Values(IReadOnlyList<CatalogRow> rows, int r, Column column, SheetLayout layout, Random random)
    {
        var row = rows[r];
        string Joined<T>(IEnumerable<T> chosen) where T : BilingualPolicyEnum<T> => string.Join(random.Next(2) == 0 ? "、" : "，", chosen.Select(m => m.Label.Zh));
        string Boxes<T>(IReadOnlyList<T> chosen) where T : BilingualPolicyEnum<T> =>
            string.Join(random.Next(2) == 0 ? " " : "", BilingualPolicyEnum<T>.InOrder.Select(m => (chosen.Contains(m) ? "■" : "□") + m.Label.Zh));
        string?[] Choice<T>(IReadOnlyList<T> chosen) where T : BilingualPolicyEnum<T> =>
            column.Members.Length > 0
                ? [.. column.Members.Select(heading => (column.Name == "公开层级" ? Words(heading) : [heading]).All(word => chosen.Any(m => m.Label.Zh == word))
                    ? TickMarks[random.Next(TickMarks.Length)] : null)]
                : column.Style == ChoiceStyle.Boxes ? [Boxes(chosen)] : [Joined(chosen)];
        return column.Name switch
        {
            "序号" => [row.Number],
            "一级事项" => [Item(rows, r, 0)],
            "二级事项" => [Item(rows, r, 1)],
            "三级事项" => [Item(rows, r, 2)],
            "公开内容（要素）" => [row.Content],
            "公开依据" => [row.LegalBasis],
            "公开时限" => [row.TimeLimitText],
            "公开主体" => [row.ResponsibleBody],
            "公开渠道和载体" => [layout.Checklist
                ? string.Concat(NationalChannel.InOrder.Select(c => (row.Channels.Contains(c) ? "■" : "□") + c.Label.Zh))
                : string.Join(Separators[random.Next(Separators.Length)], row.Channels.Select(c => c.Label.Zh))],
            "公开对象" => Choice([row.Audience]),
            "公开方式" => Choice(row.Modes),
            _ => Choice(row.Levels),
        };
    }

    /// <summary>The members a tick column's heading stands for: 乡、村级 is 乡级 and 村级.</summary>
    private static IEnumerable<string> Words(string heading) => heading.Split('、').Select(word => word.EndsWith('级') ? word : word + "级");

    /// <summary>An item cell: empty where it repeats the row above under the same parent, as a merged cell leaves it.</summary>
    private static string? Item(IReadOnlyList<CatalogRow> rows, int r, int level) =>
        r > 0 && rows[r].Items.Take(level + 1).SequenceEqual(rows[r - 1].Items.Take(level + 1)) ? null : rows[r].Items[level];

    private static void MergeItems(IReadOnlyList<CatalogRow> rows, List<Column> columns, int first, List<string?[]> sheet, List<(int, int, int, int)> merges)
    {
        var at = 0;
        foreach (var column in columns)
        {
            var level = Array.IndexOf(["一级事项", "二级事项", "三级事项"], column.Name);
            for (var r = 0; level >= 0 && r < rows.Count;)
            {
                var end = r;
                while (end + 1 < rows.Count && sheet[first + end + 1][at] is null)
                {
                    end++;
                }

                if (end > r)
                {
                    merges.Add((first + r, at, first + end, at));
                }

                r = end + 1;
            }

            at += Math.Max(1, column.Members.Length);
        }
    }

    private static string?[] Cells(int width, params (int Column, string Value)[] values)
    {
        var cells = new string?[width];
        foreach (var (column, value) in values)
        {
            cells[column] = value;
        }

        return cells;
    }
}
