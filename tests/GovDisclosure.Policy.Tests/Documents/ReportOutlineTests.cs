namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§9.3: the six sections' headings as reports write them, and nothing that only looks like one; text wrapped between wide
/// characters joined again; what a file is, told from its first bytes.</summary>
public sealed class ReportOutlineTests
{
    [Theory]
    [InlineData("一、总体情况", 1)]
    [InlineData("一．概述", 1)]
    [InlineData("二.主动公开政府信息情况", 2)]
    [InlineData("三，收到和处理政府信息公开申请情况", 3)]
    [InlineData("四, 政府信息公开行政复议、行政诉讼情况", 4)]
    [InlineData("四：行政诉讼情况", 4)]
    [InlineData("五:存在的主要问题及改进情况", 5)]
    [InlineData("六、其他需要报告的事项", 6)]
    [InlineData("六、其他", 6)]
    public void Sec9_3_a_heading_is_its_numeral_a_separator_and_one_of_its_sections_words(string text, int section) =>
        Assert.Equal(ReportSection.FromValue(section), ReportOutline.HeadingOf(text));

    [Theory]
    [InlineData("一、")]                                                   // no word
    [InlineData("一总体情况")]                                              // no separator
    [InlineData("（一）总体情况")]                                          // a subsection
    [InlineData("二、总体情况")]                                            // another section's word
    [InlineData("一、本年新收政府信息公开申请数量")]                          // a row of table 三 flattened
    [InlineData("三、本年度办理结果")]
    [InlineData("二、上年结转政府信息公开申请数量")]
    [InlineData("四、结转下年度继续办理")]
    [InlineData("五、加强培训")]
    [InlineData("六、下一步工作")]
    [InlineData("一、总体情况：本年度全县政府信息公开工作稳步推进，主动公开政府信息一千二百条以上。")]   // a sentence: over 40 characters
    public void Sec9_3_a_line_that_only_looks_like_a_heading_is_none(string text) => Assert.Null(ReportOutline.HeadingOf(text));

    [Fact]
    public void Sec9_3_a_heading_of_forty_characters_is_one_and_of_forty_one_is_none()
    {
        var forty = "一、总体情况" + new string('况', 34);

        Assert.Equal(ReportSection.Overview, ReportOutline.HeadingOf(forty));
        Assert.Null(ReportOutline.HeadingOf(forty + "况"));
        Assert.Equal(ReportSection.Overview, ReportOutline.HeadingOf("一、概述"));
    }

    [Theory]
    [InlineData('\u2E80', '\u2E7F')]
    [InlineData('\u9FFF', '\uA000')]
    [InlineData('\uF900', '\uF8FF')]
    [InlineData('\uFAFF', '\uFB00')]
    [InlineData('\uFF00', '\uFEFE')]
    [InlineData('\uFFEF', '\uFFF0')]
    public void Sec12_a_line_break_between_wide_characters_is_dropped_and_between_others_is_a_space(char wide, char narrow)
    {
        Assert.Equal($"{wide}{wide}", TextForm.Collapse($"{wide}\r\n{wide}"));
        Assert.Equal($"{narrow} {narrow}", TextForm.Collapse($"{narrow}\n{narrow}"));
        Assert.Equal($"{wide} {wide}", TextForm.Collapse($"{wide} {wide}"));   // a space that is not a line break stays
    }

    [Theory]
    [InlineData("\t<html>", true)]
    [InlineData("\r\n<p>", true)]
    [InlineData(" \n <!DOCTYPE html>", true)]
    [InlineData("\uFEFF<html>", true)]
    [InlineData("x<html>", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void Sec12_a_page_is_told_by_its_first_character_after_white_space_and_a_byte_order_mark(string start, bool page) =>
        Assert.Equal(page ? FileKind.Html : null, FileKind.Of(System.Text.Encoding.UTF8.GetBytes(start)));

    [Fact]
    public void Sec12_a_signature_is_looked_for_in_the_first_bytes_only()
    {
        var late = new byte[2000];
        "<html>"u8.CopyTo(late.AsSpan(1500));
        Array.Fill(late, (byte)' ', 0, 1500);

        Assert.Null(FileKind.Of(late));
        Assert.Equal(FileKind.Zip, FileKind.Of("PK\u0003\u0004rest"u8.ToArray()));
        Assert.Null(FileKind.Of("PK\u0003"u8.ToArray()));
    }
}
