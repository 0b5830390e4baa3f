namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12: a PDF's glyphs read as lines — one baseline each, spaces where a space glyph or a wide gap stands, a glyph printed twice
/// read once — and lines read one below another join as Chinese is set.</summary>
public sealed class PdfLineTests
{
    /// <summary>Glyphs of <paramref name="text"/> from <paramref name="left"/>, each <paramref name="size"/> wide, a space half that.</summary>
    internal static List<PdfGlyph> Glyphs(string text, double left, double baseline, double size = 10)
    {
        var glyphs = new List<PdfGlyph>();
        foreach (var c in text)
        {
            var width = c == ' ' ? size / 2 : size;
            glyphs.Add(new PdfGlyph(c.ToString(), left, left + width, baseline - 0.15 * size, baseline + 0.75 * size, baseline, size));
            left += width;
        }

        return glyphs;
    }

    [Fact]
    public void Sec12_glyphs_on_one_baseline_are_one_line_read_left_to_right_whatever_order_they_were_drawn_in()
    {
        var glyphs = Glyphs("政府信息", 100, 500);
        glyphs.Reverse();

        var line = Assert.Single(PdfLine.Of(1, glyphs));

        Assert.Equal(("政府信息", 100d, 140d, 500d, 10d, 4, 1), (line.Text, line.Left, line.Right, line.Baseline, line.Size, line.Length, line.Page));
    }

    [Theory]
    [InlineData(3.4, 1)]   // 0.34 of the size apart: still one line
    [InlineData(3.6, 2)]   // 0.36: two
    public void Sec12_baselines_closer_than_a_third_of_the_size_are_one_line(double apart, int lines)
    {
        var glyphs = Glyphs("一二", 100, 500).Concat(Glyphs("三四", 120, 500 - apart)).ToList();

        Assert.Equal(lines, PdfLine.Of(1, glyphs).Count);
    }

    [Fact]
    public void Sec12_lines_come_from_the_top_of_the_page_down()
    {
        var glyphs = Glyphs("下", 100, 300).Concat(Glyphs("上", 100, 600)).ToList();

        Assert.Equal(["上", "下"], PdfLine.Of(1, glyphs).Select(line => line.Text));
    }

    [Theory]
    [InlineData(5.9, "300153")]
    [InlineData(6.1, "3001 53")]   // wider than 0.6 of the size without a space glyph: a space (a table drawn without borders)
    public void Sec12_a_gap_wider_than_six_tenths_of_the_size_reads_as_a_space(double gap, string text)
    {
        var glyphs = Glyphs("3001", 100, 500).Concat(Glyphs("53", 140 + gap, 500)).ToList();

        Assert.Equal(text, Assert.Single(PdfLine.Of(1, glyphs)).Text);
    }

    [Fact]
    public void Sec12_a_space_glyph_is_a_space_and_spaces_alone_make_no_line()
    {
        Assert.Equal("Web 平台", Assert.Single(PdfLine.Of(1, Glyphs("Web 平台", 100, 500))).Text);
        Assert.Empty(PdfLine.Of(1, Glyphs("   ", 100, 500)));
    }

    [Theory]
    [InlineData(2.9, "淮安")]   // printed again under 0.3 of the size to the right: bold faked, one glyph
    [InlineData(3.1, "淮淮安")]
    public void Sec12_a_glyph_printed_again_beside_itself_is_read_once(double offset, string text)
    {
        var glyphs = Glyphs("淮", 100, 500).Concat(Glyphs("淮", 100 + offset, 500)).Concat(Glyphs("安", 112, 500)).ToList();

        Assert.Equal(text, Assert.Single(PdfLine.Of(1, glyphs)).Text);
    }

    [Fact]
    public void Sec12_a_lines_size_is_the_median_of_its_glyphs()
    {
        var glyphs = Glyphs("一", 100, 500, 10).Concat(Glyphs("二", 110, 500, 12)).Concat(Glyphs("三", 122, 500, 30)).ToList();

        Assert.Equal(12, Assert.Single(PdfLine.Of(1, glyphs)).Size);
    }

    [Theory]
    [InlineData("政策解读", "21个", "政策解读21个")]
    [InlineData("Web", "平台", "Web平台")]
    [InlineData("version", "2.0", "version 2.0")]
    [InlineData("", "平台", "平台")]
    public void Sec12_lines_join_without_a_space_beside_a_chinese_character_and_with_one_between_words(string above, string below, string joined)
    {
        Assert.Equal(joined, PdfLine.Join([above, below]));
    }

    [Fact]
    public void Sec12_glyphs_exactly_at_a_lines_tolerances_fall_on_the_side_the_rule_names()
    {
        static PdfGlyph At(string text, double left, double baseline = 0, double size = 10) => Glyphs(text, left, baseline, size)[0];

        // Two columns exactly twice the size apart: not yet a borderless table's row.
        Assert.False(Assert.Single(PdfLine.Of(1, [At("一", 0), At("二", 30)])).IsRow);
        // A glyph printed again exactly 0.3 of the size on: not an overprint, both kept.
        Assert.Equal("一一", Assert.Single(PdfLine.Of(1, [At("一", 0), At("一", 0.3 * 10)])).Text);
        // A gap of exactly 0.6 of the size: no space yet.
        Assert.Equal("一二", Assert.Single(PdfLine.Of(1, [At("一", 0), At("二", 10 + (0.6 * 10))])).Text);
        // Baselines exactly 0.35 of the size apart: still one line.
        Assert.Single(PdfLine.Of(1, [At("一", 0, 0.35 * 10), At("二", 20, 0)]));
        // The larger of two sizes decides: 3.4 apart is one line for a 10-point glyph beside an 8-point one.
        Assert.Single(PdfLine.Of(1, [At("一", 0, 3.4, 10), At("二", 20, 0, 8)]));
    }
}
