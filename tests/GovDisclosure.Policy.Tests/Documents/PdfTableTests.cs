namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>
/// §12, §12.11: a PDF's tables found from the borders drawn around their cells — a missing border merges two slots, a box around text is
/// a box, strokes that do not meet are no table — and a table that runs onto the next page put together again: header rows it repeats
/// dropped, a cell the break cut in two made one again where its text ran on, a row the break cut made one row.
/// </summary>
public sealed class PdfTableTests
{
    private const double Left = 100, Top = 700, Width = 50, Height = 20;

    /// <summary>A page with a grid of boxed cells (columns <see cref="Width"/> wide, rows <see cref="Height"/> tall, from the top left at
    /// <see cref="Left"/>, <see cref="Top"/>), each cell's lines (split at '\n') set from its top left in glyphs 10 points wide.</summary>
    internal static PdfPageContent Page(int number, params (string Text, int Row, int Column, int Rows, int Columns)[] cells)
    {
        var glyphs = new List<PdfGlyph>();
        var rules = new List<PdfRule>();
        foreach (var (text, row, column, rows, columns) in cells)
        {
            var (left, right, top, bottom) = (Left + column * Width, Left + (column + columns) * Width, Top - row * Height, Top - (row + rows) * Height);
            rules.AddRange([new PdfRule(true, top, left, right), new PdfRule(true, bottom, left, right), new PdfRule(false, left, bottom, top), new PdfRule(false, right, bottom, top)]);
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                glyphs.AddRange(PdfLineTests.Glyphs(lines[i], left + 3, top - 12 - i * 12));
            }
        }

