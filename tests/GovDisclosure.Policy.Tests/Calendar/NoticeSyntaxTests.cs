namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>D1: the scanners the notice reader cuts its lines with — headings, sentences, clauses, range separators, the title's year.</summary>
public sealed class NoticeSyntaxTests
{
    [Theory]
    [InlineData("一、元旦：1月1日放假。", "元旦", "1月1日放假。")]
    [InlineData("十一、春节:  2月1日放假。", "春节", "2月1日放假。")]
    [InlineData("壮族三月三：4月21日放假。", "壮族三月三", "4月21日放假。")]
    [InlineData("二元旦：1月1日放假。", "二元旦", "1月1日放假。")]
    [InlineData("、元旦：1月1日放假。", "、元旦", "1月1日放假。")]
    [InlineData("元旦：", "元旦", "")]
    [InlineData("元旦：  ", "元旦", "")]
    public void D1_a_heading_is_a_name_before_the_first_colon(string line, string name, string body)
    {
        Assert.True(NoticeSyntax.TryHeading(line, out var read, out var bodyStart));

        Assert.Equal((name, body), (read, line[bodyStart..]));
    }

    [Theory]
    [InlineData("元旦，1月1日：放假。")]
    [InlineData("经国务院批准。元旦：放假")]
    [InlineData("1月1日放假")]
    [InlineData("：1月1日放假")]
    [InlineData("一、：1月1日放假")]
    [InlineData("")]
    public void D1_no_heading_where_a_comma_or_stop_comes_first_or_no_name_is_left(string line)
    {
        Assert.False(NoticeSyntax.TryHeading(line, out _, out _));
    }

    [Theory]
    [InlineData("甲。乙。", new[] { "甲。", "乙。" })]
    [InlineData("甲。乙", new[] { "甲。", "乙" })]
    [InlineData("。。甲", new[] { "甲" })]
    [InlineData("甲", new[] { "甲" })]
    [InlineData("", new string[0])]
    [InlineData("。", new string[0])]
    public void D1_a_line_is_cut_into_sentences_each_with_its_full_stop(string line, string[] sentences)
    {
        Assert.Equal(sentences, NoticeSyntax.Sentences(line));
    }

    [Theory]
    [InlineData("甲，乙；丙", new[] { "甲", "乙", "丙" })]
    [InlineData("1月1日（农历五月初五，端午节）放假，共1天", new[] { "1月1日（农历五月初五，端午节）放假", "共1天" })]
    [InlineData("甲，", new[] { "甲", "" })]
    [InlineData("，甲", new[] { "", "甲" })]
    [InlineData("甲(乙,丙)丁,戊", new[] { "甲(乙,丙)丁", "戊" })]
    [InlineData("甲），乙", new[] { "甲）", "乙" })]
    [InlineData("（甲，乙", new[] { "（甲", "乙" })]
    [InlineData("甲", new[] { "甲" })]
    public void D1_a_sentence_is_cut_at_commas_outside_parentheses(string sentence, string[] clauses)
    {
        Assert.Equal(clauses, NoticeSyntax.Clauses(sentence));
    }

    [Theory]
    [InlineData("至", true)]
    [InlineData(" — ", true)]
    [InlineData("－", true)]
    [InlineData("–", true)]
    [InlineData("-", true)]
    [InlineData("到", true)]
    [InlineData("至至", false)]
    [InlineData("、", false)]
    [InlineData("", false)]
    public void D1_two_dates_make_a_range_when_only_a_separator_stands_between_them(string between, bool isRange)
    {
        Assert.Equal(isRange, NoticeSyntax.IsRangeSeparator(between));
    }

    [Theory]
    [InlineData("国务院办公厅关于2027年部分节假日安排的通知", 2027)]
    [InlineData("  国务院办公厅关于２０２７年部分节假日安排的通知  ", 2027)]
    [InlineData("关于2027年的通知", 2027)]
    [InlineData("关于2029年的通知", 2029)]
    [InlineData("关于２０２９年的通知", 2029)]
    [InlineData("关于 ２０２９年的通知", null)]
    [InlineData("国务院办公厅关于调整2020年春节假期的通知", 2020)]
    [InlineData("国务院办公厅关于2027年部分节假日安排", null)]
    [InlineData("国务院办公厅 关于2027年部分节假日安排的通知", null)]
    [InlineData("国务院办公厅2027年部分节假日安排的通知", null)]
    [InlineData("国务院办公厅关于202年部分节假日安排的通知", null)]
    [InlineData("国务院办公厅关于20270年部分节假日安排的通知", null)]
    [InlineData("国务院办公厅关于2027部分节假日安排的通知", null)]
    [InlineData("国务院办公厅关于部分节假日安排的通知", null)]
    [InlineData("关于2027", null)]
    public void D1_a_title_line_names_its_year(string line, int? year)
    {
        Assert.Equal(year, NoticeSyntax.TitleYear(line));
    }

    [Theory]
    [InlineData("２０２６", 2026)]
    [InlineData("0９", 9)]
    [InlineData("", 0)]
    public void D1_digits_read_in_ASCII_and_full_width(string digits, int value)
    {
        Assert.Equal(value, NoticeSyntax.Value(digits));
    }

    [Theory]
    [InlineData("1月1日", null)]
    [InlineData("１月１日", null)]
    [InlineData("٣月", '٣')]
    [InlineData("/:", null)]
    [InlineData("\uFF0F\uFF1A", null)]
    public void D1_a_digit_of_another_script_is_found(string line, char? digit)
    {
        Assert.Equal(digit, NoticeSyntax.ForeignDigit(line));
    }
}
