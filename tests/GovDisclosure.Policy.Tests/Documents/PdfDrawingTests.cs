using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12: what a PDF's pages give the reader — the straight strokes of its paths as rules (a stroked rectangle's four sides, a filled
/// rectangle thin enough to be a border, never a diagonal or a shaded cell), its glyphs with their sizes, its title property.</summary>
public sealed class PdfDrawingTests
{
    private static (List<PdfPageContent> Pages, string? Title) Drawn(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont> draw, string? title = null)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        draw(builder.AddPage(PageSize.A4), font);
        return PdfReport.Pages(builder.Build());
    }

    private static PdfRule[] Rules(Action<PdfPageBuilder> draw) =>
        [.. Drawn((page, font) => { page.AddText("x", 10, new PdfPoint(300, 800), font); draw(page); }).Pages[0].Rules.Select(Rounded)];

    private static PdfRule Rounded(PdfRule rule) => new(rule.Horizontal, Math.Round(rule.At, 1), Math.Round(rule.From, 1), Math.Round(rule.To, 1));

    [Theory]
    [InlineData(8, true)]   // a rule from 10 to 20 passes through what lies within two points of its ends
    [InlineData(7.99, false)]
    [InlineData(22, true)]
    [InlineData(22.01, false)]
    public void Sec12_a_rule_covers_what_lies_within_two_points_of_it(double position, bool covers)
    {
        Assert.Equal(covers, new PdfRule(true, 0, 10, 20).Covers(position));
    }

    [Fact]
    public void Sec12_a_stroke_as_far_up_as_across_is_horizontal_and_a_glyph_is_a_space_only_when_all_of_it_is()
    {
        Assert.Equal(new PdfRule(true, 2.5, 0, 5), PdfRule.Of(0, 0, 5, 5));
        Assert.Equal(new PdfRule(false, 2.5, 0, 6), PdfRule.Of(0, 0, 5, 6));
        Assert.False(new PdfGlyph(" a", 0, 1, 0, 1, 0, 1).IsSpace);
        Assert.True(new PdfGlyph("\u3000 ", 0, 1, 0, 1, 0, 1).IsSpace);
    }

    [Fact]
    public void Sec12_a_stroked_line_is_a_rule_and_a_diagonal_is_none()
    {
        var rules = Rules(page =>
        {
            page.DrawLine(new PdfPoint(100, 500), new PdfPoint(300, 500));
            page.DrawLine(new PdfPoint(100, 400), new PdfPoint(100, 200));
            page.DrawLine(new PdfPoint(100, 100), new PdfPoint(300, 300));
            page.DrawLine(new PdfPoint(50, 50), new PdfPoint(50.5, 50.5));   // a dot
        });

        Assert.Equal([new PdfRule(true, 500, 100, 300), new PdfRule(false, 100, 200, 400)], rules);
    }

    [Fact]
    public void Sec12_a_stroked_rectangle_is_its_four_sides()
    {
        var rules = Rules(page => page.DrawRectangle(new PdfPoint(100, 100), 200, 50, 1, fill: false));

        PdfRule[] sides = [new PdfRule(true, 100, 100, 300), new PdfRule(true, 150, 100, 300), new PdfRule(false, 100, 100, 150), new PdfRule(false, 300, 100, 150)];
        Assert.Equal(sides.OrderBy(rule => rule.ToString()), rules.OrderBy(rule => rule.ToString()));
    }

    [Theory]
    [InlineData(2.4, 1)]   // a filled rectangle 2.4 points thin is a border drawn so
    [InlineData(2.6, 0)]   // 2.6: a shaded cell, no rule
    public void Sec12_a_filled_rectangle_thin_enough_is_a_rule(double thickness, int rules)
    {
        var drawn = RawRules(FormattableString.Invariant($"100 100 200 {thickness} re f"));

        Assert.Equal(rules, drawn.Length);
        Assert.All(drawn, rule => Assert.Equal((true, Math.Round(100 + thickness / 2, 1), 100d, 300d), (rule.Horizontal, rule.At, rule.From, rule.To)));
    }

    [Fact]
    public void Sec12_a_thin_upright_filled_rectangle_is_a_vertical_rule_and_a_clipping_path_is_none()
    {
        Assert.Equal([new PdfRule(false, 101, 100, 300)], RawRules("100 100 2 200 re f"));
        Assert.Empty(RawRules("50 50 400 400 re W n"));
    }

    [Theory]
    [InlineData("100 100 m 300 101 l S", 1)]   // leaning one point over 200: straight enough
    [InlineData("100 100 m 300 101.01 l S", 0)]
    [InlineData("100 100 m 101 100 l S", 0)]   // one point long: a dot, no rule
    [InlineData("100 100 m 101.01 100 l S", 1)]
    [InlineData("100 100 2 2 re f", 1)]   // a filled square of two points: a horizontal rule
    public void Sec12_a_stroke_is_a_rule_when_it_leans_a_point_at_most_and_is_longer_than_one(string content, int rules)
    {
        var drawn = RawRules(content);

        Assert.Equal(rules, drawn.Length);
        Assert.All(drawn, rule => Assert.True(rule.Horizontal));
    }

    [Fact]
    public void Sec12_a_closed_stroked_path_is_a_rule_for_each_side_the_closing_one_too()
    {
        Assert.Equal(2, RawRules("100 100 m 300 100 l 300 200 l h S").Length);   // two drawn sides; the diagonal closing one is none
        Assert.Equal(4, RawRules("100 100 m 300 100 l 300 200 l 100 200 l h S").Length);
    }

    /// <summary>The rules of a page whose content stream is <paramref name="content"/>.</summary>
    private static PdfRule[] RawRules(string content) => [.. PdfReport.Pages(RawPdf.With(content)).Pages[0].Rules.Select(Rounded)];

    [Fact]
    public void Sec12_glyphs_stand_on_their_baseline_in_their_size_and_the_title_property_is_kept()
    {
        var (pages, title) = Drawn((page, font) => page.AddText("Ab", 20, new PdfPoint(100, 700), font), title: "某县民政局2024年度政府信息公开工作年度报告");

        var glyphs = pages.Single().Glyphs;
        Assert.Equal("某县民政局2024年度政府信息公开工作年度报告", title);
        Assert.Equal(["A", "b"], glyphs.Select(glyph => glyph.Value));
        Assert.All(glyphs, glyph => Assert.Equal((700d, 20d, 700 - 3d, 700 + 15d), (Math.Round(glyph.Baseline, 3), Math.Round(glyph.Size, 3), Math.Round(glyph.Bottom, 3), Math.Round(glyph.Top, 3))));
        Assert.Equal(100, glyphs[0].Left, 3);
        Assert.True(glyphs[0].Right > glyphs[0].Left && glyphs[1].Left >= glyphs[0].Right - 0.01);
    }

    [Fact]
    public void Sec12_a_pdf_whose_text_holds_no_title_takes_its_title_property()
    {
        var reading = PdfReadingTests.ReadPdf(BuiltWithTitle("某县民政局2024年度政府信息公开工作年度报告"));

        Assert.Equal(("某县民政局2024年度政府信息公开工作年度报告", 2024), (reading.Report!.Title, reading.Report.Year));
    }

    private static byte[] BuiltWithTitle(string title)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Minutes", 12, new PdfPoint(72, 700), font);
        return builder.Build();
    }
}