        return new PdfPageContent(number, 595, 842, glyphs, rules);
    }

    private static PdfTablePart Part(PdfPageContent page) => Assert.Single(PdfTableFinder.Find(page).Tables);

    private static string[][] Rows(TableBlock table) =>
        [.. Enumerable.Range(0, table.RowCount).Select(r => table.Distinct(r, 0, table.ColumnCount).Where(cell => cell.Row == r).Select(cell => cell.Text).ToArray())];

    [Fact]
    public void Sec12_cells_are_found_from_their_borders_a_missing_border_merging_slots()
    {
        var part = Part(Page(3, ("申请人", 0, 0, 2, 1), ("法人", 0, 1, 1, 2), ("商业", 1, 1, 1, 1), ("科研", 1, 2, 1, 1)));

        Assert.Equal((3, 2, Left, Left + 3 * Width, Top), (part.Page, part.RowCount, part.Left, part.Right, part.Top));
        Assert.Equal([(0, 2, Left, "申请人"), (0, 1, Left + Width, "法人"), (1, 2, Left + Width, "商业"), (1, 2, Left + 2 * Width, "科研")],
            part.Cells.OrderBy(cell => cell.Top).ThenBy(cell => cell.Left).Select(cell => (cell.Top, cell.Bottom, cell.Left, cell.Text)));
        Assert.False(part.IsBox);
    }

    [Fact]
    public void Sec12_glyphs_outside_every_frame_are_left_for_the_text()
    {
        var page = Page(1, ("一", 0, 0, 1, 1), ("二", 0, 1, 1, 1));
        page = page with { Glyphs = [.. page.Glyphs, .. PdfLineTests.Glyphs("正文", 100, 400)] };

        var (tables, outside) = PdfTableFinder.Find(page);

        Assert.Equal("正文", string.Concat(outside.Select(glyph => glyph.Value)));
        Assert.Equal(["一", "二"], Assert.Single(tables).Cells.Select(cell => cell.Text));
    }

    [Fact]
    public void Sec12_a_frame_of_one_cell_is_a_box_and_strokes_that_do_not_meet_are_no_table()
    {
        Assert.True(Part(Page(1, ("注", 0, 0, 1, 1))).IsBox);

        var strokes = new PdfPageContent(1, 595, 842, PdfLineTests.Glyphs("正文", 100, 400), [new PdfRule(true, 500, 100, 300), new PdfRule(true, 450, 100, 300), new PdfRule(false, 400, 100, 300)]);
        var (tables, outside) = PdfTableFinder.Find(strokes);
        Assert.Empty(tables);
        Assert.Equal(2, outside.Count);
    }

    [Theory]
    [InlineData(1.9, 1)]   // a border drawn 1.9 points off its neighbour's is the same border
    [InlineData(2.1, 2)]
    public void Sec12_borders_within_two_points_are_one(double off, int borders)
    {
        Assert.Equal(borders, PdfTableFinder.Cluster([Left, Left + off]).Count);

        var page = Page(1, ("一", 0, 0, 1, 1), ("二", 1, 0, 1, 1));
        page = page with { Rules = [.. page.Rules.Take(4), .. page.Rules.Skip(4).Select(rule => rule.Horizontal ? rule : rule with { At = rule.At + off })] };
        Assert.Equal(borders == 1 ? 2 : 3, Part(page).Cells.Count);   // two borders apart: a sliver of a cell between them
    }

    [Fact]
    public void Sec12_a_page_with_more_rules_than_a_table_has_is_read_as_text()
    {
        var table = Page(1, ("一", 0, 0, 1, 1), ("二", 0, 1, 1, 1));
        PdfPageContent With(int rules) => table with { Rules = [.. table.Rules, .. Enumerable.Range(0, rules - table.Rules.Count).Select(i => new PdfRule(true, 100 + i % 50, 10 * (i / 50), 10 * (i / 50) + 5))] };

        Assert.Single(PdfTableFinder.Find(With(PdfTableFinder.MaxRules)).Tables);
        Assert.Empty(PdfTableFinder.Find(With(PdfTableFinder.MaxRules + 1)).Tables);
    }

    [Theory]
    [InlineData(2, 0, true)]
    [InlineData(3, 0, false)]   // not the next page
    [InlineData(2, 2.9, true)]
    [InlineData(2, 3.0, true)]    // exactly 3 points off: still the table
    [InlineData(2, 3.1, false)]   // an edge more than 3 points off: another table
    public void Sec12_a_part_continues_the_table_only_on_the_next_page_and_as_wide(int page, double off, bool continues)
    {
        var first = new PdfTableAssembly(Part(Page(1, ("一", 0, 0, 1, 1), ("1", 0, 1, 1, 1))));
        var next = Page(page, ("二", 0, 0, 1, 1), ("2", 0, 1, 1, 1));
        next = next with { Rules = [.. next.Rules.Select(rule => rule.Horizontal ? rule with { To = rule.To + off } : rule.At > Left + Width ? rule with { At = rule.At + off } : rule)] };

        Assert.Equal(continues, first.IsContinuedBy(Part(next)));
    }

    [Fact]
    public void Sec12_header_rows_repeated_on_the_next_page_are_dropped_and_each_row_knows_its_page()
    {
        var table = new PdfTableAssembly(Part(Page(4, ("项目", 0, 0, 1, 1), ("总计", 0, 1, 1, 1), ("一、新收", 1, 0, 1, 1), ("5", 1, 1, 1, 1))));
        table.Continue(Part(Page(5, ("项目", 0, 0, 1, 1), ("总计", 0, 1, 1, 1), ("四、结转", 1, 0, 1, 1), ("2", 1, 1, 1, 1))));

        var built = table.Build();

        Assert.Equal([["项目", "总计"], ["一、新收", "5"], ["四、结转", "2"]], Rows(built));
        Assert.Equal([4, 4, 5], Enumerable.Range(0, built.RowCount).Select(r => built.PageOf(r)));
        Assert.Equal(4, built.Page);
    }

    [Theory]
    [InlineData(1000, true)]    // 100 rows of 1,000 slots: as many as a table may have
    [InlineData(1001, false)]   // one column more: too large to be a table
    public void Sec12_a_frame_of_more_slots_than_a_table_may_have_is_no_table(int columns, bool table)
    {
        const int rows = 100;
        var (right, bottom) = (10 + columns * 3.0, 800 - rows * 3.0);
        var rules = Enumerable.Range(0, rows + 1).Select(r => new PdfRule(true, 800 - r * 3.0, 10, right))
            .Concat(Enumerable.Range(0, columns + 1).Select(c => new PdfRule(false, 10 + c * 3.0, bottom, 800))).ToList();

        Assert.Equal(rows * 1000, PdfTableFinder.MaxSlots);
        Assert.Equal(table, PdfTableFinder.Find(new PdfPageContent(1, 595, 842, [], rules)).Tables.Count == 1);
    }

    [Fact]
    public void Sec12_a_part_of_nothing_but_the_repeated_header_is_kept_rather_than_left_empty()
    {
        var table = new PdfTableAssembly(Part(Page(4, ("项目", 0, 0, 1, 1), ("总计", 0, 1, 1, 1), ("新收", 1, 0, 1, 1), ("5", 1, 1, 1, 1))));
        table.Continue(Part(Page(5, ("项目", 0, 0, 1, 1), ("总计", 0, 1, 1, 1))));

        Assert.Equal([["项目", "总计"], ["新收", "5"], ["项目", "总计"]], Rows(table.Build()));
    }

    [Fact]
    public void Sec12_only_the_header_rows_before_the_first_figure_are_dropped_never_a_data_row_that_repeats()
    {
        var table = new PdfTableAssembly(Part(Page(4, ("项目", 0, 0, 1, 1), ("总计", 0, 1, 1, 1), ("一、新收", 1, 0, 1, 1), ("5", 1, 1, 1, 1))));
        table.Continue(Part(Page(5, ("项目", 0, 0, 1, 1), ("总计", 0, 1, 1, 1), ("一、新收", 1, 0, 1, 1), ("5", 1, 1, 1, 1), ("二、结转", 2, 0, 1, 1), ("2", 2, 1, 1, 1))));

        Assert.Equal([["项目", "总计"], ["一、新收", "5"], ["一、新收", "5"], ["二、结转", "2"]], Rows(table.Build()));
    }

    [Fact]
    public void Sec12_4_a_cell_below_the_break_wider_than_the_cell_above_does_not_run_on_from_it()
    {
        var table = new PdfTableAssembly(Part(Page(4, ("（四）无", 0, 0, 1, 1), ("1.甲", 0, 1, 1, 1), ("746", 0, 2, 1, 1))));
        table.Continue(Part(Page(5, ("法提供", 0, 0, 1, 2), ("11", 0, 2, 1, 1))));

        Assert.Equal([["（四）无", "1.甲", "746"], ["法提供", "11"]], Rows(table.Build()));
    }

    [Fact]
    public void Sec12_4_a_cell_below_the_break_with_its_right_edge_exactly_3_points_off_still_runs_on()
    {
        var table = new PdfTableAssembly(Part(Page(4, ("（四）无", 0, 0, 1, 1), ("1.甲", 0, 1, 1, 1), ("746", 0, 2, 1, 1))));
        var next = Page(5, ("法提供", 0, 0, 2, 1), ("2.乙", 0, 1, 1, 1), ("11", 0, 2, 1, 1), ("3.丙", 1, 1, 1, 1), ("1", 1, 2, 1, 1));
        next = next with { Rules = [.. next.Rules.Select(rule => !rule.Horizontal && Math.Abs(rule.At - (Left + Width)) < 1 ? rule with { At = rule.At + 3 } : rule)] };
        table.Continue(Part(next));

        Assert.Equal(["（四）无法提供", "1.甲", "746"], Rows(table.Build())[0]);
    }

    [Fact]
    public void Sec12_a_pages_tables_come_top_first_whatever_order_their_borders_were_drawn_in()
    {
        var upper = Page(1, ("上", 0, 0, 1, 1), ("表", 0, 1, 1, 1));
        var lower = Page(1, ("下", 0, 0, 1, 1), ("表", 0, 1, 1, 1));
        var page = new PdfPageContent(1, 595, 842, [.. upper.Glyphs, .. lower.Glyphs.Select(glyph => glyph with { Bottom = glyph.Bottom - 300, Top = glyph.Top - 300, Baseline = glyph.Baseline - 300 })],
            [.. lower.Rules.Select(rule => rule.Horizontal ? rule with { At = rule.At - 300 } : rule with { From = rule.From - 300, To = rule.To - 300 }), .. upper.Rules]);

        Assert.Equal(["上", "下"], PdfTableFinder.Find(page).Tables.Select(table => table.Cells.OrderBy(cell => cell.Left).First().Text));
    }

    [Fact]
    public void Sec12_a_header_row_of_the_same_words_spanning_other_rows_is_no_repeat()
    {
        var table = new PdfTableAssembly(Part(Page(4, ("项目", 0, 0, 1, 1), ("总计", 0, 1, 1, 1), ("一、新收", 1, 0, 1, 1), ("5", 1, 1, 1, 1))));
        table.Continue(Part(Page(5, ("项目", 0, 0, 2, 1), ("总计", 0, 1, 1, 1), ("2", 1, 1, 1, 1))));

        Assert.Equal(4, table.Build().RowCount);
    }

    [Fact]
    public void Sec12_a_first_row_that_differs_from_the_header_is_kept()
    {
        var table = new PdfTableAssembly(Part(Page(4, ("项目", 0, 0, 1, 1), ("总计", 0, 1, 1, 1), ("一、新收", 1, 0, 1, 1), ("5", 1, 1, 1, 1))));
        table.Continue(Part(Page(5, ("项目", 0, 0, 1, 1), ("合计", 0, 1, 1, 1), ("四、结转", 1, 0, 1, 1), ("2", 1, 1, 1, 1))));

        Assert.Equal(4, table.Build().RowCount);
    }

    [Fact]
    public void Sec12_4_a_merged_cell_the_break_cut_runs_on_when_its_line_above_was_full()
    {
        var table = new PdfTableAssembly(Part(Page(4, ("（四）无", 0, 0, 1, 1), ("1.甲", 0, 1, 1, 1), ("746", 0, 2, 1, 1))));
        table.Continue(Part(Page(5, ("法提供", 0, 0, 2, 1), ("2.乙", 0, 1, 1, 1), ("11", 0, 2, 1, 1), ("3.丙", 1, 1, 1, 1), ("1", 1, 2, 1, 1))));

        var built = table.Build();

        Assert.Equal([["（四）无法提供", "1.甲", "746"], ["2.乙", "11"], ["3.丙", "1"]], Rows(built));
        Assert.Same(built[0, 0], built[2, 0]);
    }

    [Theory]
    [InlineData("一二", "三四")]   // the line above had room for more: a cell of its own below
    [InlineData("（四）无", "2．没有")]   // numbered: a row of its own
    [InlineData("（四）无", "12")]   // a figure
    [InlineData("12", "三四五")]   // a figure above runs on into nothing
    public void Sec12_a_cell_below_the_break_is_its_own_where_its_text_does_not_run_on(string above, string below)
    {
        var table = new PdfTableAssembly(Part(Page(4, (above, 0, 0, 1, 1), ("5", 0, 1, 1, 1))));
        table.Continue(Part(Page(5, (below, 0, 0, 1, 1), ("6", 0, 1, 1, 1))));

        Assert.Equal([[above, "5"], [below, "6"]], Rows(table.Build()));
    }

    [Fact]
    public void Sec12_a_row_the_break_cut_in_two_is_one_row_its_blank_cells_below_dropped()
    {
        var table = new PdfTableAssembly(Part(Page(2, ("（五）不", 0, 0, 1, 1), ("1．信访", 0, 1, 1, 1), ("0", 0, 2, 1, 1))));
        table.Continue(Part(Page(3, ("予处理", 0, 0, 2, 1), ("举报", 0, 1, 1, 1), ("", 0, 2, 1, 1), ("2．重复", 1, 1, 1, 1), ("1", 1, 2, 1, 1))));

        var built = table.Build();

        Assert.Equal([["（五）不予处理", "1．信访举报", "0"], ["2．重复", "1"]], Rows(built));
        Assert.Equal([2, 3], Enumerable.Range(0, built.RowCount).Select(r => built.PageOf(r)));
    }

    [Fact]
    public void Sec12_blank_cells_under_text_join_it_only_where_the_break_cut_cells_of_their_row()
    {
        var cut = new PdfTableAssembly(Part(Page(6, ("复议结果", 0, 0, 1, 1), ("总计", 0, 1, 1, 1))));
        cut.Continue(Part(Page(7, ("维持", 0, 0, 1, 1), ("", 0, 1, 1, 1), ("1", 1, 0, 1, 1), ("2", 1, 1, 1, 1))));
        var uncut = new PdfTableAssembly(Part(Page(6, ("信息", 0, 0, 1, 1), ("本年收费", 0, 1, 1, 1))));
        uncut.Continue(Part(Page(7, ("收费", 0, 0, 1, 1), ("", 0, 1, 1, 1))));

        Assert.Equal([["复议结果维持", "总计"], ["1", "2"]], Rows(cut.Build()));
        Assert.Equal([["信息", "本年收费"], ["收费", ""]], Rows(uncut.Build()));
    }
}
