namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12: a PDF's lines make paragraphs as they were set — a line running to the right margin runs on into a next line starting
/// at the left one, across a page break too; an indented line, a short line's next and a section's heading start anew; a title set on two
/// centred lines is one — and page numbers in the margins are left out.</summary>
public sealed class PdfLayoutTests
{
    private const double Size = 10;

    /// <summary>A page of lines, each at its left edge and baseline, in glyphs <see cref="Size"/> points wide (<paramref name="size"/> for all).</summary>
    private static PdfPageContent Page(int number, double size, params (string Text, double Left, double Baseline)[] lines) =>
        new(number, 600, 800, [.. lines.SelectMany(line => PdfLineTests.Glyphs(line.Text, line.Left, line.Baseline, size))], []);

    private static PdfPageContent Page(int number, params (string Text, double Left, double Baseline)[] lines) => Page(number, Size, lines);

    private static string[] Texts(params PdfPageContent[] pages) => [.. PdfLayout.Blocks(pages).OfType<TextBlock>().Select(block => block.Text)];

    private static readonly string Full = new('政', 40);   // 100 to 500: a full line of a page whose margins are 100 and 500

    [Fact]
    public void Sec12_a_full_line_runs_on_into_a_line_at_the_left_margin_and_an_indented_line_starts_a_paragraph()
    {
        var texts = Texts(Page(1, (Full, 100, 700), ("一二三", 100, 685), ("四" + new string('府', 37), 120, 670), (Full, 100, 655), ("五", 100, 640)));

        Assert.Equal([Full + "一二三", "四" + new string('府', 37) + Full + "五"], texts);
    }

    [Theory]
    [InlineData(486, true)]   // right margin 500, less 1.5 of the size: still full
    [InlineData(485, true)]   // exactly 1.5 of the size short
    [InlineData(484, false)]
    public void Sec12_a_line_reaches_the_right_margin_within_one_and_a_half_of_its_size(double right, bool runsOn)
    {
        var shortLine = new string('政', (int)((right - 100) / Size));
        var texts = Texts(Page(1, (Full, 100, 700), (Full, 100, 685), (Full, 100, 670), (Full, 100, 655), (Full, 100, 640), (shortLine, 100 + (right - 100) % Size, 625), ("末", 100, 610)));

        Assert.Equal(runsOn ? 1 : 2, texts.Length);
    }

    [Theory]
    [InlineData(107.9, 1)]   // left margin 100, plus 0.8 of the size: still at the margin
    [InlineData(108, 1)]     // exactly 0.8 of the size in
    [InlineData(108.1, 2)]
    public void Sec12_a_line_starts_at_the_left_margin_within_eight_tenths_of_its_size(double left, int paragraphs)
    {
        Assert.Equal(paragraphs, Texts(Page(1, (Full, 100, 700), ("一二三", left, 685))).Length);
    }

    [Fact]
    public void Sec12_a_paragraph_runs_on_over_a_page_break_and_the_page_numbers_in_the_margins_are_left_out()
    {
        var texts = Texts(Page(1, (Full, 100, 700), ("-1-", 290, 40)), Page(2, ("第2页", 280, 780), ("续", 100, 700), ("第2页", 280, 400)));

        Assert.Equal([Full + "续", "第2页"], texts);   // the page number mid-page is text
    }

    [Theory]
    [InlineData(72.5)]   // its top exactly at the bottom margin (a tenth of the page's 800 points)
    [InlineData(720)]    // its baseline exactly at the top margin
    public void Sec12_a_page_number_exactly_on_a_margins_edge_is_inside_the_page_and_kept(double baseline)
    {
        var texts = Texts(Page(1, ("正文", 100, 600), ("-1-", 290, baseline)));

        Assert.Contains("-1-", texts);
    }

    [Theory]
    [InlineData("-1-")]
    [InlineData("— 3 —")]
    [InlineData("第 3 页 共 6 页")]
    [InlineData("3/6")]
    public void Sec12_page_numbers_as_offices_print_them_are_left_out(string number)
    {
        Assert.Equal(["正文"], Texts(Page(1, ("正文", 100, 700), (number, 280, 30))));
    }

    [Fact]
    public void Sec12_a_title_on_two_centred_lines_is_one_and_a_sections_heading_is_never_run_into()
    {
        var page = new PdfPageContent(1, 600, 800,
        [
            .. PdfLineTests.Glyphs("淮安市人民政府", 230, 760, 20), .. PdfLineTests.Glyphs("2024年年度报告", 210, 730, 20),
            .. PdfLineTests.Glyphs("一、总体情况", 240, 700, 20), .. PdfLineTests.Glyphs("正文正文", 120, 670),
        ], []);

        var blocks = PdfLayout.Blocks([page]).Cast<TextBlock>().ToArray();

        Assert.Equal([("淮安市人民政府2024年年度报告", true), ("一、总体情况", true), ("正文正文", false)], blocks.Select(block => (block.Text, block.IsHeading)));
    }

    [Fact]
    public void Sec12_centred_lines_of_the_bodys_size_are_separate_paragraphs()
    {
        var page = new PdfPageContent(1, 600, 800,
        [
            .. PdfLineTests.Glyphs("标题", 280, 760, 20), .. PdfLineTests.Glyphs(Full, 100, 700),
            .. PdfLineTests.Glyphs("一二三四", 280, 670), .. PdfLineTests.Glyphs("五六七八", 280, 655),
        ], []);

        Assert.Equal(["标题", Full, "一二三四", "五六七八"], Texts(page));
    }

    [Fact]
    public void Sec12_a_box_around_text_is_read_as_text_and_as_a_table_where_a_table_continues_it()
    {
        var box = PdfTableTests.Page(1, ("注", 0, 0, 1, 1));
        var table = PdfTableTests.Page(2, ("续表", 0, 0, 1, 1), ("5", 1, 0, 1, 1));

        Assert.Equal(["注"], Texts(box));
        Assert.Empty(PdfLayout.Blocks([box]).OfType<TableBlock>());
        Assert.Equal(3, Assert.Single(PdfLayout.Blocks([box, table]).OfType<TableBlock>()).RowCount);
    }
}
