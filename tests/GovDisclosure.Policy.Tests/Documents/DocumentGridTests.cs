namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12: tables as grids — merged cells in every slot they cover, hostile spans and nesting bounded — and text in the forms labels
/// and figures are matched in.</summary>
public sealed class DocumentGridTests
{
    [Fact]
    public void Sec12_a_cell_spanning_rows_and_columns_is_found_in_every_slot_it_covers_and_no_further_than_the_last_row()
    {
        var grid = new TableGridBuilder(2);
        grid.StartRow();
        grid.Add("a", rowSpan: 5, columnSpan: 2);
        grid.Add("b", 1, 1);
        grid.StartRow();
        grid.Add("c", 1, 1);
        var table = grid.Build();

        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Same(table[0, 0], table[1, 1]);
        Assert.Equal(("b", "c"), (table[0, 2].Text, table[1, 2].Text));
        Assert.Equal(["a", "c"], table.Distinct(1, 0, 3).Select(cell => cell.Text));
        Assert.Equal(["a", "b", "c"], table.Texts());
        Assert.Equal("", table[1, 7].Text);
    }

    [Fact]
    public void Sec12_words_vertical_merge_continues_the_cell_above_and_grid_before_leaves_slots_empty()
    {
        var grid = new TableGridBuilder(3);
        grid.StartRow();
        grid.Add("三、本年度办理结果", 1, 1);
        grid.Add("x", 1, 2);
        grid.StartRow();
        grid.ContinueAbove(1);
        grid.Add("y", 1, 2);
        grid.StartRow();
        grid.Skip(2);
        grid.Add("z", 1, 1);
        var table = grid.Build();

        Assert.Same(table[0, 0], table[1, 0]);
        Assert.Equal(("", "", "z"), (table[2, 0].Text, table[2, 1].Text, table[2, 2].Text));
        var first = new TableGridBuilder(1);
        first.StartRow();
        first.ContinueAbove(2);
        Assert.Equal(("", 1), (first.Build()[0, 1].Text, first.Build().RowCount));
    }

    [Fact]
    public void Sec12_a_cell_spanning_columns_over_a_slot_a_cell_above_spans_into_leaves_that_slot_to_it_and_continuing_past_a_shorter_row_is_a_new_cell()
    {
        var grid = new TableGridBuilder(2);
        grid.StartRow();
        grid.Add("x", 1, 1);
        grid.Add("a", rowSpan: 2, columnSpan: 1);
        grid.StartRow();
        grid.Add("b", 1, 3);
        grid.ContinueAbove(1);
        var table = grid.Build();

        Assert.Equal(["b", "a", "b", ""], Enumerable.Range(0, 4).Select(c => table[1, c].Text));
        Assert.Equal((1, 3), (table[1, 3].Row, table[1, 3].Column));
    }

    [Fact]
    public void Sec12_no_page_can_make_a_grid_wider_than_a_thousand_columns_or_nest_deep_enough_to_exhaust_the_stack()
    {
        var wide = "<table><tr><td colspan=\"1000\">a</td><td colspan=\"1000\">b</td></tr></table>";
        var deep = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "某县民政局2024年政府信息公开工作年度报告" + string.Concat(Enumerable.Repeat("</div>", 20_000));

        Assert.Equal(DocumentProblemKind.NotAReport, HtmlRoundTripTests.ReadHtml("<html><body>" + wide + "</body></html>").Problems[0].Kind);
        Assert.Equal(2024, HtmlRoundTripTests.ReadHtml("<html><body>" + deep + "</body></html>").Report!.Year);
        var grid = new TableGridBuilder(1);
        grid.StartRow();
        grid.Add("a", 1, 5000);
        Assert.Equal(TableGridBuilder.MaxColumns, grid.Build().ColumnCount);
    }

    [Theory]
    [InlineData("  政府信息\r\n公开  ", "政府信息公开")]
    [InlineData("共 12 件", "共 12 件")]
    [InlineData("Web\u00A0\u00A0平台\n2.0", "Web 平台 2.0")]
    [InlineData("\u3000\u3000一、总体情况", "一、总体情况")]
    [InlineData("", "")]
    public void Sec12_a_paragraph_reads_as_a_browser_shows_it(string text, string shown) => Assert.Equal(shown, TextForm.Collapse(text));

    [Theory]
    [InlineData("１２", false, 12)]
    [InlineData(" 1\u00A02 ", false, 12)]
    [InlineData("\u200B7", false, 7)]
    [InlineData("０．３５", true, 0.35)]
    [InlineData("-2", false, -2)]
    public void Sec12_a_cell_reads_as_its_figure(string text, bool decimals, double figure)
    {
        Assert.True(TextForm.TryFigure(text, decimals, out var read));
        Assert.Equal((decimal)figure, read);
    }

    [Theory]
    [InlineData("1.5", false)]
    [InlineData(".5", true)]
    [InlineData("5.", true)]
    [InlineData("1.2.3", true)]
    [InlineData("—", false)]
    [InlineData("-", false)]
    [InlineData("1,234", false)]
    [InlineData("1234567890", false)]
    [InlineData("123456789", false)]
    public void Sec12_a_cell_of_anything_else_is_no_figure(string text, bool decimals)
    {
        var read = TextForm.TryFigure(text, decimals, out var figure);

        Assert.Equal(text == "123456789", read);   // nine digits are still a figure; ten are not
        Assert.Equal(read ? 123456789m : null, figure);
    }

    [Fact]
    public void Sec12_a_blank_cell_is_blank_not_zero()
    {
        Assert.True(TextForm.TryFigure(" \u00A0\u3000", decimals: false, out var figure));
        Assert.Null(figure);
    }
}
