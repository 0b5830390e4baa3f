namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12: a page's text is read in lines as a browser breaks it — at block elements and <c>br</c> — and what a browser does not show
/// as text (scripts, styles, form controls, embedded objects) is passed over.</summary>
public sealed class HtmlLineTests
{
    private static string Overview(string inner) =>
        HtmlRoundTripTests.ReadHtml($"<html><body><h1>某县民政局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p>甲{inner}乙<p>二、主动公开政府信息情况</p></body></html>")
            .Report!.Text(ReportSection.Overview);

    [Theory]
    [InlineData("p")]
    [InlineData("div")]
    [InlineData("h2")]
    [InlineData("h3")]
    [InlineData("h4")]
    [InlineData("h5")]
    [InlineData("h6")]
    [InlineData("li")]
    [InlineData("ul")]
    [InlineData("ol")]
    [InlineData("dl")]
    [InlineData("dt")]
    [InlineData("dd")]
    [InlineData("blockquote")]
    [InlineData("pre")]
    [InlineData("section")]
    [InlineData("article")]
    [InlineData("header")]
    [InlineData("footer")]
    [InlineData("nav")]
    [InlineData("aside")]
    [InlineData("main")]
    [InlineData("form")]
    [InlineData("fieldset")]
    [InlineData("address")]
    [InlineData("figure")]
    [InlineData("figcaption")]
    [InlineData("center")]
    public void Sec12_a_block_element_is_a_line_of_its_own(string element) =>
        Assert.Equal("甲\n丙\n乙", Overview($"<{element}>丙</{element}>"));

    [Theory]
    [InlineData("<br>")]
    [InlineData("<hr>")]
    public void Sec12_a_break_or_a_rule_ends_a_line(string element) => Assert.Equal("甲\n乙", Overview(element));

    [Theory]
    [InlineData("span")]
    [InlineData("b")]
    [InlineData("font")]
    [InlineData("o:p")]
    public void Sec12_an_inline_element_runs_on_in_its_line(string element) => Assert.Equal("甲丙乙", Overview($"<{element}>丙</{element}>"));

    [Theory]
    [InlineData("script")]
    [InlineData("style")]
    [InlineData("template")]
    [InlineData("select")]
    [InlineData("textarea")]
    [InlineData("svg")]
    [InlineData("math")]
    [InlineData("iframe")]
    [InlineData("object")]
    [InlineData("noscript")]
    public void Sec12_what_a_browser_does_not_show_as_text_is_passed_over(string element) => Assert.Equal("甲乙", Overview($"<{element}>丙</{element}>"));

    [Fact]
    public void Sec12_a_comment_and_words_conditional_comments_are_passed_over() =>
        Assert.Equal("甲乙", Overview("<!-- 丙 --><![if !supportMisc]><![endif]>"));

    [Fact]
    public void Sec12_a_title_in_a_heading_element_wins_over_a_later_line_that_is_not_one()
    {
        var read = HtmlRoundTripTests.ReadHtml("<html><body><h2>某县民政局2024年政府信息公开工作年度报告</h2><p>某县民政局2023年政府信息公开工作年度报告</p>" +
                                               "<p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>");

        Assert.Equal(2024, read.Report!.Year);
    }
}
